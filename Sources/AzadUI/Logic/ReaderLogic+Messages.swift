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
            state.log.entries.append(.init(.warning, "unreadable: \(file.path): \(file.reason)"))
        }
    }

    /// What a finished sync says: `sync done: 2 new, 2 unreadable (M lists them)`; unreadable files
    /// hold the status line like an error.
    mutating func announceSync(added: Int) {
        var text = added > 0 ? "sync done: \(added) new" : "sync done"
        let unreadable = state.log.unreadable
        state.log.unreadable = 0
        if unreadable > 0 {
            text += (added > 0 ? ", " : ": ") + "\(unreadable) unreadable (\(keyName(.messages)) lists them)"
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
        let lines = MessageLog.lines(state.log.entries, width: max(1, layout.body.width - 2))
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
    public static func lines(_ entries: [Entry], width: Int) -> [String] {
        guard !entries.isEmpty else { return ["No messages in this run."] }
        var lines: [String] = []
        for entry in entries {
            let text = Sanitizer.singleLine("\(entry.kind.rawValue): \(entry.text)")
            lines += ParagraphLayout.lines(text, width: max(1, width), options: LayoutOptions(bidiMode: .terminal))
                .map(\.text)
        }
        return lines
    }
}
