import AzadCore

/// The reading cursor: the line the scroll selects (`scroll.selected`), shown as its whole
/// paragraph. Scrolling keeps it on screen; `{` and `}` move it; `v` starts a selection there.
extension OpenArticle {
    /// The cursor's line.
    public var cursor: Int { scroll.selected }

    /// Whether line `index` belongs to a block (a paragraph, heading or stanza) rather than the
    /// header or the blank lines between blocks.
    func isBlockLine(_ index: Int) -> Bool { lines.indices.contains(index) && lines[index].blockIndex != nil }

    /// The lines of the block holding line `index`, or nil outside the blocks.
    public func blockLines(at index: Int) -> ClosedRange<Int>? {
        guard isBlockLine(index) else { return nil }
        return QuoteSelection.widened(index...index, in: lines, article: article, to: .block)
    }

    /// The lines a selection covers, widened to its unit: what is highlighted and what is quoted.
    public func lines(of selection: Selection) -> ClosedRange<Int> {
        QuoteSelection.widened(selection.lines, in: lines, article: article, to: selection.unit)
    }

    /// The lines the cursor marks: its block, or in a line selection its line (widened as the
    /// selection is).
    public func cursorLines(in selection: Selection?) -> ClosedRange<Int>? {
        guard let selection else { return blockLines(at: cursor) }
        guard lines.indices.contains(selection.cursor) else { return nil }
        return QuoteSelection.widened(
            selection.cursor...selection.cursor, in: lines, article: article, to: selection.unit)
    }

    /// Puts the cursor on a block line in view when scrolling left it on the header or a blank
    /// line: the first at or below it, else the last above it.
    public mutating func settleCursor() {
        guard !isBlockLine(cursor) else { return }
        let visible = scroll.visibleRows
        if let line = visible.first(where: { $0 >= cursor && isBlockLine($0) })
            ?? visible.last(where: { $0 < cursor && isBlockLine($0) })
        {
            scroll.select(line)
        }
    }

    /// The first line of the next block after the one holding `line` (forward), or of the block
    /// before it; nil when there is none among the lines laid out.
    func blockStart(from line: Int, forward: Bool) -> Int? {
        guard !lines.isEmpty else { return nil }
        let line = min(max(0, line), lines.count - 1)
        guard lines.isLaidOut(line) else { return nil }
        let current = lines[line].blockIndex
        // Only among the lines laid out on the line's side of a gap (`ArticleLines`).
        let laidOut =
            !lines.hasGap
            ? lines.indices
            : line < lines.tailOffset ? 0..<lines.head.count : lines.tailOffset..<lines.count
        if forward {
            return laidOut[(line + 1)...].first { lines[$0].blockIndex != nil && lines[$0].blockIndex != current }
        }
        guard
            var index = laidOut[..<line].last(where: {
                lines[$0].blockIndex != nil && lines[$0].blockIndex != current
            })
        else { return nil }
        while index > laidOut.lowerBound, lines[index - 1].blockIndex == lines[index].blockIndex { index -= 1 }
        return index
    }

    /// Moves the cursor to `line`, scrolling so that its block shows whole when it fits, else
    /// from its first line.
    public mutating func showCursor(at line: Int) {
        if let block = blockLines(at: line) { scroll.select(block.upperBound) }
        scroll.select(line)
    }
}
