import AzadCore

/// The site's masthead on top of the screen, as the layout engine lays it out (`Masthead`): full on
/// tall terminals, one row on short ones.
enum MastheadView {
    static func style(of role: MastheadRow.Role) -> ThemeElement {
        role == .name ? .masthead : .mastheadAccent
    }

    static func draw(into grid: inout Grid, state: ReaderState, in rect: Rect) {
        guard rect.height > 0 else { return }
        for offset in 0..<rect.height {
            let row = rect.row + offset
            grid.fill(row: row, column: rect.column, count: rect.width, style: .masthead)
            guard state.mastheadRows.indices.contains(offset) else { continue }
            let mastheadRow = state.mastheadRows[offset]
            for piece in mastheadRow.pieces {
                grid.write(
                    piece.line.text, row: row, column: rect.column + piece.column,
                    limit: max(0, rect.width - piece.column), style: style(of: mastheadRow.role))
            }
        }
    }
}
