import AzadCore

/// A long article is laid out a slice at a time: opening it lays out what fills the pane and a little
/// more, and the rest follows between keys (`continueLayout()`, called by the app while no key is
/// waiting), so that a 50 MB export opens at once and every key stays quick. What needs the whole
/// article — the end (`G`), the search matches, a selection to the end — lays out the rest first.
extension Reader {
    /// Bytes of block text laid out per slice: a few milliseconds of work in a release build.
    static let layoutSliceBytes = 16_384

    /// Whether the open article still has blocks to lay out.
    public var isLayingOut: Bool { state.opened.map { !$0.isComplete } ?? false }

    /// Lays out the next slice of the open article; false when there was nothing left to lay out.
    @discardableResult
    public func continueLayout() -> Bool {
        guard state.opened?.isComplete == false else { return false }
        // In place (`state.opened!`), so that appending never copies the lines laid out so far.
        Self.layOut(&state.opened!, options: state.layoutOptions, bytes: Self.layoutSliceBytes)
        if let line = pendingScroll, let count = state.opened?.lines.count,
            line < count || state.opened?.isComplete == true
        {
            pendingScroll = nil
            state.opened?.scroll.scroll(to: line)
        }
        return true
    }

    /// Lays out until the pane's next two screens are there (or the article ends).
    func fillPane() {
        // Only numbers are read: a copy of `opened` held here would make every append copy the lines.
        guard state.opened?.isComplete == false, let top = state.opened?.scroll.top,
            let viewport = state.opened?.scroll.viewport
        else { return }
        ensureLines(top + 2 * max(1, viewport) + 1)
    }

    /// Lays out until `count` lines exist (or the article ends).
    func ensureLines(_ count: Int) {
        while state.opened?.isComplete == false, (state.opened?.lines.count ?? count) < count {
            Self.layOut(&state.opened!, options: state.layoutOptions, bytes: Self.layoutSliceBytes)
        }
    }

    /// Scrolls the pane to `line` once it is laid out: at once when it is near, else as the slices
    /// between keys reach it (`continueLayout()`), so that reopening a long article far down does not
    /// hold up the first frame.
    func scrollWhenLaidOut(to line: Int) {
        if line < 4 * Self.layoutSliceBytes / 80 { ensureLines(line + 2 * max(1, state.opened?.scroll.viewport ?? 1)) }
        if let count = state.opened?.lines.count, line < count || state.opened?.isComplete == true {
            state.opened?.scroll.scroll(to: line)
        } else {
            pendingScroll = line
        }
    }

    /// Lays out every block left.
    func completeLayout() {
        guard state.opened?.isComplete == false else { return }
        Self.layOut(&state.opened!, options: state.layoutOptions, bytes: .max)
    }

    /// Appends the lines of the blocks after the last one laid out, about `bytes` of their text (at
    /// least one block), or through block `through`; extends the matches and the scroll's count.
    static func layOut(_ opened: inout OpenArticle, options: LayoutOptions, bytes: Int, through: Int? = nil) {
        let blocks = opened.article.blocks
        let start = opened.laidOutBlocks
        var end = start
        if let through {
            end = min(blocks.count, max(start, through + 1))
        } else {
            var total = 0
            while end < blocks.count && total < bytes {
                total += blocks[end].text.utf8.count + 1
                end += 1
            }
        }
        guard end > start || start == 0 else { return }
        let first = opened.lines.count
        opened.lines += ArticleLayout.lines(
            for: opened.article, header: start == 0 && first == 0, blocks: start..<end, width: opened.layoutWidth,
            options: options)
        opened.laidOutBlocks = end
        if !opened.matchRanges.isEmpty {
            opened.matchLines += Reader.matchLines(opened.lines, ranges: opened.matchRanges, from: first)
        }
        opened.scroll.resize(count: opened.lines.count, viewport: opened.scroll.viewport)
    }
}
