/// A person named on an article's byline, with what they did for it.
public struct Contributor: Sendable, Hashable, Codable {
    /// What a contributor did: the JSON `role` values.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case author
        case translator
        case editor
        case compiler
    }

    public var name: String
    public var role: Role

    public init(name: String, role: Role) {
        self.name = name
        self.role = role
    }

    /// `name`s of `contributors` with `role`, in byline order.
    public static func names(_ contributors: [Contributor], role: Role) -> [String] {
        contributors.filter { $0.role == role }.map(\.name)
    }
}
