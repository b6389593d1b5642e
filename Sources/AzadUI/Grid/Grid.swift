import AzadCore

/// A width-aware rectangle of cells that views paint into and the terminal copies to the screen.
///
/// Writing a string places grapheme clusters with their display widths: a wide grapheme takes a
/// continuation cell, clipping never splits one (a half that does not fit becomes a blank), and
/// control characters never reach a cell.
public struct Grid: Sendable, Hashable {
    public private(set) var width: Int
    public private(set) var height: Int
    private var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The cell at `row`, `column`; a blank outside the grid.
    public subscript(row: Int, column: Int) -> Cell {
        guard contains(row: row, column: column) else { return .blank }
        return cells[row * width + column]
    }

    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < height && column >= 0 && column < width
    }

    /// Sets one cell, repairing any wide grapheme it cuts in half.
    public mutating func set(row: Int, column: Int, _ cell: Cell) {
        guard contains(row: row, column: column) else { return }
        let index = row * width + column
        // Overwriting either half of a wide grapheme leaves the other half as a blank.
        if cells[index].width == 0, column > 0, cells[index - 1].width == 2 {
            cells[index - 1] = Cell(text: " ", width: 1, style: cells[index - 1].style)
        }
        if cells[index].width == 2, column + 1 < width, cells[index + 1].width == 0 {
            cells[index + 1] = Cell(text: " ", width: 1, style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Fills `count` columns from `column` of `row` with blanks in `style`.
    public mutating func fill(row: Int, column: Int = 0, count: Int? = nil, style: ThemeElement) {
        let end = min(width, column + (count ?? width))
        var col = max(0, column)
        while col < end {
            set(row: row, column: col, Cell(text: " ", width: 1, style: style))
            col += 1
        }
    }

    /// Restyles `count` cells from `column` of `row`, keeping their text.
    public mutating func restyle(row: Int, column: Int, count: Int, style: ThemeElement) {
        guard row >= 0, row < height else { return }
        for col in max(0, column)..<max(max(0, column), min(width, column + count)) {
            cells[row * width + col].style = style
        }
    }

    /// Writes `text` from `column` of `row`, clipped to `limit` columns (and the grid's edge);
    /// returns the columns written.
    ///
    /// `styles`, when given, holds one style per grapheme of `text` (search matches, selections).
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, row: Int, column: Int, limit: Int? = nil, style: ThemeElement,
        styles: [ThemeElement]? = nil
    ) -> Int {
        guard row >= 0, row < height else { return 0 }
        let end = min(width, column + (limit ?? width))
        var col = column
        var previous: Int? = nil
        for (offset, character) in text.enumerated() {
            let cellStyle = styles.flatMap { offset < $0.count ? $0[offset] : nil } ?? style
            let (visible, w) = Grid.printable(character)
            if w == 0 {
                // A lone mark joins the grapheme before it; with none to join, it is dropped.
                if let previous, !visible.isEmpty {
                    cells[row * width + previous].text += visible
                }
                continue
            }
            if col + w > end {
                // A wide grapheme that does not fit is never split: pad the remaining column.
                if col < end, col >= 0 { set(row: row, column: col, Cell(text: " ", width: 1, style: cellStyle)) }
                col = end
                break
            }
            if col >= 0 {
                set(row: row, column: col, Cell(text: visible, width: w, style: cellStyle))
                if w == 2 { set(row: row, column: col + 1, Cell(text: "", width: 0, style: cellStyle)) }
                previous = col
            } else if col + w > 0 {
                // The left half fell off the edge: show a blank for the part that is visible.
                set(row: row, column: 0, Cell(text: " ", width: 1, style: cellStyle))
            }
            col += w
        }
        return max(0, min(col, end) - max(0, column))
    }

    /// What a grapheme shows as, and its width: control characters become visible symbols.
    static func printable(_ character: Character) -> (String, Int) {
        var hasControl = false
        var hasFormat = true
        for scalar in character.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control: hasControl = true
            case .format: break
            default: hasFormat = false
            }
        }
        if hasControl {
            // Tabs and line ends are laid out before they get here; anything left is shown, not sent.
            if character == "\t" { return (" ", 1) }
            return ("\u{FFFD}", 1)
        }
        if hasFormat {
            // ZWNJ, ZWJ and bidi marks are invisible and would confuse a terminal on their own.
            return ("", 0)
        }
        let w = DisplayWidth.of(character)
        // Format characters (ZWNJ, bidi marks) inside a cluster are invisible; ZWJ holds emoji sequences together.
        if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .format && $0.value != 0x200D })
        {
            var kept = String.UnicodeScalarView()
            kept.append(
                contentsOf: character.unicodeScalars.filter {
                    $0.properties.generalCategory != .format || $0.value == 0x200D
                })
            return (String(kept), w == 0 ? 0 : min(w, 2))
        }
        if w == 0 {
            // Only combining marks remain: keep them to join the previous cell.
            var marks = String.UnicodeScalarView()
            marks.append(contentsOf: character.unicodeScalars.filter { $0.properties.generalCategory != .format })
            return (String(marks), 0)
        }
        return (String(character), min(w, 2))
    }

    /// The text of one row, continuation cells left out.
    public func text(row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        var result = ""
        for col in 0..<width {
            let cell = cells[row * width + col]
            if cell.width > 0 { result += cell.text }
        }
        return result
    }

    /// Every row's text with trailing blanks trimmed: what snapshots compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = text(row: row)
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
