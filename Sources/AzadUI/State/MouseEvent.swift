/// A mouse event, in screen cells, with the time it happened (seconds, any fixed origin).
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case press
        case release
        /// Two clicks the terminal layer already recognised as one double click.
        case doubleClick
        /// Motion with the button held.
        case drag
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var row: Int
    public var column: Int
    public var time: Double

    public init(_ kind: Kind, row: Int, column: Int, time: Double = 0) {
        self.kind = kind
        self.row = row
        self.column = column
        self.time = time
    }
}
