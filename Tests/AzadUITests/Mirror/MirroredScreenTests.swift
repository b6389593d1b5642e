import AzadCore
import Testing

@testable import AzadUI

/// Whole right-to-left screens, compared with the text files in `Snapshots/`, and the status line
/// and help laid out from the right.
@Suite struct MirroredScreenTests {
    static func render(_ reader: Reader) -> Grid { Screen.render(reader.state, keymap: reader.keymap) }

    @Test func sideBySide130x30() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 130, height: 30)
        reader.handle(.down)
        reader.handle(.enter)
        Snapshot.check(Self.render(reader), named: "rtl-side-by-side-130x30")
    }

    @Test func articleStacked100x30() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 100, height: 30)
        reader.handle(.enter)
        Snapshot.check(Self.render(reader), named: "rtl-article-stacked-100x30")
    }

    @Test func helpScreen() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 100, height: 30)
        reader.handle(.character("?"))
        Snapshot.check(Self.render(reader), named: "rtl-help-100x30")
    }

    @Test func searchPromptWithResults() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 100, height: 30)
        reader.handle(.character("/"))
        for character in "snow" { reader.handle(.character(character)) }
        Snapshot.check(Self.render(reader), named: "rtl-search-prompt-100x30")
    }

    @Test func persianFilterWithStarAndRead() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 90, height: 20)
        reader.handle(.character("l"))
        reader.handle(.character("s"))
        reader.handle(.enter)
        Snapshot.check(Self.render(reader), named: "rtl-persian-filter-90x20")
    }

    @Test(arguments: [20, 37, 80, 120, 200])
    func everyWidthFitsWithoutSplittingWideText(_ width: Int) {
        let library = ReaderFixture.library(titles: MirroredListRowTests.titles)
        let reader = ReaderFixture.reader(.rightToLeft, width: width, height: 12, library: library)
        reader.handle(.enter)
        let grid = Self.render(reader)
        for row in 0..<grid.height {
            for column in 0..<grid.width where grid[row, column].width == 0 {
                #expect(column > 0 && grid[row, column - 1].width == 2, "orphan continuation at \(row),\(column)")
            }
        }
        // Counted in cells: `DisplayWidth` measures a ZWJ emoji sequence by its parts, wider than its cell.
        for row in 0..<grid.height {
            #expect((0..<width).reduce(0) { $0 + grid[row, $1].width } <= width)
            #expect(grid[row, width - 1].width != 2, "a wide grapheme cut at the edge of row \(row)")
        }
    }

    @Test func theStatusLineReadsFromTheRight() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 100, height: 30)
        let status = Self.render(reader).lines[29]
        // The mode at the right edge, the counts one column in from the left.
        #expect(status.hasSuffix(" LIST"))
        #expect(status.hasPrefix(" ") && !status.hasPrefix("  "))
        #expect(status.contains("unread"))
        #expect(Self.render(ReaderFixture.reader(width: 100, height: 30)).lines[29].hasPrefix(" LIST "))
    }

    @Test func theScrollPositionIsOnTheLeftOfTheDivider() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 100, height: 30)
        reader.handle(.enter)
        let divider = reader.state.layout.divider
        let line = Self.render(reader).lines[divider.row]
        #expect(line.hasPrefix("── Top ─"), "\(line)")
    }

    @Test func helpKeysEndTwoColumnsFromTheRight() throws {
        let reader = ReaderFixture.reader(.rightToLeft, width: 100, height: 30)
        reader.handle(.character("?"))
        let grid = Self.render(reader)
        let lines = HelpTable.lines(keymap: reader.keymap)
        let body = reader.state.layout.body
        let index = try #require(lines.firstIndex { !$0.isHeading })
        let row = body.row + 1 + index
        // Keys in the rightmost field: their last column is the third from the edge.
        #expect(grid[row, 97].text != " " && grid[row, 98].text == " " && grid[row, 99].text == " ")
        #expect(grid.text(row: row).contains(lines[index].name))
    }

    @Test func aSourceLinkIsWhereThePaneOnTheLeftShowsIt() throws {
        let library = FixtureLibrary([PageFixture.english, PageFixture.persian])
        let reader = ReaderFixture.reader(.rightToLeft, width: 130, height: 30, library: library)
        reader.handle(.enter)
        let pane = reader.state.layout.pane
        let link = try #require(Screen.links(for: reader.state).first)
        #expect(pane.column == 0 && link.column >= 0 && link.column + link.width <= pane.width)
        let grid = Self.render(reader)
        let shown = (link.column..<(link.column + link.width)).map { grid[link.row, $0].text }.joined()
        #expect(shown.hasPrefix("https://www.afgazad.com/"), "\(shown)")
    }
}
