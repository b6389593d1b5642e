import AzadCore
import Testing

@testable import AzadUI

@Suite struct GridTests {
    struct WriteCase: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var limit: Int
        var row: String
        var written: Int
        var description: String { name }
    }

    static let writes: [WriteCase] = [
        WriteCase(name: "ASCII fits", text: "news", limit: 10, row: "news", written: 4),
        WriteCase(name: "ASCII clipped", text: "headline", limit: 4, row: "head", written: 4),
        WriteCase(name: "Persian with ZWNJ", text: "می‌روم", limit: 10, row: "میروم", written: 5),
        WriteCase(name: "Pashto letters", text: "ښځ", limit: 10, row: "ښځ", written: 2),
        WriteCase(name: "CJK wide", text: "漢字", limit: 10, row: "漢字", written: 4),
        WriteCase(name: "CJK never split", text: "漢字", limit: 3, row: "漢", written: 3),
        WriteCase(name: "emoji wide", text: "a🙂b", limit: 10, row: "a🙂b", written: 4),
        WriteCase(name: "emoji cut at edge", text: "a🙂", limit: 2, row: "a", written: 2),
        WriteCase(name: "combining mark kept", text: "e\u{301}x", limit: 10, row: "e\u{301}x", written: 2),
        WriteCase(name: "control characters shown", text: "a\u{1B}[2Jb", limit: 10, row: "a\u{FFFD}[2Jb", written: 6),
        WriteCase(name: "C1 control shown", text: "x\u{9B}y", limit: 10, row: "x\u{FFFD}y", written: 3),
        WriteCase(name: "bidi override dropped", text: "a\u{202E}b", limit: 10, row: "ab", written: 2),
    ]

    @Test(arguments: writes)
    func writePlacesGraphemesByWidth(_ example: WriteCase) {
        var grid = Grid(width: 12, height: 1)
        let written = grid.write(example.text, row: 0, column: 0, limit: example.limit, style: .paragraph)
        #expect(grid.lines[0] == example.row)
        #expect(written == example.written)
        #expect(grid.text(row: 0).count >= 1)
    }

    @Test func wideGraphemeTakesAContinuationCell() {
        var grid = Grid(width: 4, height: 1)
        grid.write("漢", row: 0, column: 1, style: .title)
        #expect(grid[0, 1] == Cell(text: "漢", width: 2, style: .title))
        #expect(grid[0, 2].width == 0)
        #expect(grid[0, 3] == .blank)
    }

    @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.write("漢字", row: 0, column: 0, style: .paragraph)
        grid.write("x", row: 0, column: 1, style: .paragraph)
        #expect(grid.lines[0] == " x字")
        grid.write("y", row: 0, column: 2, style: .paragraph)
        #expect(grid.lines[0] == " xy")
        #expect(grid[0, 3].text == " ")
    }

    @Test func writingFromANegativeColumnClipsTheLeftEdge() {
        var grid = Grid(width: 4, height: 1)
        grid.write("漢ab", row: 0, column: -1, style: .paragraph)
        #expect(grid.lines[0] == " ab")
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var grid = Grid(width: 3, height: 2)
        #expect(grid.write("abc", row: 5, column: 0, style: .paragraph) == 0)
        #expect(grid.lines == ["", ""])
    }

    @Test func stylesPerGraphemeMarkMatches() {
        var grid = Grid(width: 6, height: 1)
        grid.write("abc", row: 0, column: 0, style: .paragraph, styles: [.paragraph, .searchMatch, .paragraph])
        #expect(grid[0, 0].style == .paragraph)
        #expect(grid[0, 1].style == .searchMatch)
        #expect(grid[0, 2].style == .paragraph)
    }
}
