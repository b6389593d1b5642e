import AzadCore
import Testing

@testable import AzadUI

/// Frame diffing without a terminal: which cells a frame writes, given the one before it.
@Suite struct GridDiffTests {
    static func grid(_ rows: [String], width: Int = 8) -> Grid {
        var grid = Grid(width: width, height: rows.count)
        for (row, text) in rows.enumerated() { grid.write(text, row: row, column: 0, style: .normal) }
        return grid
    }

    static func positions(_ changes: [Grid.Change]) -> [[Int]] { changes.map { [$0.row, $0.column] } }

    @Test func aFirstFrameWritesEveryCellButContinuations() {
        let grid = Self.grid(["ab漢c", "🙂"], width: 5)
        let changes = grid.changes(from: nil)
        #expect(Self.positions(changes) == [[0, 0], [0, 1], [0, 2], [0, 4], [1, 0], [1, 2], [1, 3], [1, 4]])
        #expect(changes.map(\.cell.text) == ["a", "b", "漢", "c", "🙂", " ", " ", " "])
    }

    @Test func anUnchangedFrameWritesNothing() {
        let grid = Self.grid(["سلام", "e\u{301}x"])
        #expect(grid.changes(from: grid).isEmpty)
    }

    @Test(arguments: [
        // before, after, the cells written
        ("abcd", "abXd", [[0, 2]]),
        ("سلام", "سلاک", [[0, 3]]),
        ("پښتو", "پښته", [[0, 3]]),
        ("e\u{301}b", "e\u{300}b", [[0, 0]]),
        // A wide grapheme over two narrow cells is written once, at its first column.
        ("abcd", "a漢d", [[0, 1]]),
        // Narrow cells over a wide one: both halves are written.
        ("a漢d", "abcd", [[0, 1], [0, 2]]),
        // The same wide grapheme is not written again.
        ("漢字", "漢x", [[0, 2], [0, 3]]),
        ("🙂a", "🙂b", [[0, 2]]),
        ("a\u{7}b", "a\u{8}b", []),
    ])
    func onlyChangedCellsAreWritten(before: String, after: String, written: [[Int]]) {
        let changes = Self.grid([after]).changes(from: Self.grid([before]))
        #expect(Self.positions(changes) == written)
    }

    @Test func aStyleChangeAloneIsWritten() {
        let before = Self.grid(["abc"])
        var after = before
        after.restyle(row: 0, column: 1, count: 1, style: .listSelected)
        let changes = after.changes(from: before)
        #expect(Self.positions(changes) == [[0, 1]])
        #expect(changes.first?.cell.style == .listSelected)
    }

    @Test func aNewSizeWritesEverything() {
        let before = Self.grid(["abc"], width: 3)
        let after = Self.grid(["abc"], width: 4)
        #expect(after.changes(from: before).count == 4)
    }
}
