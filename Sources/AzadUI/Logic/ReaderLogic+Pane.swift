import AzadCore

/// Keys while the reading pane has the keyboard: movement scrolls the article (the reading cursor
/// stays on screen), `{` and `}` move the cursor by paragraph; `/` finds in the article and `n`/`N`
/// go from match to match; the rest is shared with the list.
extension ReaderLogic {
    mutating func performInPane(_ operation: Operation) {
        if state.opened != nil {
            if operation == .pageDown, pageDownGoesOn() { return }
            if state.opened!.scroll.apply(operation, .scrolling) {
                // The ends take the cursor with them (to the first paragraph, or the last line).
                if operation == .top { state.opened!.scroll.select(0) }
                if operation == .bottom { state.opened!.scroll.select(state.opened!.lines.count - 1) }
                return
            }
        } else if state.list.apply(operation, .selecting) {
            return
        }
        switch operation {
        case .find: openPrompt(state.opened == nil ? .archive : .article)
        case .searchArchive: openPrompt(.archive)
        default: performWhileBrowsing(operation)
        }
    }

    /// `{` and `}` outside a selection: the cursor to the previous or next paragraph, the pane
    /// following it.
    mutating func moveCursor(forward: Bool) {
        guard state.opened != nil, state.focus == .reader || state.paneOnly || state.layout.isSideBySide else {
            state.message = state.translation.tr("open an article first: { and } move through its paragraphs")
            return
        }
        guard let line = paragraphStart(from: state.opened!.cursor, forward: forward) else {
            state.message =
                forward ? state.translation.tr("the last paragraph") : state.translation.tr("the first paragraph")
            return
        }
        state.opened!.showCursor(at: line)
        state.focus = .reader
    }

    /// The first line of the next (or previous) paragraph from `line`, laying out more of the
    /// article until it is there.
    mutating func paragraphStart(from line: Int, forward: Bool) -> Int? {
        var line = line
        while true {
            guard let opened = state.opened else { return nil }
            if let start = opened.blockStart(from: line, forward: forward) { return start }
            if opened.lines.hasGap, !forward, line >= opened.lines.tailOffset {
                // Above the tail's first block: lay out the blocks before it.
                line = layOutBeforeTail(covering: line - 1) + 1
                continue
            }
            if !forward || opened.isComplete { return nil }
            layOutHead(bytes: Self.layoutSliceBytes)
        }
    }

    /// Puts the reading cursor on `line` (a search match, a click) without scrolling when it is in
    /// view; in-article search calls it for the match it shows.
    mutating func putCursor(onLine line: Int) {
        guard state.opened?.lines.indices.contains(line) == true else { return }
        state.opened!.scroll.select(line)
    }

    /// Selects the next (or previous) match in the open article, wrapping around at its ends.
    mutating func jumpToMatch(forward: Bool) {
        // Only numbers are read: a copy of `opened` held here would make laying out copy the lines.
        guard let count = state.opened?.matches.count, count > 0 else {
            state.message =
                state.query == nil
                ? state.translation.tr("no search: press / first") : state.translation.tr("no match in this article")
            return
        }
        var next = forward ? 0 : count - 1
        var wrapped = false
        if let current = state.opened?.currentMatch {
            next = (current + (forward ? 1 : count - 1)) % count
            wrapped = forward ? next <= current : next >= current
        }
        select(match: next)
        state.focus = .reader
        state.message =
            state.translation.tr("match {number} of {count}", ["number": next + 1, "count": count])
            + (wrapped
                ? (forward
                    ? state.translation.tr(" · wrapped to the top") : state.translation.tr(" · wrapped to the end"))
                : "")
    }

    /// Makes match `index` the current one, laying the article out as far as it and scrolling only
    /// when it is off the screen.
    mutating func select(match index: Int) {
        guard let match = state.opened?.matches[index] else { return }
        state.opened!.currentMatch = index
        if state.opened!.laidOutBlocks <= match.block, match.block < state.opened!.lines.tailStart ?? .max {
            layOutHead(bytes: .max, through: match.block)
        }
        guard let line = Self.line(of: match, in: state.opened!.lines) else { return }
        let scroll = state.opened!.scroll
        if line < scroll.top || line >= scroll.top + scroll.viewport {
            // Leave a few lines of context above the match.
            ensureLines(line + 2 * max(1, scroll.viewport) + 1)
            state.opened!.scroll.scroll(to: line - min(3, scroll.viewport / 3))
        }
        putCursor(onLine: line)
        fillPane()
    }

    /// The line that shows the start of `match`: a binary search for its block (the blank lines
    /// between blocks belong to none), then the block's lines.
    static func line(of match: ArticleMatch, in lines: ArticleLines) -> Int? {
        // Laid out apart, head and tail are searched apart: the gap between holds no block.
        if let start = lines.tailStart, match.block >= start {
            return line(of: match, in: lines.tail).map { $0 + lines.tailOffset }
        }
        return line(of: match, in: lines.head)
    }

    private static func line(of match: ArticleMatch, in lines: [ArticleLine]) -> Int? {
        /// The block of the first line from `index` that has one.
        func block(from index: Int) -> Int? {
            var index = index
            while index < lines.count {
                if let block = lines[index].blockIndex { return block }
                index += 1
            }
            return nil
        }
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if let block = block(from: middle), block < match.block { low = middle + 1 } else { high = middle }
        }
        var found: Int? = nil
        var index = low
        while index < lines.count, lines[index].blockIndex == nil || lines[index].blockIndex == match.block {
            if lines[index].blockIndex == match.block {
                if lines[index].line.logicalRange.lowerBound > match.range.lowerBound, found != nil { break }
                found = index
            }
            index += 1
        }
        return found
    }
}
