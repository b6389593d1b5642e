import GRDB

/// The reader's search history, one list per kind of search, remembered between runs.
extension ReadingState {
    /// How many queries each kind keeps.
    public static let searchHistoryLimit = 100

    /// The queries of `kind`, newest first.
    public func searchHistory(_ kind: String) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT query FROM search_history WHERE kind = ? ORDER BY position", arguments: [kind])
        }
    }

    /// Replaces the queries of `kind` with `queries` (newest first), duplicates and all but the first
    /// `searchHistoryLimit` left out.
    public func setSearchHistory(_ kind: String, _ queries: [String]) throws {
        var seen = Set<String>()
        let kept = queries.filter { seen.insert($0).inserted }.prefix(Self.searchHistoryLimit)
        try pool.write { db in
            try db.execute(sql: "DELETE FROM search_history WHERE kind = ?", arguments: [kind])
            let statement = try db.cachedStatement(
                sql: "INSERT INTO search_history(kind, position, query) VALUES (?, ?, ?)")
            for (position, query) in kept.enumerated() {
                try statement.execute(arguments: [kind, position, query])
            }
        }
    }
}
