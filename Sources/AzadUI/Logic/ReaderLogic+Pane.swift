import AzadCore

/// Keys while the reading pane has the keyboard: movement scrolls the article; the rest is shared
/// with the list.
extension ReaderLogic {
    mutating func performInPane(_ operation: Operation) {
        if state.opened != nil {
            if state.opened!.scroll.apply(operation, .scrolling) { return }
        } else if state.list.apply(operation, .selecting) {
            return
        }
        performWhileBrowsing(operation)
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
        state.focus = .reader
        state.message = "match \(next + 1) of \(count)"
    }
}
