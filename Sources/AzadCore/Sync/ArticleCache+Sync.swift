import Foundation
import GRDB

extension ArticleCache {
    /// Brings the cache up to date with `feeds`: the cache then holds exactly the exports found in them.
    ///
    /// Only files whose size or modification time changed are read; of those, only files whose
    /// content hash changed are parsed (on all cores). Everything is written in one transaction, so
    /// readers see the old cache or the new one, never half of it.
    ///
    /// - Parameters:
    ///   - waitIfBusy: when another process is syncing this cache, wait for it (true) or return at
    ///     once with `skipped` set, leaving the cache as the other process makes it (false).
    ///   - depth: `.full` stats every export; `.quick` stops early when no folder changed (see `SyncDepth`).
    ///   - progress: called from the syncing thread as work advances.
    /// - Throws: `ArticleCacheError.missingFeed` naming the first folder that does not exist
    ///   (nothing is changed then), or a database error.
    public func sync(
        feeds: [URL], waitIfBusy: Bool = true, depth: SyncDepth = .full,
        progress: (@Sendable (SyncProgress) -> Void)? = nil
    ) throws -> SyncReport {
        var report = SyncReport()
        let fileLock = try FileLock(url: lock)
        if waitIfBusy {
            fileLock.lock()
        } else if !fileLock.tryLock() {
            report.skipped = true
            return report
        }
        defer { fileLock.unlock() }

        progress?(SyncProgress(phase: .scanning, completed: 0, total: 0))
        try completeWordList()
        let roots = try feeds.map { feed in
            let path = feed.standardizedFileURL.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ArticleCacheError.missingFeed(path)
            }
            return path
        }
        let prefix = roots.joined(separator: "\n") + "\n"
        let began = Platform.nanosecondsSinceEpoch()
        let folders: FeedWalker
        switch try changes(roots: roots, prefix: prefix, depth: depth) {
        case .unchanged(let counts): return Self.nothingChanged(counts, progress: progress)
        case .changed(let walked): folders = walked
        }
        var walker = FeedWalker(mode: .collect)
        for root in roots { walker.walk(root) }
        // A folder or export changed within the clock's grain of this walk could change again with
        // the same time, after the walk: its fingerprints are stored so that they match no later
        // walk, which then looks at every export once more (the racy case git knows).
        let racy = max(folders.newestTime, walker.newestTime) >= began - Self.racyInterval
        let mark = racy ? "\nracy" : ""
        let folderPrint = prefix + "\(folders.count)\n\(folders.digest)" + mark
        let walkedPrint = prefix + "\(walker.count)\n\(walker.digest)" + mark
        var plan = SyncPlan(walker: walker)
        progress?(SyncProgress(phase: .scanning, completed: plan.files.count, total: plan.files.count))
        let cached = try pool.read { db in try SyncPlan.Cached(db) }
        plan.compare(with: cached)
        let work = plan.work
        report.unchanged = plan.unchanged
        report.unreadable = plan.stillUnreadable
        // Entries the walk passed over (fifos, broken links, …) are kept with the unreadable files, so
        // that a sync that finds nothing changed still names them.
        report.unreadable += plan.skipped
        func storeFingerprints(_ db: Database) throws {
            try db.execute(
                sql:
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('fingerprint', ?), ('folders', ?), ('folderlist', ?)",
                arguments: [walkedPrint, folderPrint, FeedWalker.encode(folders: folders.folders)])
        }
        if plan.changesNothing(comparedWith: cached) {
            // Only the fingerprints are new: the articles keep their generation.
            try pool.write(storeFingerprints)
        } else {
            try pool.write { db in
                try storeFingerprints(db)
                try SyncWriter.write(plan, work: work, db, report: &report, progress: progress)
            }
        }
        report.unreadable.sort { $0.path < $1.path }
        progress?(SyncProgress(phase: .finished, completed: work.count, total: work.count))
        return report
    }
}

extension ArticleCache {
    /// How close to a sync's walk a file time must be for the walk's fingerprints not to be trusted
    /// next time, in nanoseconds: the coarsest grain of the file systems feeds live on (FAT keeps
    /// times to 2 s; Linux stamps files from a clock that ticks every few milliseconds).
    static let racyInterval: Int64 = 2_000_000_000
}
