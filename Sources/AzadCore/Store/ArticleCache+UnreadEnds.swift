import GRDB

/// The ends and the count of the unread view's rows, read on the order's index, so that the view is
/// answered before the whole list's ids are read: at a million articles on a cold page cache,
/// reading them all takes seconds.
extension ArticleCache {
    /// The first and last `limit` listed articles in `order` that are not in `read`, of `group` when
    /// one is given, and their count, read in one transaction; nil when those rows lie too sparse
    /// among the others to find at once.
    ///
    /// The order's index is stepped through from either end, the read articles and other groups'
    /// passed over, for at most `groupScanFactor` rows a row needed besides the read ones: past that
    /// the caller reads the whole list instead.
    public func unreadEnds(order: ListOrder, limit: Int, group: Language.Group?, read: Set<Int64>) throws
        -> ListEnds?
    {
        try unreadEnds(order: order, limit: limit, group: group, read: read, scanFactor: Self.groupScanFactor)
    }

    /// `unreadEnds(order:limit:group:read:)`, stepping through at most `scanFactor` rows a row needed
    /// besides the read ones.
    func unreadEnds(order: ListOrder, limit: Int, group: Language.Group?, read: Set<Int64>, scanFactor: Int) throws
        -> ListEnds?
    {
        let limit = max(0, limit)
        return try pool.read { db in
            let generation = try Self.generation(db)
            let tags = try Self.languageTags(db, of: group)
            guard !tags.isEmpty else { return ListEnds(count: 0, head: [], tail: [], generation: generation) }
            let count = max(0, try Self.listedCount(db, tags: tags) - Self.count(db, of: read, in: group))
            let accepted = Set(tags)
            let step = { (reversed: Bool, limit: Int) throws -> [Int64]? in
                guard limit > 0 else { return [] }
                let clause = reversed ? Self.reversedOrderClause(order) : Self.orderClause(order)
                return try Self.stepHead(db, clause: clause, limit: limit, most: limit * scanFactor + read.count) {
                    id, tag in !read.contains(id) && accepted.contains(tag)
                }
            }
            guard let head = try step(false, min(limit, count)),
                let tail = try step(true, min(limit, count - head.count))
            else { return nil }
            return ListEnds(count: count, head: head, tail: tail.reversed(), generation: generation)
        }
    }
}
