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
            let tags = try Self.languageTags(db).filter { tag in group.map { Language(tag: tag).group == $0 } ?? true }
            guard !tags.isEmpty else { return ListEnds(count: 0, head: [], tail: [], generation: generation) }
            let count = max(0, try Self.listedCount(db, tags: tags) - Self.count(db, of: read, in: group))
            let accepted = Set(tags)
            let step = { (reversed: Bool, limit: Int) throws -> [Int64]? in
                guard limit > 0 else { return [] }
                let clause = reversed ? Self.reversedOrderClause(order) : Self.orderClause(order)
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT a.id, a.language FROM article a WHERE \(Self.listed) ORDER BY \(clause)")
                let most = limit * scanFactor + read.count
                var found: [Int64] = []
                var stepped = 0
                while found.count < limit, let row = try rows.next() {
                    stepped += 1
                    let id: Int64 = row[0]
                    if !read.contains(id), group == nil || accepted.contains(row[1]) { found.append(id) }
                    if stepped >= most, found.count < limit { return nil }
                }
                return found
            }
            guard let head = try step(false, min(limit, count)),
                let tail = try step(true, min(limit, count - head.count))
            else { return nil }
            return ListEnds(count: count, head: head, tail: tail.reversed(), generation: generation)
        }
    }
}
