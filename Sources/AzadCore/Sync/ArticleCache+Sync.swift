import Foundation
import GRDB

/// Why a sync could not start.
public enum ArticleCacheError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// A feed folder does not exist or is not a folder.
    case missingFeed(String)

    public var description: String {
        switch self {
        case .missingFeed(let path): return "feed folder not found: \(path)"
        }
    }

    public var errorDescription: String? { description }
}

/// How hard a sync looks for changes.
public enum SyncDepth: Sendable, Hashable {
    /// Stat every export: finds every added, removed, renamed or rewritten file.
    case full
    /// Stat only the folders first, and do nothing more when none changed since the last sync.
    /// Adding, removing or renaming an export changes its folder, so this finds those; an export
    /// rewritten in place is left for the next full sync. What `list` and `search` do before reading.
    case quick
}

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
        let roots = try feeds.map { feed in
            let path = feed.standardizedFileURL.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ArticleCacheError.missingFeed(path)
            }
            return path
        }
        let prefix = roots.joined(separator: "\n") + "\n"
        if depth == .quick, let unchanged = try unchangedFolders(prefix: prefix) {
            return Self.nothingChanged(unchanged, progress: progress)
        }
        // Folders first, so that a change made while the files are walked shows up next time.
        var folders = FeedWalker(mode: .digestFolders)
        for root in roots { folders.walk(root) }
        let folderPrint = prefix + "\(folders.count)\n\(folders.digest)"
        let key = depth == .full ? "fingerprint" : "folders"
        let stored = try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
        }
        var counter = FeedWalker(mode: .digestFiles)
        if depth == .full, stored != nil {
            // Only stat and digest: when the digest is the one the last sync stored, nothing changed
            // and the cache need not even be read. A cache that never synced has none to compare.
            for root in roots { counter.walk(root) }
        }
        let filePrint = prefix + "\(counter.count)\n\(counter.digest)"
        let unchanged = try pool.read { db -> (unreadable: [SyncReport.Unreadable], articles: Int)? in
            guard let stored, stored == (depth == .full ? filePrint : folderPrint) else { return nil }
            return try Self.cachedCounts(db)
        }
        if let unchanged {
            if depth == .quick {
                // Only here when the folder list was missing (a cache from before it was kept) or
                // stale: keep it, so that the next quick sync reads no folder.
                try pool.write { db in
                    try db.execute(
                        sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('folderlist', ?)",
                        arguments: [FeedWalker.encode(folders: folders.folders)])
                }
            }
            return Self.nothingChanged(unchanged, progress: progress)
        }

        var walker = FeedWalker(mode: .collect)
        for root in roots { walker.walk(root) }
        var seen = Set<String>()
        let files = walker.files.filter { seen.insert($0.path).inserted }
        let walkedPrint = prefix + "\(walker.count)\n\(walker.digest)"
        progress?(SyncProgress(phase: .scanning, completed: files.count, total: files.count))

        let (known, knownUnreadable) = try pool.read { db in
            var known: [String: Known] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, modified, hash FROM article")
            while let row = try rows.next() {
                known[row[1]] = Known(id: row[0], size: row[2], modified: row[3], hash: row[4])
            }
            var unreadable: [String: (size: Int64, modified: Int64, reason: String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, size, modified, reason FROM unreadable") {
                unreadable[row[0]] = (row[1], row[2], row[3])
            }
            return (known, unreadable)
        }

        var work: [Work] = []
        for file in files {
            if let existing = known[file.path] {
                if existing.size == file.size && existing.modified == file.modified {
                    report.unchanged += 1
                } else {
                    work.append(Work(file: file, existing: existing))
                }
            } else if let failure = knownUnreadable[file.path], failure.size == file.size,
                failure.modified == file.modified,
                // A file that could not be read (permissions, a fifo swapped in) is tried again: only
                // what its content said is kept until the content changes.
                !failure.reason.hasPrefix("cannot read the file:")
            {
                report.unreadable.append(.init(path: file.path, reason: failure.reason))
            } else {
                work.append(Work(file: file, existing: nil))
            }
        }
        let removed = known.filter { !seen.contains($0.key) }.map(\.value.id)
        // Entries the walk passed over (fifos, broken links, …) are kept with the unreadable files, so
        // that a sync that finds nothing changed still names them.
        report.unreadable += walker.skipped
        let skipped = Set(walker.skipped.map(\.path))
        let staleUnreadable = knownUnreadable.keys.filter { !seen.contains($0) && !skipped.contains($0) }
        let retried = Set(work.map(\.file.path)).intersection(knownUnreadable.keys)
        try pool.write { db in
            try db.execute(
                sql:
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('fingerprint', ?), ('folders', ?), ('folderlist', ?)",
                arguments: [walkedPrint, folderPrint, FeedWalker.encode(folders: folders.folders)])
            try db.execute(
                sql: """
                    INSERT INTO meta(key, value) VALUES ('generation', '1')
                    ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
                    """)
            for id in removed {
                try Self.unindex(db, id: id)
                try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
            }
            report.removed = removed.count
            for path in staleUnreadable.sorted() + retried.sorted() {
                try db.execute(sql: "DELETE FROM unreadable WHERE path = ?", arguments: [path])
            }
            for entry in walker.skipped {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO unreadable(path, size, modified, reason) VALUES (?, -1, 0, ?)",
                    arguments: [entry.path, entry.reason])
            }
            // A large page cache while indexing: FTS5 rewrites its segment pages as it merges, and
            // each page evicted mid-transaction would be written to the WAL again and again.
            let large = work.count > Self.batchSize
            if large { try db.execute(sql: "PRAGMA cache_size = -65536") }
            defer { if large { try? db.execute(sql: "PRAGMA cache_size = -512") } }
            try Self.index(db, work: work, report: &report, progress: progress)
        }
        report.unreadable.sort { $0.path < $1.path }
        progress?(SyncProgress(phase: .finished, completed: work.count, total: work.count))
        return report
    }

    /// The cache's unreadable files and article count, when the folders the last sync found are all
    /// as they were (`FeedWalker.folderDigest(of:)`): a quick sync then reads no directory at all.
    private func unchangedFolders(prefix: String) throws -> (unreadable: [SyncReport.Unreadable], articles: Int)? {
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
    private static func nothingChanged(
        _ counts: (unreadable: [SyncReport.Unreadable], articles: Int), progress: (@Sendable (SyncProgress) -> Void)?
    ) -> SyncReport {
        var report = SyncReport()
        report.unreadable = counts.unreadable
        report.unchanged = counts.articles
        progress?(SyncProgress(phase: .finished, completed: 0, total: 0))
        return report
    }

    private static func cachedCounts(_ db: Database) throws -> (unreadable: [SyncReport.Unreadable], articles: Int) {
        let unreadable = try Row.fetchAll(db, sql: "SELECT path, reason FROM unreadable ORDER BY path").map {
            SyncReport.Unreadable(path: $0[0], reason: $0[1])
        }
        return (unreadable, try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0)
    }

    /// An article row as the sync compares it.
    struct Known: Sendable {
        var id: Int64
        var size: Int64
        var modified: Int64
        var hash: Int64
    }

    /// A file to read, with its row when it is already cached.
    struct Work: Sendable {
        var file: FeedWalker.File
        var existing: Known?
    }

    /// What reading one file came to.
    enum Outcome: Sendable {
        /// Same content as cached: only its size and time changed.
        case touched(hash: Int64)
        case parsed(Prepared)
        case failed(reason: String)
    }

    /// An article ready to be written: parsed, encoded and folded off the writing thread.
    struct Prepared: Sendable {
        var hash: Int64
        var article: Article
        var authors: String
        var warnings: String
        var blocks: Data
        var indexed: [String]
    }

    /// Progress is reported, and a sync counts as large (see the page cache above), per this many files.
    static let batchSize = 256

    private static func index(
        _ db: Database, work: [Work], report: inout SyncReport, progress: (@Sendable (SyncProgress) -> Void)?
    ) throws {
        guard !work.isEmpty else { return }
        // Parsing a file costs about two and a half times writing it, so four threads keep the writer
        // busy on any machine; more would only idle, each with a malloc arena of its own.
        let threads = min(ProcessInfo.processInfo.activeProcessorCount, Preparer.mostThreads)
        let preparer = Preparer(work: work, threads: threads)
        defer { preparer.cancel() }
        for (index, item) in work.enumerated() {
            try preparer.withOutcome(index) { try write(db, item: item, outcome: $0, report: &report) }
            let completed = index + 1
            if completed % batchSize == 0 || completed == work.count {
                progress?(SyncProgress(phase: .indexing, completed: completed, total: work.count))
            }
        }
    }

    /// Reads, hashes, parses and folds files on threads of its own, one per core up to four, at most
    /// `window` files ahead of the writing thread, which takes them in order.
    ///
    /// Its own threads, not Dispatch's: the writing thread is itself one of Dispatch's few (an async
    /// command runs on them), so parsing there got about one core beside the writer, and a 2-core
    /// machine ran at 1.6 cores.
    ///
    /// What a thread prepared goes back to it once written, to be freed there: malloc gives each
    /// thread an arena of its own, and freeing another thread's memory takes that arena's lock, on
    /// which the writer stalled thousands of times a sync while the parsing threads allocated.
    private final class Preparer: @unchecked Sendable {
        static let window = 512
        static let mostThreads = 4
        private let condition = NSCondition()
        private let work: [Work]
        private var ready: [Int: (outcome: Outcome, thread: Int)] = [:]
        /// Written outcomes, by the thread that prepared them.
        private var spent: [[Outcome]]
        /// The next file a thread will claim, and how many files the writer has taken.
        private var claimed = 0
        private var taken = 0
        private var cancelled = false

        init(work: [Work], threads: Int) {
            self.work = work
            let count = max(1, min(threads, work.count))
            spent = Array(repeating: [], count: count)
            for number in 0..<count {
                let thread = Thread { [self] in run(number) }
                thread.name = "azad.sync.parse"
                thread.start()
            }
        }

        private func run(_ thread: Int) {
            #if os(Linux)
                // Below the writer, which all of them feed: when it can run, it should, so that it is
                // never far behind and has little left to write once the last file is parsed.
                setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 5)
            #endif
            var mine: [Outcome] = []
            while let index = claim(thread, swapping: &mine) {
                // Outside the lock: frees what the writer has given back.
                mine.removeAll(keepingCapacity: true)
                let outcome = ArticleCache.prepare(work[index])
                condition.lock()
                ready[index] = (outcome, thread)
                condition.broadcast()
                condition.unlock()
            }
        }

        /// The next file to prepare, once it is within the window, with this thread's written
        /// outcomes swapped into `spent`; nil when none is left or the writer has stopped.
        private func claim(_ thread: Int, swapping spent: inout [Outcome]) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !cancelled && claimed < work.count && claimed - taken >= Self.window { condition.wait() }
            swap(&spent, &self.spent[thread])
            guard !cancelled, claimed < work.count else { return nil }
            claimed += 1
            return claimed - 1
        }

        /// Waits for file `index` to be prepared and hands it to `body`; files are taken in order.
        func withOutcome(_ index: Int, _ body: (Outcome) throws -> Void) rethrows {
            condition.lock()
            var found = ready.removeValue(forKey: index)
            while found == nil {
                condition.wait()
                found = ready.removeValue(forKey: index)
            }
            taken += 1
            condition.broadcast()
            condition.unlock()
            guard let (outcome, thread) = found else { return }
            defer {
                condition.lock()
                spent[thread].append(outcome)
                condition.unlock()
            }
            try body(outcome)
        }

        /// Stops the threads (the writer is done, or failed); a file being prepared is finished and dropped.
        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }

    private static func prepare(_ item: Work) -> Outcome {
        let data: Data
        do {
            // Never blocks: the file may have become a fifo since the walk (RegularFile).
            data = try RegularFile.contents(of: item.file.path)
        } catch {
            return .failed(reason: reason(for: error))
        }
        let hash = ContentHash.of(data)
        if let existing = item.existing, existing.hash == hash { return .touched(hash: hash) }
        do {
            var article = try ExportParser.parse(data: data, path: item.file.path)
            article.path = item.file.path
            let authors = joinList(article.authors)
            let blocks = BlockCodec.encode(article.blocks)
            let indexed = indexedFields(
                title: article.title, subtitle: article.subtitle, authors: authors, blocks: article.blocks)
            // The writer needs the blocks only encoded. Freed here, a paragraph's memory goes back to
            // this thread's malloc arena; freed by the writer, each large one took this arena's lock
            // from under this thread, and the writer stalled on it hundreds of times a sync.
            article.blocks = []
            return .parsed(
                Prepared(
                    hash: hash, article: article, authors: authors, warnings: joinList(article.warnings),
                    blocks: blocks, indexed: indexed))
        } catch {
            return .failed(reason: reason(for: error))
        }
    }

    private static func reason(for error: any Error) -> String {
        if let localized = error as? LocalizedError, let description = localized.errorDescription {
            return description
        }
        return String(describing: error)
    }

    /// The folded columns of the search index. Deleting a row from a contentless FTS5 table needs the
    /// values it was indexed with, so this is computed from the stored columns, the same way each time.
    static func indexedFields(title: String, subtitle: String?, authors: String, blocks: [Block]) -> [String] {
        // The masthead and site lines are not blocks: the parser keeps them out of the body.
        [
            Folding.fold(title), Folding.fold(subtitle ?? ""), Folding.fold(authors),
            Folding.fold(blocks.map(\.text).joined(separator: "\n")),
        ]
    }

    private static func write(_ db: Database, item: Work, outcome: Outcome, report: inout SyncReport) throws {
        let file = item.file
        switch outcome {
        case .touched(let hash):
            try db.cachedStatement(sql: "UPDATE article SET size = ?, modified = ?, hash = ? WHERE id = ?")
                .execute(arguments: [file.size, file.modified, hash, item.existing?.id])
            report.touched += 1
        case .failed(let reason):
            if let existing = item.existing {
                try unindex(db, id: existing.id)
                try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [existing.id])
            }
            try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO unreadable(path, size, modified, reason) VALUES (?, ?, ?, ?)"
            ).execute(arguments: [file.path, file.size, file.modified, reason])
            report.unreadable.append(.init(path: file.path, reason: reason))
        case .parsed(let prepared):
            let article = prepared.article
            var arguments: StatementArguments = [
                file.path, file.size, file.modified, prepared.hash, article.title, article.subtitle,
                prepared.authors, article.date?.daysSinceEpoch, article.dateText, article.language, article.section,
                article.source, prepared.warnings,
            ]
            let id: Int64
            if let existing = item.existing {
                try unindex(db, id: existing.id)
                _ = arguments.append(contentsOf: [existing.id])
                try db.cachedStatement(
                    sql: """
                        UPDATE article SET path = ?, size = ?, modified = ?, hash = ?, title = ?, subtitle = ?,
                        authors = ?, date = ?, dateText = ?, language = ?, section = ?, source = ?, warnings = ?
                        WHERE id = ?
                        """
                ).execute(arguments: arguments)
                id = existing.id
                report.changed += 1
            } else {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO article(path, size, modified, hash, title, subtitle, authors, date, dateText,
                        language, section, source, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: arguments)
                id = db.lastInsertedRowID
                report.new += 1
            }
            // An upsert, not `INSERT OR REPLACE`: with foreign keys on, REPLACE makes SQLite open a
            // statement savepoint, and FTS5 flushes its pending terms into a new segment at every
            // savepoint, which tripled the cold sync's SQLite time. The upsert deletes nothing, so it
            // needs none, and still overwrites a body row left behind (a new article's id has none
            // unless the cache was damaged).
            try db.cachedStatement(
                sql: "INSERT INTO body(id, blocks) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET blocks = excluded.blocks"
            ).execute(arguments: [id, prepared.blocks])
            try db.cachedStatement(
                sql: "INSERT INTO article_search(rowid, title, subtitle, authors, body) VALUES (?, ?, ?, ?, ?)"
            ).execute(arguments: [id] + StatementArguments(prepared.indexed))
        }
    }

    /// Removes article `id` from the search index, re-folding what it was indexed with.
    private static func unindex(_ db: Database, id: Int64) throws {
        let sql =
            "SELECT a.title, a.subtitle, a.authors, b.blocks FROM article a LEFT JOIN body b ON b.id = a.id WHERE a.id = ?"
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [id]) else { return }
        let fields = indexedFields(
            title: row[0], subtitle: row[1], authors: row[2], blocks: (row[3] as Data?).map(BlockCodec.decode) ?? [])
        try db.cachedStatement(
            sql:
                "INSERT INTO article_search(article_search, rowid, title, subtitle, authors, body) VALUES ('delete', ?, ?, ?, ?, ?)"
        ).execute(arguments: [id] + StatementArguments(fields))
    }
}
