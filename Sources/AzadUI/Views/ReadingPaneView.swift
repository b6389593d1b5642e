import AzadCore

/// The reading pane: the open article, laid out, scrolled, with matches, the selection and the
/// reading cursor marked.
///
/// The cursor is a bar in the margin on the side its paragraph starts from (`▌` on the left of a
/// left-to-right paragraph, `▐` on the right of a right-to-left one): a character rather than a
/// colour, so it shows in every theme and under `NO_COLOR`. A pane too narrow for margins has none.
enum ReadingPaneView {
    static func style(of line: ArticleLine.Style) -> ThemeElement {
        switch line {
        case .title: .title
        case .subtitle: .subtitle
        case .byline: .byline
        case .meta: .meta
        case .heading: .heading
        case .paragraph, .blank: .paragraph
        case .verse: .verse
        }
    }

    static func draw(into grid: inout Grid, state: ReaderState, layout: ScreenLayout) {
        let rect = layout.pane
        for row in rect.row..<(rect.row + rect.height) {
            grid.fill(row: row, column: rect.column, count: rect.width, style: .paragraph)
        }
        guard let opened = state.opened else {
            let hint = state.rows.isEmpty ? "" : state.translation.tr("Enter opens the selected article")
            grid.centerInterface(
                hint, row: rect.row + rect.height / 2, column: rect.column, width: rect.width, style: .meta,
                state: state)
            return
        }
        let margin = layout.paneMargin
        let width = layout.paneTextWidth
        let selected = state.selection.map { opened.lines(of: $0) }
        let cursor = opened.cursorLines(in: state.selection)
        for offset in 0..<rect.height {
            let index = opened.scroll.top + offset
            guard opened.lines.indices.contains(index) else { break }
            let line = opened.lines[index]
            let row = rect.row + offset
            var style = style(of: line.style)
            if let selected, selected.contains(index) {
                style = .selection
                grid.fill(row: row, column: rect.column, count: rect.width, style: .selection)
            }
            var highlight: ((String.Index) -> ThemeElement?)? = nil
            if let block = line.blockIndex, let ranges = opened.matchRanges[block] {
                let current = opened.currentMatch.flatMap {
                    opened.matches.indices.contains($0) ? opened.matches[$0] : nil
                }
                let currentRange = current?.block == block ? current?.range : nil
                highlight = { source in
                    if let currentRange, currentRange.contains(source) { return .currentMatch }
                    return ranges.contains { $0.contains(source) } ? .searchMatch : nil
                }
            }
            grid.draw(
                line.line, row: row, column: rect.column + margin, width: width, style: style, highlight: highlight)
            if margin > 0, let cursor, cursor.contains(index) {
                // Beside the text block, which a reading width narrower than the pane centres.
                let rightToLeft = line.line.isRightToLeft
                grid.write(
                    rightToLeft ? cursorRight : cursorLeft, row: row,
                    column: rightToLeft ? rect.column + margin + width : rect.column + margin - 1, limit: 1,
                    style: style)
            }
        }
    }

    static let cursorLeft = "▌"
    static let cursorRight = "▐"

    /// How far down the article is scrolled, for the status line and the divider.
    static func position(of opened: OpenArticle, _ t: Translation = .english) -> String {
        let scroll = opened.scroll
        if !opened.isComplete {
            // Still being laid out: the line count is not known yet, the block on top is.
            if scroll.top == 0 { return t.tr("Top") }
            // The end laid out first: the line count is an estimate, good enough to tell how far.
            if opened.lines.hasGap {
                return scroll.top >= scroll.maxTop
                    ? t.tr("End") : t.tr("{percent}%", ["percent": scroll.top * 100 / max(1, scroll.maxTop)])
            }
            let block = opened.lines.indices.contains(scroll.top) ? opened.lines[scroll.top].blockIndex ?? 0 : 0
            return t.tr("{percent}%", ["percent": block * 100 / max(1, opened.article.blocks.count)])
        }
        if scroll.count <= scroll.viewport { return t.tr("All") }
        if scroll.top == 0 { return t.tr("Top") }
        if scroll.top >= scroll.maxTop { return t.tr("End") }
        return t.tr("{percent}%", ["percent": scroll.top * 100 / max(1, scroll.maxTop)])
    }
}
