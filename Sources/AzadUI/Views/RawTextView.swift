import AzadCore

/// The export file's own text (`R`), so nothing the parser did is hidden.
enum RawTextView {
    static func draw(into grid: inout Grid, state: ReaderState, in rect: Rect) {
        guard let raw = state.raw, rect.height > 0 else { return }
        grid.fill(row: rect.row, column: rect.column, count: rect.width, style: .listHeader)
        let title = ParagraphLayout.truncatedLine(
            state.translation.tr("Raw text: {title}", ["title": raw.title]), width: max(0, rect.width - 2),
            options: state.layoutOptions)
        grid.draw(title, row: rect.row, column: rect.column + 1, width: title.width, style: .listHeader)
        for offset in 0..<max(0, rect.height - 1) {
            let row = rect.row + 1 + offset
            grid.fill(row: row, column: rect.column, count: rect.width, style: .paragraph)
            let index = raw.scroll.top + offset
            guard raw.lines.indices.contains(index) else { continue }
            grid.draw(raw.lines[index], row: row, column: rect.column + 1, width: rect.width - 2, style: .paragraph)
        }
    }
}
