import AzadCore
import Testing

@testable import AzadUI

/// List rows in the right-to-left layout read from the right: mark, star, date, language, title. The
/// title's own text is drawn exactly as the left-to-right layout draws it, in its field on the left.
@Suite struct MirroredListRowTests {
    static let titles = [
        "باران بهاری در دره‌ها", "د ښار نوې ودانۍ بېرته پرانیستل شوه", "山路因大雪封闭三周之久", "Snow 🏔️ closes the pass 👨‍👩‍👧 again",
        "Cafe\u{301} cre\u{300}me and the na\u{308}ive writer", "Alarm\u{7} bell \u{1B}[31mred\u{1B}[0m and\u{0}nul",
        "Kabul کابل ۱۳۹۴ and 2016", "کابل Kabul (۲ حوت)",
    ]

    /// The cells of `row` from `column`, `count` of them, as text (continuations left out).
    static func cells(_ grid: Grid, row: Int, from column: Int, count: Int) -> String {
        (column..<(column + count)).map { grid[row, $0].text }.joined()
    }

    @Test(arguments: titles, [130, 90])
    func aRowReadsFromTheRight(title: String, width: Int) {
        let library = ReaderFixture.library(titles: [title])
        let ltr = ReaderFixture.reader(.leftToRight, width: width, height: 30, library: library)
        let rtl = ReaderFixture.reader(.rightToLeft, width: width, height: 30, library: library)
        let ltrGrid = Screen.render(ltr.state, keymap: ltr.keymap)
        let rtlGrid = Screen.render(rtl.state, keymap: rtl.keymap)
        let list = rtl.state.layout.list
        let row = list.row
        let end = list.column + list.width
        #expect(rtlGrid[row, end - 1].text == ArticleListView.unreadMark)
        #expect(Self.cells(rtlGrid, row: row, from: end - 14, count: 10) == "2016-02-21")
        #expect(Self.cells(rtlGrid, row: row, from: end - 18, count: 3) == " fa")
        // The title's field: the columns after the language (and the section, from 56 columns), less
        // the margin, on the left.
        let offset = list.width >= 56 ? 32 : 19
        let titleWidth = list.width - offset - 1
        let original = Self.cells(ltrGrid, row: row, from: ltr.state.layout.list.column + offset, count: titleWidth)
        let mirrored = Self.cells(rtlGrid, row: row, from: list.column + 1, count: titleWidth)
        #expect(mirrored == original)
        #expect(!mirrored.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(rtlGrid[row, list.column].text == " ", "the margin keeps the title off the divider")
        if ParagraphDirection(firstStrongIn: title) == .rightToLeft {
            // A right-to-left title is aligned to its field's right edge, beside the language.
            #expect(rtlGrid[row, list.column + titleWidth].text != " ")
        } else {
            #expect(rtlGrid[row, list.column + 1].text != " ")
        }
        for column in 0..<rtlGrid.width {
            let scalars = rtlGrid[row, column].text.unicodeScalars
            #expect(!scalars.contains { $0.properties.generalCategory == .control }, "control in \(column)")
        }
    }

    @Test(arguments: titles)
    func aNarrowListKeepsItsFieldsFromTheRight(title: String) {
        // Stacked at 30 columns: no date (below 36), the language at 28 and up.
        let reader = ReaderFixture.reader(
            .rightToLeft, width: 30, height: 30, library: ReaderFixture.library(titles: [title]))
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let list = reader.state.layout.list
        #expect(list.width == 30)
        #expect(grid[list.row, 29].text == ArticleListView.unreadMark)
        #expect(Self.cells(grid, row: list.row, from: 23, count: 3) == " fa")
        #expect(grid.lines.allSatisfy { DisplayWidth.of($0) <= 30 })
    }

    @Test func theListHeaderIsLaidOutFromTheRight() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 130, height: 30)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let header = reader.state.layout.listHeader
        let text = Self.cells(grid, row: header.row, from: header.column, count: header.width)
        // One column of margin on the right; the text ends there and leaves blanks on the left.
        #expect(grid[header.row, header.column + header.width - 1].text == " ")
        #expect(grid[header.row, header.column + header.width - 2].text != " ")
        #expect(text.hasPrefix("  "))
        #expect(text.contains("articles"))
    }
}
