import AzadCore

/// The end of a long article first: `G` lays out the last blocks on their own (a tail of
/// `ArticleLines`), the lines between counted by an estimate, so that the end of a 50 MB export
/// shows at once. Scrolling up from there lays out the blocks just above the tail; the slices
/// between keys (`continueLayout()`) go on from the top, and where the two meet every line number
/// is exact. A line number that moves keeps its line: the scroll, the cursor and a selection move
/// with it (`shiftLines`).
extension ReaderLogic {
    /// Text left to lay out beyond which `G` lays out the end on its own: below it, laying out the
    /// rest takes a few tens of milliseconds and gives exact numbers at once.
    static let endFirstBytes = 1 << 20

    /// Lays out what `G` shows: all that is left when that is little, else the last blocks (at
    /// least a slice of text and two screens), leaving a gap after the lines laid out from the top.
    mutating func layOutEnd() {
        // Only the article and numbers are read: a copy of `opened` held here would make setting
        // the tail copy the lines laid out so far.
        guard state.opened?.isComplete == false, state.opened?.lines.hasGap == false,
            let article = state.opened?.article, let lower = state.opened?.laidOutBlocks,
            let width = state.opened?.layoutWidth, let viewport = state.opened?.scroll.viewport
        else { return }
        let blocks = article.blocks
        var remaining = 0
        for index in lower..<blocks.count { remaining += blocks[index].text.utf8.count + 1 }
        guard remaining > Self.endFirstBytes else { return completeLayout() }
        var tail: [ArticleLine] = []
        var from = blocks.count
        var tailBytes = 0
        repeat {
            let end = from
            var bytes = 0
            // At least one block stays in the gap: the head owns the lines up to it.
            while from > lower + 1 && bytes < Self.layoutSliceBytes {
                from -= 1
                bytes += blocks[from].text.utf8.count + 1
            }
            tail =
                ArticleLayout.lines(
                    for: article, header: false, blocks: from..<end, width: width, options: state.layoutOptions)
                + tail
            tailBytes += bytes
        } while tail.count < 2 * viewport + 1 && from > lower + 1
        state.opened!.lines.setTail(tail, from: from, tailBytes: tailBytes, gapBytes: remaining - tailBytes)
        state.opened!.rescroll(movingFrom: .max, by: 0)
    }

    /// With a gap, lays out what the pane is about to show: after the head when the pane starts
    /// there, else before the tail, a screen above the top.
    mutating func fillAroundGap() {
        while let lines = state.opened?.lines, lines.hasGap, let scroll = state.opened?.scroll {
            let viewport = max(1, scroll.viewport)
            if scroll.top < lines.head.count {
                guard lines.head.count < scroll.top + 2 * viewport + 1 else { return }
                layOutHead(bytes: Self.layoutSliceBytes)
            } else {
                guard max(lines.head.count, scroll.top - viewport) < lines.tailOffset else { return }
                prependSliceToTail()
            }
        }
    }

    /// Lays out blocks before the tail, at least a slice, until line `position` (in the gap, moving
    /// with the tail) is laid out or the gap closes; returns where that line is then.
    mutating func layOutBeforeTail(covering position: Int) -> Int {
        var position = position
        repeat {
            guard let lines = state.opened?.lines, lines.hasGap else { break }
            let moved = prependSliceToTail()
            if position >= lines.head.count { position += moved }
        } while state.opened?.lines.isLaidOut(position) == false
        return position
    }

    /// Lays out a slice of the blocks just before the tail and puts their lines in front of it;
    /// returns how far the lines after the head moved.
    @discardableResult
    private mutating func prependSliceToTail() -> Int {
        guard let start = state.opened?.lines.tailStart, let article = state.opened?.article,
            let lower = state.opened?.laidOutBlocks, let width = state.opened?.layoutWidth,
            let head = state.opened?.lines.head.count
        else { return 0 }
        let blocks = article.blocks
        var from = start
        var bytes = 0
        while from > lower && bytes < Self.layoutSliceBytes {
            from -= 1
            bytes += blocks[from].text.utf8.count + 1
        }
        let lines = ArticleLayout.lines(
            for: article, header: false, blocks: from..<start, width: width, options: state.layoutOptions)
        let joins = from == lower
        let moved = state.opened!.lines.prependToTail(lines, from: from, bytes: bytes, reachingHead: joins)
        if joins { state.opened!.laidOutBlocks = blocks.count }
        state.opened!.rescroll(movingFrom: head, by: moved)
        shiftLines(from: head, by: moved)
        return moved
    }

    /// Moves the line numbers kept outside the open article from `from` on by `amount` (its own
    /// scroll and cursor move with its lines, `OpenArticle.rescroll`): a selection, a pending
    /// scroll, a drag's start and the scroll a search prompt goes back to.
    mutating func shiftLines(from: Int, by amount: Int) {
        guard amount != 0, let count = state.opened?.lines.count else { return }
        func shifted(_ line: Int) -> Int { line >= from ? line + amount : line }
        if var selection = state.selection {
            selection.anchor = shifted(selection.anchor)
            selection.cursor = shifted(selection.cursor)
            state.selection = selection
        }
        state.pendingScroll = state.pendingScroll.map(shifted)
        state.mouse.dragStartLine = state.mouse.dragStartLine.map(shifted)
        if let saved = state.searchPrompt.origin?.paneScroll {
            state.searchPrompt.origin?.paneScroll = ListMovement(
                count: count, viewport: saved.viewport, top: shifted(saved.top),
                selected: shifted(saved.selected))
        }
    }
}

extension OpenArticle {
    /// Fits the scroll to the lines' count, its top and cursor from line `from` on moved by
    /// `amount` first, so that they stay on the lines they were on.
    mutating func rescroll(movingFrom from: Int, by amount: Int) {
        func moved(_ line: Int) -> Int { line >= from ? line + amount : line }
        scroll = ListMovement(
            count: lines.count, viewport: scroll.viewport, top: moved(scroll.top), selected: moved(scroll.selected))
    }
}
