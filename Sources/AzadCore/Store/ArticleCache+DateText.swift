import GRDB

extension ArticleCache {
    /// The dates of the articles `ids` as their exports wrote them, by cache id (undated ones have
    /// none); `list --json` and `search --json` print them beside the parsed date, which a summary
    /// carries alone. A few ids are looked up one by one, so fifty search hits cost fifty lookups
    /// whatever the archive's size; many are read in one pass over the table, cheaper than as many
    /// lookups.
    public func dateTexts(of ids: [Int64]) throws -> [Int64: String] {
        try pool.read { db in
            var texts: [Int64: String] = [:]
            if ids.count > Self.dateTextLookups {
                let wanted = Set(ids)
                let rows = try Row.fetchCursor(db, sql: "SELECT id, dateText FROM article WHERE dateText IS NOT NULL")
                while let row = try rows.next() {
                    let id: Int64 = row[0]
                    if wanted.contains(id) { texts[id] = row[1] }
                }
            } else {
                let statement = try db.cachedStatement(
                    sql: "SELECT dateText FROM article WHERE id = ? AND dateText IS NOT NULL")
                for id in ids {
                    if let text = try String.fetchOne(statement, arguments: [id]) { texts[id] = text }
                }
            }
            return texts
        }
    }

    /// Up to how many ids `dateTexts(of:)` looks up one by one rather than reading the whole table.
    static let dateTextLookups = 1_000
}
