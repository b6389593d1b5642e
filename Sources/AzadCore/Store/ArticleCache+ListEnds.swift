import GRDB

/// The list's ends read on the order's index, forwards for the first rows and backwards for the
/// last: a million articles' list is drawn, counted and ended without reading every id.
extension ArticleCache {
    /// The first and the last `limit` listed articles in `order` and the number of them all, read in
    /// one transaction so that the three agree.
    ///
    /// `known` is the count of the list shown before: when the cache's sync count is still the one it
    /// holds at, it is the list's, and even the PDFs' twins are not looked for again.
    public func listEnds(order: ListOrder = .newestFirst, limit: Int, known: ListCount? = nil) throws -> ListEnds {
        let limit = max(0, limit)
        // The hidden PDFs first, through their own index: the ends then read the order's index alone.
        let select = "SELECT a.id FROM article a WHERE a.id NOT IN (\(Self.hiddenIDs)) ORDER BY"
        return try pool.read { db in
            let generation = try Self.generation(db)
            let count =
                try known.flatMap { $0.generation == generation ? $0.count : nil }
                ?? Int.fetchOne(db, sql: Self.listedCount) ?? 0
            let head = try Int64.fetchAll(
                db, sql: "\(select) \(Self.orderClause(order)) LIMIT ?", arguments: [limit])
            let tail = try Int64.fetchAll(
                db, sql: "\(select) \(Self.reversedOrderClause(order)) LIMIT ?",
                arguments: [min(limit, max(0, count - head.count))])
            return ListEnds(count: count, head: head, tail: tail.reversed(), generation: generation)
        }
    }

    /// `orderClause(order)` with every term's direction turned: the exact reverse of the list, which
    /// the same index serves read backwards (SQLite sorts NULL first ascending, last descending, so
    /// turning each term turns the whole order).
    static func reversedOrderClause(_ order: ListOrder) -> String {
        orderClause(order).split(separator: ",").map { term -> String in
            if term.hasSuffix(" DESC") { return term.dropLast(5) + " ASC" }
            if term.hasSuffix(" ASC") { return term.dropLast(4) + " DESC" }
            return term + " DESC"
        }.joined(separator: ",")
    }
}
