/// One block of an article's body, in logical (reading) order.
public struct Block: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case heading
        case paragraph
        /// Verse lines, separated by `\n`; half-lines separated by `\t`.
        case verse
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
