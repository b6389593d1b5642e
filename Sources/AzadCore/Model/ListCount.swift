/// How many articles the list held, and the cache's sync count when they were counted (or an
/// earlier one): only a sync changes which articles are listed, so while the sync count is still
/// this one, the count holds for the list in any order.
public struct ListCount: Sendable, Hashable {
    public var count: Int
    public var generation: Int

    public init(count: Int, generation: Int) {
        self.count = count
        self.generation = generation
    }
}
