import AzadCore

/// The bottom line: mode, a message or key hints, counts and position, and the sync's progress bar;
/// the search prompt (`PromptView`) while a query is typed.
enum StatusLineView {
    static func modeName(_ state: ReaderState) -> String {
        switch state.mode {
        case .browse: state.focus == .list ? "LIST" : "ARTICLE"
        case .searchPrompt: "SEARCH"
        case .help: "HELP"
        case .raw: "RAW"
        case .select: "SELECT"
        case .textPrompt: "PROMPT"
        case .messages: "MESSAGES"
        }
    }

    static func hints(_ state: ReaderState, keymap: Keymap) -> String {
        func key(_ operation: Operation) -> String { keymap.keys(for: operation).first?.description ?? "?" }
        switch state.mode {
        case .browse where state.focus == .list:
            return
                "\(key(.open)):open \(key(.search)):search \(key(.languageFilter)):language \(key(.toggleStar)):star \(key(.help)):help \(key(.quit)):quit"
        case .browse:
            return
                "\(key(.pageDown)):page \(key(.nextArticle))/\(key(.previousArticle)):next/prev \(key(.startSelection)):quote \(key(.raw)):raw \(key(.help)):help \(key(.quit)):back"
        case .select:
            return "\(selectedCount(state)) selected · \(key(.down))/\(key(.up)):extend \(key(.swapEnds)):other end "
                + "\(key(.copyQuote)):copy \(key(.back)):cancel"
        case .help:
            return HelpView.statusHint(state, keymap: keymap)
        case .raw, .messages:
            return "\(key(.down))/\(key(.up)):scroll \(key(.quit)):close"
        case .searchPrompt, .textPrompt:
            return "Enter:keep Esc:cancel"
        }
    }

    /// How much the selection holds: `3 paragraphs` for a paragraph selection, else `5 lines`.
    static func selectedCount(_ state: ReaderState) -> String {
        guard let selection = state.selection, let opened = state.opened, !opened.lines.isEmpty else {
            return "nothing"
        }
        let lines = opened.lines(of: selection).clamped(to: 0...(opened.lines.count - 1))
        if selection.unit == .block {
            // Blocks are laid out in order, so the first and last are enough (no walk over a long selection).
            let first = opened.lines[lines].first { $0.blockIndex != nil }?.blockIndex ?? 0
            let last = opened.lines[lines].last { $0.blockIndex != nil }?.blockIndex ?? -1
            let count = last - first + 1
            return count == 1 ? "1 paragraph" : "\(count) paragraphs"
        }
        return lines.count == 1 ? "1 line" : "\(lines.count) lines"
    }

    /// `[#####·····] 45%`, `width` columns of bar.
    static func progressBar(_ fraction: Double, width: Int) -> String {
        let filled = Int((fraction * Double(width)).rounded(.down))
        return "sync [" + String(repeating: "#", count: filled) + String(repeating: "·", count: max(0, width - filled))
            + "] \(Int(fraction * 100))%"
    }

    static func right(_ state: ReaderState) -> String {
        var parts: [String] = []
        if let progress = state.syncProgress { parts.append(progressBar(progress, width: 10)) }
        if state.mode == .raw, let raw = state.raw {
            parts.append("\(raw.scroll.top + 1)/\(raw.scroll.count)")
        } else if state.mode == .help {
            parts.append("\(state.help.top + 1)/\(state.help.count)")
        } else if state.mode == .messages {
            parts.append("\(state.log.scroll.top + 1)/\(state.log.scroll.count)")
        } else {
            if let total = state.pendingTotal {
                // Only the newest rows are loaded yet; every read mark is one of the cache's articles.
                if total > 0 {
                    parts.append("\(state.list.selected + 1)/\(total) · \(max(0, total - state.read.count)) unread")
                }
            } else {
                if !state.rows.isEmpty {
                    parts.append("\(state.list.selected + 1)/\(state.rows.count) · \(state.unreadRows) unread")
                }
            }
            // The article's place only while it has the keyboard: the list's status is the list's.
            if let opened = state.opened, state.focus == .reader || state.paneOnly {
                parts.append(ReadingPaneView.position(of: opened))
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
                grid.write(" \(mode) ", row: rect.row, column: rect.column, limit: rect.width, style: .statusAccent) + 1
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
        let text = state.message ?? hints(state, keymap: keymap)
        let line = ParagraphLayout.truncatedLine(
            text, width: room, options: state.layoutOptions, direction: state.textDirection)
        grid.draw(
            line, row: rect.row, column: fields.column(at: fields.offset, width: line.width), width: line.width,
            style: .status)
        guard fitsRight else { return }
        let rightColumn = fields.column(at: rightOffset, width: rightWidth)
        if let rightLine {
            grid.draw(rightLine, row: rect.row, column: rightColumn, width: rightWidth, style: .status)
        } else {
            grid.write(right, row: rect.row, column: rightColumn, style: .status)
        }
    }
}
