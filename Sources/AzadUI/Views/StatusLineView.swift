import AzadCore

/// The bottom line: mode, a message or key hints, counts and position, and the sync's progress bar;
/// the search prompt (`PromptView`) while a query is typed.
enum StatusLineView {
    static func modeName(_ state: ReaderState) -> String {
        let t = state.translation
        return switch state.mode {
        case .browse: state.focus == .list ? t.tr("LIST") : t.tr("ARTICLE")
        case .searchPrompt: t.tr("SEARCH")
        case .help: t.tr("HELP")
        case .raw: t.tr("RAW")
        case .select: t.tr("SELECT")
        case .textPrompt: t.tr("PROMPT")
        case .messages: t.tr("MESSAGES")
        }
    }

    /// The hints as one line: `Enter:open /:search …`.
    static func hints(_ state: ReaderState, keymap: Keymap) -> String {
        keyHints(state, keymap: keymap).map(\.written).joined(separator: " ")
    }

    /// What the keys do in the mode the reader is in, a hint each.
    static func keyHints(_ state: ReaderState, keymap: Keymap) -> [KeyHint] {
        func key(_ operation: Operation) -> String { keymap.keys(for: operation).first?.description ?? "?" }
        let t = state.translation
        switch state.mode {
        case .browse where state.focus == .list:
            return KeyHint.parse(
                t.tr("{open}:open {search}:search {language}:language {star}:star {help}:help {quit}:quit"),
                [
                    "open": key(.open), "search": key(.search), "language": key(.languageFilter),
                    "star": key(.toggleStar), "help": key(.help), "quit": key(.quit),
                ])
        case .browse:
            return KeyHint.parse(
                t.tr("{page}:page {next}/{previous}:next/prev {quote}:quote {raw}:raw {help}:help {quit}:back"),
                [
                    "page": key(.pageDown), "next": key(.nextArticle), "previous": key(.previousArticle),
                    "quote": key(.startSelection), "raw": key(.raw), "help": key(.help), "quit": key(.quit),
                ])
        case .select:
            return KeyHint.parse(
                t.tr("{selection} selected · {down}/{up}:extend {swap}:other end {copy}:copy {cancel}:cancel"),
                [
                    "selection": selectedCount(state), "down": key(.down), "up": key(.up), "swap": key(.swapEnds),
                    "copy": key(.copyQuote), "cancel": key(.back),
                ])
        case .help:
            return HelpView.statusHints(state, keymap: keymap)
        case .raw, .messages:
            return KeyHint.parse(
                t.tr("{down}/{up}:scroll {quit}:close"), ["down": key(.down), "up": key(.up), "quit": key(.quit)])
        case .searchPrompt, .textPrompt:
            return KeyHint.parse(t.tr("Enter:keep Esc:cancel"))
        }
    }

    /// How much the selection holds: `3 paragraphs` for a paragraph selection, else `5 lines`.
    static func selectedCount(_ state: ReaderState) -> String {
        guard let selection = state.selection, let opened = state.opened, !opened.lines.isEmpty else {
            return state.translation.tr("nothing")
        }
        let lines = opened.lines(of: selection).clamped(to: 0...(opened.lines.count - 1))
        if selection.unit == .block {
            // Blocks are laid out in order, so the first and last are enough (no walk over a long selection).
            let first = opened.lines[lines].first { $0.blockIndex != nil }?.blockIndex ?? 0
            let last = opened.lines[lines].last { $0.blockIndex != nil }?.blockIndex ?? -1
            let count = last - first + 1
            return state.translation.trn("{count} paragraph", "{count} paragraphs", count: count)
        }
        return state.translation.trn("{count} line", "{count} lines", count: lines.count)
    }

    /// `[#####·····] 45%`, `width` columns of bar.
    static func progressBar(_ fraction: Double, width: Int, _ t: Translation = .english) -> String {
        let filled = Int((fraction * Double(width)).rounded(.down))
        return t.tr("sync") + " [" + String(repeating: "#", count: filled)
            + String(repeating: "·", count: max(0, width - filled)) + "] "
            + t.tr("{percent}%", ["percent": Int(fraction * 100)])
    }

    static func right(_ state: ReaderState) -> String {
        let t = state.translation
        func place(_ number: Int, _ count: Int) -> String { t.localDigits("\(number)/\(count)") }
        var parts: [String] = []
        if let progress = state.syncProgress { parts.append(progressBar(progress, width: 10, t)) }
        if state.mode == .raw, let raw = state.raw {
            parts.append(place(raw.scroll.top + 1, raw.scroll.count))
        } else if state.mode == .help {
            parts.append(place(state.help.top + 1, state.help.count))
        } else if state.mode == .messages {
            parts.append(place(state.log.scroll.top + 1, state.log.scroll.count))
        } else {
            if let total = state.pendingTotal {
                // Only the newest rows are loaded yet; every read mark is one of the cache's articles.
                if total > 0 {
                    parts.append(
                        place(state.list.selected + 1, total) + " · "
                            + t.tr("{count} unread", ["count": max(0, total - state.read.count)]))
                }
            } else {
                if !state.rows.isEmpty {
                    parts.append(
                        place(state.list.selected + 1, state.rows.count) + " · "
                            + t.tr("{count} unread", ["count": state.unreadRows]))
                }
            }
            // The article's place only while it has the keyboard: the list's status is the list's.
            if let opened = state.opened, state.focus == .reader || state.paneOnly {
                parts.append(ReadingPaneView.position(of: opened, t))
            }
        }
        return parts.joined(separator: "  ")
    }

    static func draw(into grid: inout Grid, state: ReaderState, keymap: Keymap, in rect: Rect) {
        grid.fill(row: rect.row, column: rect.column, count: rect.width, style: .status)
        if state.mode == .searchPrompt {
            PromptView.draw(into: &grid, state: state, in: rect)
            return
        }
        if state.mode == .textPrompt, let prompt = state.textPrompt {
            TextPromptView.draw(into: &grid, prompt: prompt, state: state, in: rect)
            return
        }
        // Mode, then the message or hints, from the starting edge; counts and position at the far edge.
        var fields = FieldCursor(rect, direction: state.direction)
        let rightToLeft = state.direction == .rightToLeft
        let mode = modeName(state)
        if rightToLeft {
            let line = ParagraphLayout.truncatedLine(
                mode, width: max(0, rect.width - 2), options: state.layoutOptions, direction: .rightToLeft)
            let column = fields.next(line.width + 2)
            grid.fill(row: rect.row, column: column, count: line.width + 2, style: .statusAccent)
            grid.draw(line, row: rect.row, column: column + 1, width: line.width, style: .statusAccent)
        } else {
            fields.offset =
                grid.writeInterface(
                    " \(mode) ", row: rect.row, column: rect.column, limit: rect.width, style: .statusAccent,
                    state: state) + 1
        }
        let right = right(state)
        let rightLine =
            rightToLeft
            ? ParagraphLayout.truncatedLine(
                right, width: rect.width, options: state.layoutOptions, direction: .rightToLeft)
            : nil
        let rightWidth = rightLine?.width ?? DisplayWidth.of(right)
        let rightOffset = rect.width - rightWidth - 1
        let fitsRight = rightOffset > fields.offset + 4
        let room = max(0, (fitsRight ? rightOffset : rect.width) - fields.offset - 1)
        if rightToLeft, state.message == nil, state.translation.language.isRightToLeft {
            drawMirroredHints(
                keyHints(state, keymap: keymap), into: &grid, row: rect.row,
                end: fields.column(at: fields.offset, width: 0), room: room, state: state)
        } else {
            let text = state.message ?? hints(state, keymap: keymap)
            let line = ParagraphLayout.truncatedLine(
                text, width: room, options: state.layoutOptions, direction: state.textDirection)
            grid.draw(
                line, row: rect.row, column: fields.column(at: fields.offset, width: line.width), width: line.width,
                style: .status)
        }
        guard fitsRight else { return }
        let rightColumn = fields.column(at: rightOffset, width: rightWidth)
        if let rightLine {
            grid.draw(rightLine, row: rect.row, column: rightColumn, width: rightWidth, style: .status)
        } else {
            grid.writeInterface(
                right, row: rect.row, column: rightColumn, limit: rightWidth, style: .status, state: state)
        }
    }

    /// Writes right-to-left `hints` leftward from column `end` (exclusive) in `room` columns, a hint
    /// at a time: its words laid out right to left, `:`, and its keys as typed, so that the keys
    /// stand at the hint's reading start beside their words (`ﻮﺠﺘﺴﺟ:/`), whatever the neighbours'
    /// directions. A hint that does not fit is left out whole, and so is every one after it.
    static func drawMirroredHints(
        _ hints: [KeyHint], into grid: inout Grid, row: Int, end: Int, room: Int, state: ReaderState
    ) {
        var used = 0
        for hint in hints {
            let words = ParagraphLayout.truncatedLine(
                hint.text, width: max(1, DisplayWidth.of(hint.text)), options: state.layoutOptions,
                direction: .rightToLeft)
            let keys = hint.keys.map { Sanitizer.singleLine($0) }
            let width = words.width + (keys.map { DisplayWidth.of($0) + 1 } ?? 0)
            let gap = used > 0 ? 1 : 0
            guard used + gap + width <= room else { return }
            used += gap + width
            let start = end - used
            grid.draw(words, row: row, column: start, width: words.width, style: .status)
            if let keys { grid.write(":" + keys, row: row, column: start + words.width, style: .status) }
        }
    }
}
