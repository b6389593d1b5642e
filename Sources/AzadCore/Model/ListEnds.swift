/// The two ends of the list and how many articles lie between them: enough to draw the list and
/// answer `G` before every id is read.
public struct ListEnds: Sendable, Hashable {
    /// How many articles the list holds, and the cache's sync count when the ends were read: the
    /// count holds for as long as the sync count does.
    public var counted: ListCount
    /// The first rows' ids, in the list's order.
    public var head: [Int64]
    /// The last rows' ids, in the list's order: rows `count - tail.count ..< count`.
    public var tail: [Int64]

    /// How many articles the list holds.
    public var count: Int { counted.count }

    public init(count: Int, head: [Int64], tail: [Int64], generation: Int = 0) {
        counted = ListCount(count: count, generation: generation)
        self.head = head
        self.tail = tail
    }
}
