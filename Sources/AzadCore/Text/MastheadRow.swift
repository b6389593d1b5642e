/// One row of the masthead: one or two laid-out pieces at their columns.
public struct MastheadRow: Sendable, Hashable {
    /// Which part of the masthead the row is, for styling.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case name, initials, couplet, site, section
    }

    /// A laid-out line placed at a column of the row.
    public struct Piece: Sendable, Hashable {
        public var column: Int
        public var line: VisualLine

        public init(column: Int, line: VisualLine) {
            self.column = column
            self.line = line
        }
    }

    public var role: Role
    public var pieces: [Piece]

    public init(role: Role, pieces: [Piece]) {
        self.role = role
        self.pieces = pieces
    }

    /// The row as text: each piece at its column, no trailing spaces.
    public var plainText: String {
        var text = ""
        var column = 0
        for piece in pieces.sorted(by: { $0.column < $1.column }) where !piece.line.text.isEmpty {
            text += String(repeating: " ", count: max(0, piece.column - column)) + piece.line.text
            column = max(column, piece.column) + piece.line.width
        }
        return text
    }
}
