import AzadCore

/// Keys while the reading pane has the keyboard: movement scrolls the article (the reading cursor
/// stays on screen), `{` and `}` move the cursor by paragraph; the rest is shared with the list.
extension ReaderLogic {
    mutating func performInPane(_ operation: Operation) {
        if state.opened != nil {
            if state.opened!.scroll.apply(operation, .scrolling) {
                // The ends take the cursor with them (to the first paragraph, or the last line).
                if operation == .top { state.opened!.scroll.select(0) }
                if operation == .bottom { state.opened!.scroll.select(state.opened!.lines.count - 1) }
                return
            }
        } else if state.list.apply(operation, .selecting) {
            return
        }
        performWhileBrowsing(operation)
    }

    /// `{` and `}` outside a selection: the cursor to the previous or next paragraph, the pane
    /// following it.
    mutating func moveCursor(forward: Bool) {
        guard state.opened != nil, state.focus == .reader || state.paneOnly || state.layout.isSideBySide else {
            state.message = "open an article first: { and } move through its paragraphs"
            return
        }
        guard let line = paragraphStart(from: state.opened!.cursor, forward: forward) else {
            state.message = forward ? "the last paragraph" : "the first paragraph"
            return
        }
        state.opened!.showCursor(at: line)
        state.focus = .reader
    }

    /// The first line of the next (or previous) paragraph from `line`, laying out more of the
    /// article until it is there.
    mutating func paragraphStart(from line: Int, forward: Bool) -> Int? {
        while true {
            guard let opened = state.opened else { return nil }
            if let start = opened.blockStart(from: line, forward: forward) { return start }
            if !forward || opened.isComplete { return nil }
            Self.layOut(&state.opened!, options: state.layoutOptions, bytes: Self.layoutSliceBytes)
        }
    }

    /// Puts the reading cursor on `line` (a search match, a click) without scrolling when it is in
    /// view; in-article search calls it for the match it shows.
    mutating func putCursor(onLine line: Int) {
        guard state.opened?.lines.indices.contains(line) == true else { return }
        state.opened!.scroll.select(line)
    }

    /// Scrolls to the next (or previous) search match in the open article.
    mutating func jumpToMatch(forward: Bool) {
        // Matches are counted and visited over the whole article.
        completeLayout()
        guard var opened = state.opened else { return }
        guard !opened.matchLines.isEmpty else {
            state.message = state.query == nil ? "no search: press / first" : "no match in this article"
            return
        }
        let count = opened.matchLines.count
        let next: Int
        if let current = opened.currentMatch {
            next = (current + (forward ? 1 : count - 1)) % count
        } else {
            next = forward ? 0 : count - 1
        }
        opened.currentMatch = next
        // Leave a few lines of context above the match.
        opened.scroll.scroll(to: opened.matchLines[next] - min(3, opened.scroll.viewport / 3))
        state.opened = opened
        putCursor(onLine: opened.matchLines[next])
        state.focus = .reader
        state.message = "match \(next + 1) of \(count)"
    }
}
