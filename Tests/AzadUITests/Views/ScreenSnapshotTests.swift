import AzadCore
import Testing

@testable import AzadUI

/// Whole screens at chosen sizes, compared with the text files in `Snapshots/`.
@Suite struct ScreenSnapshotTests {
    static func render(_ reader: Reader) -> Grid { Screen.render(reader.state, keymap: reader.keymap) }

    @Test func listStacked100x30() {
        let reader = ReaderFixture.reader(width: 100, height: 30)
        Snapshot.check(Self.render(reader), named: "list-stacked-100x30")
    }

    @Test func articleStacked100x30() {
        let reader = ReaderFixture.reader(width: 100, height: 30)
        reader.handle(.enter)
        Snapshot.check(Self.render(reader), named: "article-stacked-100x30")
    }

    @Test func sideBySide130x30() {
        let reader = ReaderFixture.reader(width: 130, height: 30)
        reader.handle(.down)
        reader.handle(.enter)
        #expect(reader.state.layout.isSideBySide)
        Snapshot.check(Self.render(reader), named: "side-by-side-130x30")
    }

    @Test func compactMastheadOnAShortTerminal() {
        let reader = ReaderFixture.reader(width: 80, height: 12)
        reader.handle(.character("m"))
        #expect(reader.state.layout.masthead.height == 1)
        Snapshot.check(Self.render(reader), named: "compact-english-masthead-80x12")
    }

    @Test func searchPromptWithResults() {
        let reader = ReaderFixture.reader(width: 100, height: 30)
        reader.handle(.character("/"))
        for character in "snow" { reader.handle(.character(character)) }
        Snapshot.check(Self.render(reader), named: "search-prompt-100x30")
    }

    @Test func matchesInTheReadingPane() {
        let reader = ReaderFixture.reader(width: 100, height: 30)
        reader.handle(.character("/"))
        for character in "snow" { reader.handle(.character(character)) }
        reader.handle(.enter)
        reader.handle(.enter)
        Snapshot.check(Self.render(reader), named: "search-matches-100x30")
    }

    @Test func helpScreen() {
        let reader = ReaderFixture.reader(width: 100, height: 30)
        reader.handle(.character("?"))
        Snapshot.check(Self.render(reader), named: "help-100x30")
    }

    @Test func persianFilterWithStarAndRead() {
        let reader = ReaderFixture.reader(width: 90, height: 20)
        reader.handle(.character("l"))
        reader.handle(.character("s"))
        reader.handle(.enter)
        Snapshot.check(Self.render(reader), named: "persian-filter-90x20")
    }

    @Test(arguments: [(19, 30), (100, 5), (12, 4), (1, 1)])
    func tooSmall(_ width: Int, _ height: Int) {
        let reader = ReaderFixture.reader(width: width, height: height)
        let grid = Self.render(reader)
        #expect(grid.width == width && grid.height == height)
        #expect(grid.lines.joined(separator: " ").contains("small") || width < 5)
        if width == 19 { Snapshot.check(grid, named: "too-small-19x30") }
    }

    @Test(arguments: [20, 21, 37, 55, 80, 119, 120, 200])
    func everyWidthFitsWithoutSplittingWideText(_ width: Int) {
        let reader = ReaderFixture.reader(width: width, height: 8)
        reader.handle(.enter)
        let grid = Self.render(reader)
        for row in 0..<grid.height {
            for column in 0..<grid.width where grid[row, column].width == 0 {
                #expect(column > 0 && grid[row, column - 1].width == 2, "orphan continuation at \(row),\(column)")
            }
        }
        #expect(grid.lines.allSatisfy { DisplayWidth.of($0) <= width })
    }
}
