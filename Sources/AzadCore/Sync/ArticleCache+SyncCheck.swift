import Foundation
import GRDB

extension ArticleCache {
    /// What the cache holds when the feeds are as the last sync left them.
    typealias CachedCounts = (unreadable: [SyncReport.Unreadable], articles: Int)

    /// Whether the feeds changed since the last sync, by the fingerprints it stored.
    ///
    /// `.quick` compares the folders alone, `.full` the stat of every export; a cache that never
    /// synced has nothing to compare and has always changed.
    func changes(roots: [String], prefix: String, depth: SyncDepth) throws -> Change {
        if depth == .quick, let unchanged = try unchangedFolders(prefix: prefix) { return .unchanged(unchanged) }
        let key = depth == .full ? "fingerprint" : "folders"
        let stored = try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
        }
        if depth == .full, let stored {
            // Only stat and digest, on every core: when the digest is the one the last sync stored,
            // nothing changed and the cache need not even be read. A cache that never synced has none
            // to compare.
            let walked = FeedWalker.digestFiles(of: roots, threads: ParsePool.threadsForThisMachine)
            if stored == prefix + "\(walked.count)\n\(walked.digest)" {
                return .unchanged(try pool.read { db in try Self.cachedCounts(db) })
            }
        }
        // Folders before the sync walks the files, so that a change made meanwhile shows up next time.
        var folders = FeedWalker(mode: .digestFolders)
        for root in roots { folders.walk(root) }
        let folderPrint = prefix + "\(folders.count)\n\(folders.digest)"
        guard depth == .quick, let stored, stored == folderPrint else { return .changed(folders: folders) }
        let unchanged = try pool.read { db in try Self.cachedCounts(db) }
        // Only here when the stored folder list is missing or stale: store it, so that the next quick
        // sync reads no folder.
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('folderlist', ?)",
                arguments: [FeedWalker.encode(folders: folders.folders)])
        }
        return .unchanged(unchanged)
    }

    /// The outcome of `changes(roots:prefix:depth:)`.
    enum Change {
        /// Nothing changed: what the cache holds.
        case unchanged(CachedCounts)
        /// Something may have: the folders walked, whose digest the sync stores.
        case changed(folders: FeedWalker)
    }

    /// The cache's unreadable files and article count, when the folders the last sync found are all
    /// as they were (`FeedWalker.folderDigest(of:)`): a quick sync then reads no directory at all.
    private func unchangedFolders(prefix: String) throws -> CachedCounts? {
        try pool.read { db in
            guard let list = try Data.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'folderlist'"),
                let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'folders'")
            else { return nil }
            let folders = FeedWalker.decode(folders: list)
            guard let digest = FeedWalker.folderDigest(of: folders), stored == prefix + "\(folders.count)\n\(digest)"
            else { return nil }
            return try Self.cachedCounts(db)
        }
    }

    /// The report of a sync that found nothing to do.
    static func nothingChanged(
        _ counts: CachedCounts, progress: (@Sendable (SyncProgress) -> Void)?
    ) -> SyncReport {
        var report = SyncReport()
        report.unreadable = counts.unreadable
        report.unchanged = counts.articles
        progress?(SyncProgress(phase: .finished, completed: 0, total: 0))
        return report
    }

    private static func cachedCounts(_ db: Database) throws -> CachedCounts {
        let unreadable = try Row.fetchAll(db, sql: "SELECT path, reason, code FROM unreadable ORDER BY path").map {
            SyncReport.Unreadable(path: $0[0], UnreadableReason(storedForm: $0[2], english: $0[1]))
        }
        // The sum of the counts per language, not a count of the articles' rows, which reads a whole
        // index: 4 to 6 ms at 200,000 articles on a warm page cache (sqlite3's timer), more cold.
        let articles = try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM language_count") ?? 0
        return (unreadable, articles)
    }
}
