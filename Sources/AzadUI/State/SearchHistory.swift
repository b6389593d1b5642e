/// The queries searched before, per kind of search, newest first: what `Up` and `Down` walk at the
/// prompt and what it suggests, dimmed, when it opens.
public struct SearchHistory: Sendable, Hashable {
    /// How many queries each kind keeps.
    public static let limit = 100

    private var queries: [SearchKind: [String]] = [:]

    public init() {}

    public subscript(kind: SearchKind) -> [String] {
        get { queries[kind] ?? [] }
        set { queries[kind] = Self.collapsed(newValue) }
    }

    /// Puts `query` first for `kind`, dropping an earlier copy of it and the oldest past `limit`.
    public mutating func add(_ query: String, for kind: SearchKind) {
        guard !query.isEmpty else { return }
        self[kind] = [query] + self[kind].filter { $0 != query }
    }

    /// Each query once (its newest use) and at most `limit` of them.
    static func collapsed(_ queries: [String]) -> [String] {
        var seen = Set<String>()
        return Array(queries.filter { !$0.isEmpty && seen.insert($0).inserted }.prefix(limit))
    }
}
