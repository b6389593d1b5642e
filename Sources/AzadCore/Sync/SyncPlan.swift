import GRDB

/// What a sync has to do, from the files the walk found and the rows the cache holds: which files
/// to read, which articles to remove, and which unreadable entries to keep, drop or try again.
struct SyncPlan {
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

    /// A file that could not be read, as the cache remembers it.
    struct KnownUnreadable {
        var size: Int64
        var modified: Int64
        /// The English words (the `reason` column).
        var reason: String
        /// The reason's stored form (the `code` column); nil in a row an older azad wrote.
        var code: String?
    }

    /// The files the walk found, each path once, in walk order.
    let files: [FeedWalker.File]
    /// Entries the walk passed over (fifos, broken links, …): they stay with the unreadable files.
    let skipped: [SyncReport.Unreadable]
    private let seen: Set<String>

    /// Files to read, in walk order.
    private(set) var work: [Work] = []
    /// Cached articles whose file has the size and time the cache holds.
    private(set) var unchanged = 0
    /// Files still unreadable for what their content said, unchanged since: not read again.
    private(set) var stillUnreadable: [SyncReport.Unreadable] = []
    /// Cached articles whose file is gone.
    private(set) var removed: [Int64] = []
    /// Unreadable entries to forget: gone from the feeds, or about to be read again.
    private(set) var forgotten: [String] = []

    /// The files of `walker` (`.collect` mode); `compare(with:)` fills in the rest.
    init(walker: FeedWalker) {
        var seen = Set<String>()
        files = walker.files.filter { seen.insert($0.path).inserted }
        skipped = walker.skipped
        self.seen = seen
    }

    /// `files` and `skipped` as a walk found them: what a sync of a few paths looked at.
    init(files: [FeedWalker.File], skipped: [SyncReport.Unreadable]) {
        var seen = Set<String>()
        self.files = files.filter { seen.insert($0.path).inserted }
        self.skipped = skipped
        self.seen = seen
    }

    /// What the cache holds about files: its articles and its unreadable entries, by path.
    struct Cached {
        var known: [String: Known]
        var unreadable: [String: KnownUnreadable]

        init(_ db: Database) throws {
            known = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, modified, hash FROM article")
            while let row = try rows.next() {
                known[row[1]] = Known(id: row[0], size: row[2], modified: row[3], hash: row[4])
            }
            unreadable = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, size, modified, reason, code FROM unreadable") {
                unreadable[row[0]] = KnownUnreadable(size: row[1], modified: row[2], reason: row[3], code: row[4])
            }
        }

        /// What the cache holds about `paths` and about everything below `folders` (each ending in
        /// `/`), read through the path indexes: a sync of a few paths never reads the whole table.
        init(_ db: Database, paths: [String], folders: [String]) throws {
            known = [:]
            unreadable = [:]
            let article = "SELECT id, path, size, modified, hash FROM article"
            let failed = "SELECT path, size, modified, reason, code FROM unreadable"
            // Paths compare byte by byte, so everything below `folder/` sorts between it and `folder0`.
            let queries =
                paths.map { (" WHERE path = ?", StatementArguments([$0])) }
                + folders.map { (" WHERE path > ? AND path < ?", StatementArguments([$0, $0.dropLast() + "0"])) }
            for (condition, arguments) in queries {
                for row in try Row.fetchAll(db, sql: article + condition, arguments: arguments) {
                    known[row[1]] = Known(id: row[0], size: row[2], modified: row[3], hash: row[4])
                }
                for row in try Row.fetchAll(db, sql: failed + condition, arguments: arguments) {
                    unreadable[row[0]] = KnownUnreadable(size: row[1], modified: row[2], reason: row[3], code: row[4])
                }
            }
        }
    }

    /// Whether the plan, compared with `cached`, changes nothing a reader sees: no file to read, none
    /// removed or forgotten, and every entry passed over already named as it is. A walk that only
    /// confirms the cache (after fingerprints it could not trust) then writes no new generation.
    func changesNothing(comparedWith cached: Cached) -> Bool {
        work.isEmpty && removed.isEmpty && forgotten.isEmpty
            && skipped.allSatisfy { cached.unreadable[$0.path]?.reason == $0.reason }
    }

    /// Compares the files with what the cache holds.
    mutating func compare(with cached: Cached) {
        let known = cached.known
        let knownUnreadable = cached.unreadable
        for file in files {
            if let existing = known[file.path] {
                if existing.size == file.size && existing.modified == file.modified {
                    unchanged += 1
                } else {
                    work.append(Work(file: file, existing: existing))
                }
            } else if let failure = knownUnreadable[file.path], failure.size == file.size,
                failure.modified == file.modified,
                // A file that could not be read (permissions, a fifo swapped in) is tried again: only
                // what its content said is kept until the content changes.
                !failure.reason.hasPrefix("cannot read the file:"),
                // A row with the English words alone is read again, to say why in any language.
                let code = failure.code
            {
                stillUnreadable.append(
                    .init(path: file.path, UnreadableReason(storedForm: code, english: failure.reason)))
            } else {
                work.append(Work(file: file, existing: nil))
            }
        }
        removed = known.filter { !seen.contains($0.key) }.map(\.value.id)
        let skippedPaths = Set(skipped.map(\.path))
        let stale = knownUnreadable.keys.filter { !seen.contains($0) && !skippedPaths.contains($0) }
        let retried = Set(work.map(\.file.path)).intersection(knownUnreadable.keys)
        forgotten = stale.sorted() + retried.sorted()
    }
}
