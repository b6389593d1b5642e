import AzadCore

/// The site's masthead on top of the screen: full on tall terminals, one line on short ones.
enum MastheadView {
    static let persianName = "افغانستان آزاد ــ آزاد افغانستان"
    static let englishName = "Afghanistan Azad — Azad Afghanistan"
    static let siteLine = "AA-AA · www.afgazad.com"

    static func draw(into grid: inout Grid, state: ReaderState, in rect: Rect) {
        guard rect.height > 0 else { return }
        for row in rect.row..<(rect.row + rect.height) {
            grid.fill(row: row, column: rect.column, count: rect.width, style: .masthead)
        }
        let name = state.masthead == .persian ? persianName : englishName
        let nameLine = ShortText.line(name, width: rect.width, options: state.layoutOptions)
        let column = rect.column + max(0, (rect.width - nameLine.width) / 2)
        if rect.height == 1 {
            grid.draw(nameLine, row: rect.row, column: column, width: nameLine.width, style: .masthead)
            return
        }
        grid.draw(nameLine, row: rect.row, column: column, width: nameLine.width, style: .masthead)
        grid.center(siteLine, row: rect.row + 1, column: rect.column, width: rect.width, style: .mastheadAccent)
        if rect.height > 2 {
            grid.write(
                String(repeating: "━", count: rect.width), row: rect.row + rect.height - 1, column: rect.column,
                style: .mastheadAccent)
        }
    }
}
