/// What changed between two frames: the cells a terminal must write to turn `previous` into the next.
extension Grid {
    /// One cell to write at `row`, `column`.
    public struct Change: Sendable, Hashable {
        public var row: Int
        public var column: Int
        public var cell: Cell
    }

    /// The cells to write to turn `previous` into this grid, row by row, left to right (ratatui's
    /// `Buffer::diff`). With no previous frame, or one of another size, every cell is written.
    ///
    /// Continuation cells of wide graphemes are never written: the grapheme before them covers
    /// them. A wide grapheme is written again when its continuation changed, so that a terminal
    /// that was showing two narrow cells there gets the whole grapheme back.
    public func changes(from previous: Grid?) -> [Change] {
        let full = previous.map { $0.width != width || $0.height != height } ?? true
        var result: [Change] = []
        for row in 0..<height {
            var column = 0
            while column < width {
                let cell = self[row, column]
                defer { column += max(1, cell.width) }
                if cell.width == 0 { continue }
                if !full, let previous, previous[row, column] == cell,
                    cell.width == 1 || previous[row, column + 1] == self[row, column + 1]
                {
                    continue
                }
                result.append(Change(row: row, column: column, cell: cell))
            }
        }
        return result
    }
}
