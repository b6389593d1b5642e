/// Read and star changes made with a key (`u`, `s`, `A`), newest last, for `undo` to take back.
public struct MarkUndo: Sendable, Hashable {
    /// One change: the marks the articles it touched had before it.
    public struct Change: Sendable, Hashable {
        /// What the status line says when it is undone (`marking 12 articles read`).
        public var summary: String
        /// Per article, whether it was read before the change; only articles whose read mark changed.
        public var wasRead: [Int64: Bool] = [:]
        /// Per article, whether it was starred before the change.
        public var wasStarred: [Int64: Bool] = [:]

        public init(summary: String, wasRead: [Int64: Bool] = [:], wasStarred: [Int64: Bool] = [:]) {
            self.summary = summary
            self.wasRead = wasRead
            self.wasStarred = wasStarred
        }
    }

    /// How many changes are kept: older ones cannot be undone.
    public static let depth = 50

    public private(set) var changes: [Change] = []

    public init() {}

    /// Remembers `change`, forgetting the oldest beyond `depth`; a change that touched nothing is
    /// not kept.
    public mutating func record(_ change: Change) {
        guard !change.wasRead.isEmpty || !change.wasStarred.isEmpty else { return }
        changes.append(change)
        if changes.count > Self.depth { changes.removeFirst(changes.count - Self.depth) }
    }

    /// The newest change, removed; nil when there is none.
    public mutating func takeLast() -> Change? { changes.popLast() }
}
