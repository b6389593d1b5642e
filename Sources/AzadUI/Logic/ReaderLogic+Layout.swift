import AzadCore

/// What depends on the terminal's size: the masthead, the pane's and the raw view's line layout.
/// A long article is laid out a slice at a time: opening it lays out what fills the pane and a
/// little more, and the rest follows between keys (`continueLayout()`, which the app calls while no
/// key is waiting), so that a 50 MB export opens at once and every key stays quick. The end (`G`)
/// of a long article is laid out on its own, the lines between estimated
/// (`ReaderLogic+LayoutEnd.swift`); what needs every line up to the end — a selection — lays out
/// the rest first; a search match lays out as far as its block.
extension ReaderLogic {
    /// Bytes of block text laid out per slice: a few milliseconds of work in a release build.
    static let layoutSliceBytes = 16_384

    /// Re-lays out what depends on the size, keeping each view's place.
    mutating func fitToLayout() {
        refreshMasthead()
        let layout = state.layout
        state.list.resize(viewport: max(1, layout.list.height))
        if state.opened != nil { fitOpenArticle(to: layout) }
        fillPane()
        // The help's title takes the body's first row.
        state.help.resize(
            count: HelpTable.lines(keymap: settings.keymap, translation: state.translation).count,
            viewport: max(1, layout.body.height - 1))
        if var raw = state.raw {
            let width = max(1, layout.body.width - 2)
            if width != raw.layoutWidth {
                raw.lines = Self.layoutRaw(raw.source, width: width, options: state.layoutOptions)
                raw.layoutWidth = width
            }
            raw.scroll.resize(count: raw.lines.count, viewport: max(1, layout.body.height - 1))
            state.raw = raw
        }
    }

    /// Lays the open article out again when the pane's width changed, keeping the line on top.
    private mutating func fitOpenArticle(to layout: ScreenLayout) {
        guard var opened = state.opened else { return }
        let width = max(1, layout.paneTextWidth)
        if width != opened.layoutWidth {
            // The first line of a block from the top down (a blank line or the header has none), and
            // how many lines above it were on screen.
            let oldTop = opened.scroll.top
            let anchorIndex =
                opened.lines.indices.contains(oldTop)
                ? opened.lines[oldTop...].firstIndex { $0.blockIndex != nil } : nil
            let anchor = anchorIndex.map { opened.lines[$0] }
            let above = anchorIndex.map { $0 - oldTop } ?? 0
            let cursorBlock =
                opened.lines.indices.contains(opened.cursor) ? opened.lines[opened.cursor].blockIndex : nil
            opened.lines = []
            opened.laidOutBlocks = 0
            opened.layoutWidth = width
            opened.scroll.resize(count: 0, viewport: max(1, layout.pane.height))
            // Again a slice at a time: through the block that was on top, then the next screens
            // (`fillPane`).
            Self.layOut(
                &opened, options: state.layoutOptions, bytes: Self.layoutSliceBytes, through: anchor?.blockIndex)
            // Keep the line that was on top: the same block at the same logical position, with the
            // screens below it laid out so that the scroll can reach it.
            if let anchor, anchor.blockIndex != nil,
                let row = opened.lines.firstIndex(where: {
                    $0.blockIndex == anchor.blockIndex
                        && $0.line.logicalRange.upperBound > anchor.line.logicalRange.lowerBound
                })
            {
                while !opened.isComplete && opened.lines.count < row + 2 * opened.scroll.viewport + 1 {
                    Self.layOut(&opened, options: state.layoutOptions, bytes: Self.layoutSliceBytes)
                }
                opened.scroll.scroll(to: oldTop == 0 ? 0 : max(0, row - above))
            }
            // The reading cursor stays on its paragraph when that is still in view.
            if let cursorBlock, let line = opened.lines.firstIndex(where: { $0.blockIndex == cursorBlock }),
                opened.scroll.visibleRows.contains(line)
            {
                opened.scroll.select(line)
            }
            state.selection = nil
            if state.mode == .select { state.mode = .browse }
        }
        // A smaller pane keeps its top line and takes the reading cursor into view, not the other way.
        let top = opened.scroll.top
        opened.scroll.resize(count: opened.lines.count, viewport: max(1, layout.pane.height))
        opened.scroll.scroll(to: top)
        state.opened = opened
    }

    /// Lays the masthead out for the width: full on tall terminals, one row on short ones; its section
    /// line names the open article's section.
    mutating func refreshMasthead() {
        let language = state.masthead
        guard state.height >= ScreenLayout.fullMastheadHeight, state.width >= ScreenLayout.minimumWidth else {
            state.mastheadRows = [
                Masthead.compactRow(language: language, width: max(1, state.width), options: state.layoutOptions)
            ]
            return
        }
        var section = Masthead.Section.europeanLanguages
        if let article = state.opened?.article, LanguageFilter.european.accepts(article.language) == false {
            section = Masthead.Section(english: "", persian: article.section ?? "")
        }
        state.mastheadRows = Masthead.rows(
            language: language, width: state.width, options: state.layoutOptions, section: section)
    }

    /// Lays out the next slice of the open article; false when there was nothing left to lay out.
    public mutating func continueLayout() -> Bool {
        guard state.opened?.isComplete == false else { return false }
        layOutHead(bytes: Self.layoutSliceBytes)
        if let line = state.pendingScroll, let count = state.opened?.lines.count,
            line < count || state.opened?.isComplete == true
        {
            state.pendingScroll = nil
            state.opened?.scroll.scroll(to: line)
        }
        return true
    }

    /// Lays out until the pane's next two screens are there (or the article ends).
    mutating func fillPane() {
        guard state.opened?.isComplete == false else { return }
        fillAroundGap()
        // Only numbers are read: a copy of `opened` held here would make every append copy the lines.
        guard let top = state.opened?.scroll.top, let viewport = state.opened?.scroll.viewport else { return }
        ensureLines(top + 2 * max(1, viewport) + 1)
    }

    /// Lays out until `count` lines exist (or the article ends).
    mutating func ensureLines(_ count: Int) {
        while state.opened?.isComplete == false, (state.opened?.lines.count ?? count) < count {
            layOutHead(bytes: Self.layoutSliceBytes)
        }
    }

    /// Scrolls the pane to `line` once it is laid out: at once when it is near, else as the slices
    /// between keys reach it (`continueLayout()`), so that reopening a long article far down does not
    /// hold up the first frame.
    mutating func scrollWhenLaidOut(to line: Int) {
        if line < 4 * Self.layoutSliceBytes / 80 { ensureLines(line + 2 * max(1, state.opened?.scroll.viewport ?? 1)) }
        if let count = state.opened?.lines.count, line < count || state.opened?.isComplete == true {
            state.opened?.scroll.scroll(to: line)
        } else {
            state.pendingScroll = line
        }
    }

    /// Lays out every block left.
    mutating func completeLayout() {
        guard state.opened?.isComplete == false else { return }
        layOutHead(bytes: .max)
    }

    /// `layOut` on the open article, in place (`state.opened!`, so that appending never copies the
    /// lines laid out so far), with every line number kept on its line as a tail moves.
    mutating func layOutHead(bytes: Int, through: Int? = nil) {
        let moved = Self.layOut(&state.opened!, options: state.layoutOptions, bytes: bytes, through: through)
        shiftLines(from: moved.from, by: moved.by)
    }

    /// Appends the lines of the blocks after the last one laid out from the top, about `bytes` of
    /// their text (at least one block), or through block `through`, and never past a tail's first
    /// block (joining the two when they meet); extends the scroll's count. Returns from which line
    /// on the lines moved, and by how much.
    @discardableResult
    static func layOut(_ opened: inout OpenArticle, options: LayoutOptions, bytes: Int, through: Int? = nil)
        -> (from: Int, by: Int)
    {
        let blocks = opened.article.blocks
        let start = opened.laidOutBlocks
        let last = opened.lines.tailStart ?? blocks.count
        var end = start
        var total = 0
        let wanted = through.map { min(last, max(start, $0 + 1)) }
        while end < last && (wanted.map { end < $0 } ?? (total < bytes)) {
            total += blocks[end].text.utf8.count + 1
            end += 1
        }
        guard end > start || start == 0 else { return (0, 0) }
        let joins = end == opened.lines.tailStart
        let from = opened.lines.tailOffset
        let moved = opened.lines.appendToHead(
            ArticleLayout.lines(
                for: opened.article, header: start == 0 && opened.lines.head.isEmpty, blocks: start..<end,
                width: opened.layoutWidth, options: options),
            bytes: total, reachingTail: joins)
        opened.laidOutBlocks = joins ? blocks.count : end
        opened.rescroll(movingFrom: from, by: moved)
        return (from, moved)
    }

    /// The raw text line by line as the file has it (page breaks shown as a rule), each line wrapped.
    static func layoutRaw(_ text: String, width: Int, options: LayoutOptions) -> [VisualLine] {
        var result: [VisualLine] = []
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let pieces = line.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 {
                    let rule = String(repeating: "╌", count: width)
                    result.append(
                        VisualLine(
                            text: rule, width: width, isRightToLeft: false,
                            logicalRange: rule.startIndex..<rule.endIndex,
                            sourceIndices: Array(rule.indices)))
                }
                result += ParagraphLayout.lines(String(piece), width: width, options: options)
            }
        }
        return result
    }
}
