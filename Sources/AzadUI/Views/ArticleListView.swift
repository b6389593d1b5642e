import AzadCore

/// The article list: a header with the filter and count, then one row per article.
enum ArticleListView {
    static let unreadMark = "●"
    static let starMark = "★"

    /// The header's pieces: the filter and the count, or the search, its results and the filter.
    static func headerSegments(for state: ReaderState) -> [String] {
        let count = state.query == nil ? state.pendingTotal ?? state.rows.count : state.rows.count
        let t = state.translation
        let filter = state.filter.label(in: t)
        if let query = state.query {
            // The query is a segment of its own, laid out apart from the words around it.
            if state.searching != nil { return [t.tr("Search “"), query, t.tr("” · searching… · "), filter] }
            let results = t.trn("{count} result", "{count} results", count: count)
            return [t.tr("Search “"), query, t.tr("” · ") + results + " · ", filter]
        }
        // The view and order are named once they are not the usual all articles, newest first.
        let view = state.view == ListView() ? "" : " · \(state.view.label(in: t))"
        return [filter, " · " + t.trn("{count} article", "{count} articles", count: count) + view]
    }

    /// The header as logical text.
    static func headerText(for state: ReaderState) -> String { headerSegments(for: state).joined() }

    static func draw(into grid: inout Grid, state: ReaderState, header: Rect, in rect: Rect, memo: LayoutMemo) {
        if header.height > 0 {
            grid.fill(row: header.row, column: header.column, count: header.width, style: .listHeader)
            grid.writeSegments(
                headerSegments(for: state), row: header.row, column: header.column + 1,
                width: max(0, header.width - 2), style: .listHeader, options: state.layoutOptions,
                direction: state.direction)
        }
        for offset in 0..<rect.height {
            let row = rect.row + offset
            let index = state.list.top + offset
            grid.fill(row: row, column: rect.column, count: rect.width, style: .listRow)
            guard state.rows.indices.contains(index) else {
                if index == 0 {
                    let empty =
                        state.query != nil
                        ? state.translation.tr("no article matches")
                        : state.syncProgress != nil
                            ? state.translation.tr("reading the feed folders…")
                            : state.translation.tr("no articles: r syncs the feed folders")
                    // One column in from the starting edge: the left, or the right in a mirrored layout.
                    grid.writeInterface(
                        empty, row: row,
                        column: FieldCursor(rect, direction: state.direction).column(at: 1, width: rect.width - 1),
                        limit: rect.width - 1, style: .meta, state: state)
                }
                continue
            }
            drawRow(
                state.rows[index], selected: index == state.list.selected, state: state, into: &grid, row: row,
                rect: rect, memo: memo)
        }
    }

    static func drawRow(
        _ summary: ArticleSummary, selected: Bool, state: ReaderState, into grid: inout Grid, row: Int, rect: Rect,
        memo: LayoutMemo
    ) {
        let unread = !state.read.contains(summary.id)
        let starred = state.starred.contains(summary.id)
        let base: ThemeElement = selected ? .listSelected : unread ? .listUnread : .listRow
        grid.fill(row: row, column: rect.column, count: rect.width, style: base)
        // Fields from the starting edge: mark, star, date, language, section, title.
        var fields = FieldCursor(rect, direction: state.direction)
        func put(_ text: String, width: Int, style: ThemeElement) {
            guard fields.remaining > 0 else { return }
            let room = min(width, fields.remaining)
            let column = fields.column(at: fields.offset, width: room)
            let start = fields.start(of: min(room, DisplayWidth.of(text)), inField: column, width: room)
            grid.write(text, row: row, column: start, limit: room - (start - column), style: style)
            fields.offset += width + 1
        }
        put(unread ? unreadMark : " ", width: 1, style: selected ? base : .listUnread)
        put(starred ? starMark : " ", width: 1, style: selected ? base : .listStarred)
        if rect.width >= 36 { put(summary.date?.iso ?? "          ", width: 10, style: selected ? base : .meta) }
        if rect.width >= 28 { put(summary.language, width: 3, style: selected ? base : .meta) }
        if rect.width >= 56, let section = summary.section {
            let sectionWidth = 12
            let line = memo.line(section, width: sectionWidth, options: state.layoutOptions)
            let column = fields.next(sectionWidth)
            grid.draw(line, row: row, column: column, width: sectionWidth, style: selected ? base : .meta)
        } else if rect.width >= 56 {
            fields.offset += 13
        }
        // A column of margin keeps a title at its far edge off the divider.
        let titleWidth = fields.remaining - 1
        guard titleWidth > 0 else { return }
        let title = memo.line(summary.title, width: titleWidth, options: state.layoutOptions)
        let column = fields.column(at: fields.offset, width: titleWidth)
        grid.draw(title, row: row, column: column, width: titleWidth, style: base)
    }
}
