import AzadCore

/// Keys during a quote selection in the reading pane (vim's visual mode): the selection starts at
/// the reading cursor, movement moves its free end, `o` swaps its ends, `y` exports it.
///
/// `v` selects whole paragraphs (`j`/`k` and `{`/`}` then step by paragraph), `V` lines; a mouse
/// drag selects lines but keeps couplets whole (`QuoteSelection.Unit`).
extension ReaderLogic {
    mutating func startSelection(unit: QuoteSelection.Unit) {
        // A selection may reach any line from the cursor: every line must be laid out.
        if state.opened?.lines.hasGap == true { completeLayout() }
        guard var opened = state.opened, state.focus == .reader || state.paneOnly || state.layout.isSideBySide
        else {
            state.message = state.translation.tr("open an article first: v selects in the reading pane")
            return
        }
        opened.settleCursor()
        var start = opened.cursor
        if !opened.isBlockLine(start) {
            // The header alone in view: start on the first block line there is (the header lines are
            // the quote's attribution).
            start = paragraphStart(from: start, forward: true) ?? start
            opened = state.opened ?? opened
            opened.showCursor(at: start)
        }
        state.selection = Selection(anchor: start, cursor: start, unit: unit)
        state.opened = opened
        state.focus = .reader
        state.mode = .select
    }

    mutating func performInSelection(_ operation: Operation) {
        guard var selection = state.selection, state.opened != nil else {
            state.mode = .browse
            return
        }
        let byParagraph = selection.unit == .block
        switch operation {
        case .down where byParagraph, .up where byParagraph, .nextParagraph where byParagraph,
            .previousParagraph where byParagraph:
            let forward = operation == .down || operation == .nextParagraph
            if let line = paragraphStart(from: selection.cursor, forward: forward) { selection.cursor = line }
            moveFreeEnd(selection)
        case .nextParagraph, .previousParagraph:
            selection.cursor = Self.paragraphEdge(
                in: state.opened!.lines, from: selection.cursor, forward: operation == .nextParagraph)
            moveFreeEnd(selection)
        case .down, .up, .pageDown, .pageUp, .top, .bottom:
            // The free end moves as a list's selection over the laid-out lines; the pane follows it.
            state.opened!.scroll.select(selection.cursor)
            _ = state.opened!.scroll.apply(operation, .cursor)
            selection.cursor = state.opened!.scroll.selected
            // The header holds nothing to quote: `g` goes to the first block.
            if !state.opened!.isBlockLine(selection.cursor),
                let line = state.opened!.blockStart(from: selection.cursor, forward: true)
            {
                selection.cursor = line
            }
            moveFreeEnd(selection)
        case .swapEnds:
            swap(&selection.anchor, &selection.cursor)
            moveFreeEnd(selection)
        case .startSelection, .startLineSelection:
            let unit: QuoteSelection.Unit = operation == .startSelection ? .block : .line
            if selection.unit == unit {
                cancelSelection()
            } else {
                selection.unit = unit
                state.selection = selection
            }
        case .copyQuote:
            cancelSelection(message: nil)
            guard let request = Self.quote(selection: selection, in: state.opened!) else {
                state.message = state.translation.tr("nothing to quote: the selection holds no text")
                return
            }
            emit(.quote(request))
        case .back, .quit: cancelSelection()
        case .help: state.mode = .help
        default: break
        }
    }

    /// Keeps `selection`, with the pane scrolled to its free end and the reading cursor on it.
    private mutating func moveFreeEnd(_ selection: Selection) {
        state.selection = selection
        state.opened!.showCursor(at: selection.cursor)
    }

    /// Ends the selection; the reading cursor stays where its free end was.
    private mutating func cancelSelection(message: String? = "selection cancelled") {
        state.mode = .browse
        state.selection = nil
        state.message = message
    }

    /// The last line of the next paragraph (or the first line of the previous one) from the line
    /// `from`: header lines and blank lines are stepped over, since only blocks can be quoted.
    static func paragraphEdge(in lines: ArticleLines, from: Int, forward: Bool) -> Int {
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
