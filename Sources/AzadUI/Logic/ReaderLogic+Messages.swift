import AzadCore

/// The messages log (`M`) and the status line's errors: an error or warning goes into the log and
/// holds the status line until the next key; what comes after it (a sync's `sync done`) is shown
/// beside it, never over it.
extension ReaderLogic {
    /// Adds `entry` to the log; an error or warning also shows on the status line until the next key.
    mutating func log(_ entry: MessageLog.Entry) {
        state.log.entries.append(entry)
        announce(entry.text, holds: entry.kind != .note)
    }

    /// Shows `text` on the status line, after the error the line holds if there is one.
    mutating func announce(_ text: String, holds: Bool = false) {
        if state.log.holdsStatus, let shown = state.message, !shown.isEmpty, shown != text {
            state.message = shown + " · " + text
        } else {
            state.message = text
        }
        if holds { state.log.holdsStatus = true }
    }

    /// The exports a sync could not read, one log entry each; its `sync done` counts them.
    mutating func syncUnreadable(_ files: [SyncReport.Unreadable]) {
        state.log.unreadable = files.count
        for file in files {
            state.log.entries.append(
                .init(
                    .warning,
                    state.translation.tr(
                        "unreadable: {path}: {reason}",
                        ["path": file.path, "reason": file.cause.description(in: state.translation)])))
        }
    }

    /// What a finished sync says: `sync done: 2 new, 2 unreadable (M lists them)`; unreadable files
    /// hold the status line like an error.
    mutating func announceSync(added: Int) {
        var text =
            added > 0
            ? state.translation.tr("sync done: {count} new", ["count": added]) : state.translation.tr("sync done")
        let unreadable = state.log.unreadable
        state.log.unreadable = 0
        if unreadable > 0 {
            text +=
                (added > 0 ? ", " : ": ")
                + state.translation.tr(
                    "{count} unreadable ({key} lists them)", ["count": unreadable, "key": keyName(.messages)])
        }
        announce(text, holds: unreadable > 0)
    }

    /// `M`: the log, or back from it.
    mutating func toggleMessages() {
        if state.mode == .messages {
            state.mode = .browse
            return
        }
        state.mode = .messages
        fitMessages()
        // The newest messages are the ones looked for.
        state.log.scroll.scroll(to: state.log.scroll.maxTop)
    }

    /// The log's scroll for the body's size, as `MessagesView` draws it.
    mutating func fitMessages() {
        let layout = ScreenLayout(width: state.width, height: state.height, paneOnly: true)
        let lines = MessageLog.lines(state.log.entries, width: max(1, layout.body.width - 2), state.translation)
        state.log.scroll.resize(count: lines.count, viewport: max(1, layout.body.height - 1))
    }

    mutating func performInMessages(_ operation: Operation) {
        if state.log.scroll.apply(operation, .scrolling) { return }
        switch operation {
        case .quit, .back: state.mode = .browse
        default: break
        }
    }
}

extension MessageLog {
    /// The log's rows at `width` columns, oldest first: each entry `error: …` wrapped by words.
    public static func lines(_ entries: [Entry], width: Int, _ t: Translation = .english) -> [String] {
        guard !entries.isEmpty else { return [t.tr("No messages in this run.")] }
        var lines: [String] = []
        for entry in entries {
            let text = Sanitizer.singleLine("\(t.tr(entry.kind.rawValue)): \(entry.text)")
            lines += ParagraphLayout.lines(text, width: max(1, width), options: LayoutOptions(bidiMode: .terminal))
                .map(\.text)
        }
        return lines
    }
}
