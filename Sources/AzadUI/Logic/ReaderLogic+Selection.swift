import AzadCore

/// Keys during a quote selection in the reading pane: movement moves the selection's free end,
/// `{` and `}` extend it by paragraphs, `y` exports it.
extension ReaderLogic {
    mutating func startSelection() {
        guard let opened = state.opened, state.focus == .reader || state.paneOnly || state.layout.isSideBySide
        else {
            state.message = "open an article first: v selects in the reading pane"
            return
        }
        // Start on the first visible line of the body (header lines are the quote's attribution).
        let visible = opened.scroll.visibleRows
        let first =
            visible.first { opened.lines[$0].blockIndex != nil && opened.lines[$0].style != .blank }
            ?? visible.first { opened.lines[$0].style != .blank } ?? opened.scroll.top
        state.selection = Selection(anchor: first, cursor: first)
        state.focus = .reader
        state.mode = .select
        state.message = "selecting: j/k, PgDn/PgUp, { } extend; y copies; Esc cancels"
    }

    mutating func performInSelection(_ operation: Operation) {
        guard var selection = state.selection, var opened = state.opened else {
            state.mode = .browse
            return
        }
        // The free end moves as a list's selection over the laid-out lines, and the pane follows it.
        var cursor = ListMovement(
            count: opened.lines.count, viewport: opened.scroll.viewport, top: opened.scroll.top,
            selected: selection.cursor)
        if cursor.apply(operation, .cursor) {
            selection.cursor = cursor.selected
            opened.scroll.scroll(to: cursor.top)
            state.selection = selection
            state.opened = opened
            return
        }
        switch operation {
        case .nextParagraph, .previousParagraph:
            selection.cursor = Self.paragraphEdge(
                in: opened.lines, from: selection.cursor, forward: operation == .nextParagraph)
            cursor.select(selection.cursor)
            opened.scroll.scroll(to: cursor.top)
            state.selection = selection
            state.opened = opened
        case .copyQuote:
            state.mode = .browse
            state.selection = nil
            guard let request = Self.quote(selection: selection, in: opened) else {
                state.message = "nothing to quote: the selection holds no text"
                return
            }
            emit(.quote(request))
        case .back, .quit, .startSelection:
            state.mode = .browse
            state.selection = nil
            state.message = "selection cancelled"
        case .help:
            state.mode = .help
        default:
            break
        }
    }

    /// The last line of the next paragraph (or the first line of the previous one) from the line
    /// `from`: header lines and blank lines are stepped over, since only blocks can be quoted.
    static func paragraphEdge(in lines: [ArticleLine], from: Int, forward: Bool) -> Int {
        guard !lines.isEmpty else { return 0 }
        let step = forward ? 1 : -1
        var index = min(max(0, from), lines.count - 1)
        let current = lines[index].blockIndex
        // Leave the current block.
        while let current, lines.indices.contains(index + step), lines[index + step].blockIndex == current {
            index += step
        }
        var next = index + step
        while lines.indices.contains(next), lines[next].blockIndex == nil || lines[next].style == .blank {
            next += step
        }
        guard lines.indices.contains(next), let block = lines[next].blockIndex else { return index }
        while lines.indices.contains(next + step), lines[next + step].blockIndex == block { next += step }
        return next
    }
}
