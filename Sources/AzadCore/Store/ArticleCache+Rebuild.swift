import GRDB

/// What makes the cache rebuild itself: it is disposable, so a change to what its rows hold empties
/// it and the next sync reads every export again.
extension ArticleCache {
    /// Empties a cache indexed with another version of `Folding`, so the next sync rebuilds it.
    static func resetIfFoldingChanged(_ pool: DatabasePool) throws {
        let current = String(Folding.version)
        let stored = try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'folding'")
        }
        guard stored != current else { return }
        try pool.write { db in
            try empty(db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta(key, value) VALUES('folding', ?)", arguments: [current])
        }
    }

    /// Removes every article, its body and index entries, and what tells a sync nothing changed:
    /// the next sync reads every export again.
    static func empty(_ db: Database) throws {
        try db.execute(
            sql:
                "DELETE FROM body; DELETE FROM article; DELETE FROM unreadable; DELETE FROM meta WHERE key IN ('fingerprint', 'folders', 'folderlist', 'words')"
        )
        try db.execute(sql: "INSERT INTO article_search(article_search) VALUES('delete-all')")
        // Migrations older than the word list and the language counts empty the cache too.
        if try db.tableExists("search_word") { try db.execute(sql: "DELETE FROM search_word") }
        if try db.tableExists("language_count") { try db.execute(sql: "DELETE FROM language_count") }
    }
}
