import AzadCore
import Testing

@testable import AzadUI

/// List titles use their whole column: cut at its last column with `…`, never at a word.
@Suite struct ListTitleTests {
    @Test(arguments: [130, 80, 60, 45])
    func aLongTitleFillsItsColumn(width: Int) throws {
        let reader = PageFixture.reader(width: width, height: 30)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let layout = reader.state.layout
        for offset in 0..<2 {
            let row = layout.list.row + offset
            let cells = (layout.list.column..<(layout.list.column + layout.list.width)).map { grid[row, $0].text }
            // The title's column ends one column before the list's edge (its margin).
            let last = cells.count - 2
            let title = reader.state.rows[offset].title
            if title.unicodeScalars.contains(where: { $0.value >= 0x600 && $0.value < 0x700 }) {
                // A right-to-left title is cut at its left end: the ellipsis begins its column.
                #expect(cells.contains("…"), "\(cells.joined())")
                #expect(cells[last] != " ", "\(cells.joined())")
            } else {
                #expect(cells[last] == "…", "\(cells.joined())")
            }
        }
    }
}
