import GRDB

extension ArticleCache {
    /// The date of every dated article as its export wrote it, by cache id; `list --json` prints it
    /// beside the parsed date, which a summary carries alone.
    public func dateTexts() throws -> [Int64: String] {
        try pool.read { db in
            var texts: [Int64: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, dateText FROM article WHERE dateText IS NOT NULL")
            while let row = try rows.next() { texts[row[0]] = row[1] }
            return texts
        }
    }
}
