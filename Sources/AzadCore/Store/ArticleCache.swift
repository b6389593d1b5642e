import CSQLite
import Foundation
import GRDB
import GRDBSQLite

/// The local article cache: every parsed export of the feed folders, and a search index over them.
///
/// It lives in `cache.sqlite` in its directory (SQLite in WAL mode, through a GRDB `DatabasePool`),
/// and is disposable: deleting the directory loses nothing that a sync cannot rebuild. Any number of
/// processes may use one cache at once: readers never wait, and syncs take turns through a lock file.
public final class ArticleCache: Sendable {
    /// The cache directory.
    public let directory: URL
    /// One line for the user when the cache file was found damaged or from a newer azad and was moved
    /// aside for a new, empty one (the next sync fills it); nil when it opened as it was.
    public let notice: CacheNotice?
    let pool: DatabasePool
    let lock: URL

    /// Opens the cache in `directory` (creating both as needed) and brings its schema up to date.
    ///
    /// A cache file that is not a database, is truncated or corrupt, or was written by a newer azad is
    /// moved aside (to `cache.sqlite.damaged` or `cache.sqlite.newer`) and replaced by an empty cache,
    /// with `notice` saying so: the cache is disposable, and nothing else lives in it.
    public init(directory: URL) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        lock = directory.appendingPathComponent("cache.lock")
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.label = "azad.cache"
        configuration.prepareDatabase { db in
            // The cache can be rebuilt, so a power cut may cost its last transaction but never its integrity.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A small page cache per connection keeps `azad search` lean; the OS caches the file
            // anyway, and a large sync raises the writer's cache for its transaction.
            try db.execute(sql: "PRAGMA cache_size = -512")
            db.add(function: ArticleCache.foldFunction)
        }
        let file = directory.appendingPathComponent("cache.sqlite")
        // Opening switches a new file to WAL and migrates it (or moves a damaged one aside): one process
        // at a time. This lock is not the sync lock, so opening never waits for another process's sync.
        let schemaLock = try FileLock(url: directory.appendingPathComponent("schema.lock"))
        (pool, notice) = try schemaLock.withLock {
            do {
                return (try Self.open(file, configuration: configuration), nil)
            } catch let problem as CacheFileProblem {
                let aside = try Self.moveAside(file, suffix: problem.problem.suffix)
                let notice = CacheNotice(problem.problem, movedTo: aside.lastPathComponent)
                return (try Self.open(file, configuration: configuration), notice)
            }
        }
    }

    /// Closes the cache; when this process changed nothing in it, without checkpointing its WAL.
    ///
    /// Closing the last connection checkpoints the WAL into the main file and deletes it, and GRDB
    /// writes (and syncs) a new WAL when the next process opens the file: each `azad search` would
    /// write to the cache twice and wait for the disk four times. A process that only read leaves
    /// the WAL as it found it instead; one that wrote checkpoints as SQLite does, so the main file
    /// holds its work.
    deinit {
        pool.writeWithoutTransaction { db in
            if sqlite3_total_changes(db.sqliteConnection) == 0 {
                azad_sqlite_checkpoint_on_close(db.sqliteConnection, 0)
            }
        }
    }

    /// Opens and migrates the cache file, or throws `CacheFileProblem` when it cannot be used as it is.
    private static func open(_ file: URL, configuration: Configuration) throws -> DatabasePool {
        if let truncation = CacheFileProblem.truncation(of: file) { throw CacheFileProblem(truncation) }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: file.path, configuration: configuration)
        } catch let error as DatabaseError where CacheFileProblem.isDamage(error) {
            throw CacheFileProblem.damaged(error)
        }
        do {
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                try pool.close()
                throw CacheFileProblem(.newer)
            }
            let migrated = try pool.read { db in try migrator.hasCompletedMigrations(db) }
            if !migrated { try migrator.migrate(pool) }
            try resetIfFoldingChanged(pool)
        } catch let error as DatabaseError where CacheFileProblem.isDamage(error) {
            try? pool.close()
            throw CacheFileProblem.damaged(error)
        }
        return pool
    }

    /// Moves the cache file and its WAL and shared-memory files to `cache.sqlite.SUFFIX…`, replacing
    /// an earlier one, and returns where the database went.
    private static func moveAside(_ file: URL, suffix: String) throws -> URL {
        let manager = FileManager.default
        let aside = file.appendingPathExtension(suffix)
        for extra in ["", "-wal", "-shm"] {
            let from = URL(fileURLWithPath: file.path + extra)
            let to = URL(fileURLWithPath: aside.path + extra)
            try? manager.removeItem(at: to)
            if manager.fileExists(atPath: from.path) { try manager.moveItem(at: from, to: to) }
        }
        return aside
    }

    /// The schema, as named steps applied in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("articles") { db in
            // Small rows: a no-change sync reads every one of them, so bodies live in their own table.
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        path TEXT NOT NULL UNIQUE,
                        size INTEGER NOT NULL,
                        modified INTEGER NOT NULL,
                        hash INTEGER NOT NULL,
                        title TEXT NOT NULL,
                        subtitle TEXT,
                        authors TEXT NOT NULL,
                        date INTEGER,
                        dateText TEXT,
                        language TEXT NOT NULL,
                        section TEXT,
                        source TEXT,
                        warnings TEXT NOT NULL
                    );
                    CREATE INDEX article_by_date ON article(date DESC, id DESC);
                    CREATE TABLE body (
                        id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                        blocks BLOB NOT NULL
                    );
                    CREATE TABLE unreadable (
                        path TEXT PRIMARY KEY,
                        size INTEGER NOT NULL,
                        modified INTEGER NOT NULL,
                        reason TEXT NOT NULL
                    );
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    """)
        }
        migrator.registerMigration("search") { db in
            // Contentless: the folded text is only needed to find words; snippets come from the
            // original blocks. Deleting a row re-folds the stored original (see `SyncWriter.indexedFields`).
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE article_search USING fts5(
                        title, subtitle, authors, body,
                        content = '',
                        tokenize = "\(FoldedWords.tokenizer)"
                    );
                    INSERT INTO article_search(article_search, rank) VALUES('rank', '\(Self.ranking)');
                    """)
        }
        migrator.registerMigration("contributors") { db in
            // Every contributor with the role the byline gives, one `role<TAB>name` per line; the
            // search index's authors column holds all their names. Rows written without it lack the
            // roles, so the cache empties itself and the next sync reads every export again.
            try db.execute(sql: "ALTER TABLE article ADD COLUMN contributors TEXT NOT NULL DEFAULT ''")
            try empty(db)
        }
        registerListOrderMigration(&migrator)
        migrator.registerMigration("search-prefixes", migrate: Self.addPrefixIndexes)
        registerPDFIndexMigration(&migrator)
        migrator.registerMigration("unreadable-code") { db in
            // The reason's stored form (`UnreadableReason.storedForm`), said in the interface's language;
            // a row without one shows its English words and is read again at the next full sync.
            try db.execute(sql: "ALTER TABLE unreadable ADD COLUMN code TEXT")
        }
        registerReversedListOrderMigration(&migrator)
        migrator.registerMigration("search-words", migrate: Self.addWordList)
        migrator.registerMigration("language-counts", migrate: Self.addLanguageCounts)
        registerDateIndexWithLanguageMigration(&migrator)
        return migrator
    }

    /// The articles `list` and `search` show: all but a PDF whose text export is cached too (same
    /// date, language and title, ZWNJ aside, which a PDF does not keep), so that an article dropped in
    /// as both is listed once, as its export. Only PDFs look for a twin, through the date index.
    static let listed = """
        NOT (lower(substr(a.path, -4)) = '.pdf' AND EXISTS (SELECT 1 FROM article t WHERE t.date IS a.date
        AND t.language = a.language AND lower(substr(t.path, -4)) != '.pdf'
        AND replace(t.title, char(8204), '') = replace(a.title, char(8204), '')))
        """

    /// bm25's column weights: a title match worth ten body matches, a subtitle five, an author three.
    static let rankingWeights = "10.0, 5.0, 3.0, 1.0"
    /// The index's `rank`: bm25 with ``rankingWeights``.
    static let ranking = "bm25(\(rankingWeights))"

    // MARK: - Reading

    /// The number of articles `list` shows: a PDF whose text export is cached too is not counted.
    public func count() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: Self.listedCount) ?? 0 }
    }

    /// A number that grows with every sync that wrote to the cache, in any process: a reader that
    /// sees it change reloads its list. Zero for a cache never synced.
    public func generation() throws -> Int {
        try pool.read(Self.generation)
    }

    /// The sync count, read in `db`'s transaction.
    static func generation(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'") ?? 0
    }

    static let summaryColumns = "a.id, a.path, a.title, a.authors, a.date, a.language, a.section, a.contributors"

    /// Articles in `order` (newest first, undated ones last, by default), at most `limit` of them,
    /// matching `filter`.
    public func list(limit: Int? = nil, filter: ArticleFilter = ArticleFilter(), order: ListOrder = .newestFirst)
        throws -> [ArticleSummary]
    {
        var conditions: [String] = [Self.listed]
        var arguments: StatementArguments = []
        if let language = filter.language {
            conditions.append("a.language = ?")
            _ = arguments.append(contentsOf: [language.tag])
        }
        if let section = filter.section {
            conditions.append("a.section = ?")
            _ = arguments.append(contentsOf: [section])
        }
        let whereClause = "WHERE " + conditions.joined(separator: " AND ")
        var sql =
            "SELECT \(Self.summaryColumns) FROM article a \(whereClause) ORDER BY \(Self.orderClause(order))"
        if let limit {
            sql += " LIMIT ?"
            _ = arguments.append(contentsOf: [max(0, limit)])
        }
        // A cursor, so that the rows are never held twice (as rows and as summaries) at once; the
        // array sized once, so that it never holds two buffers while growing.
        return try pool.read { db in
            var summaries: [ArticleSummary] = []
            let count =
                try limit
                ?? Int.fetchOne(db, sql: "SELECT count(*) FROM article a \(whereClause)", arguments: arguments)
            summaries.reserveCapacity(max(0, count ?? 0))
            var shared = SharedStrings()
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { summaries.append(shared.summary(row)) }
            return summaries
        }
    }

    /// One copy of each language and section name, shared by every summary that has it: a handful
    /// of names otherwise take a heap allocation per article.
    private struct SharedStrings {
        private var known: [String: String] = [:]

        mutating func summary(_ row: Row) -> ArticleSummary {
            var summary = ArticleCache.summary(row)
            summary.language = shared(summary.language)
            summary.section = summary.section.map { shared($0) }
            return summary
        }

        private mutating func shared(_ name: String) -> String {
            if let existing = known[name] { return existing }
            known[name] = name
            return name
        }
    }

    /// Every article's id by its export path: what `list()` gives for matching reading state to
    /// articles, at a fraction of its cost.
    public func idsByPath() throws -> [String: Int64] {
        try pool.read { db in
            var ids: [String: Int64] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path FROM article")
            while let row = try rows.next() { ids[row[1]] = row[0] }
            return ids
        }
    }

    /// The id of each of `paths` in the cache (the others are left out): what reading state needs at
    /// start, without reading every path of the cache.
    public func ids(ofPaths paths: some Collection<String>) throws -> [String: Int64] {
        try articleColumn("id", byKey: "path", in: Array(paths))
    }

    /// The export path of each of `ids` still in the cache (the others are left out).
    public func paths(of ids: some Collection<Int64>) throws -> [Int64: String] {
        try articleColumn("path", byKey: "id", in: Array(ids))
    }

    /// One column of the articles whose `key` column is one of `keys`, by key.
    private func articleColumn<Key: DatabaseValueConvertible & Hashable, Value: DatabaseValueConvertible>(
        _ column: String, byKey key: String, in keys: [Key]
    ) throws -> [Key: Value] {
        try pool.read { db in
            var values: [Key: Value] = [:]
            // Chunks stay far below SQLite's limit on bound parameters.
            for start in stride(from: 0, to: keys.count, by: 500) {
                let chunk = keys[start..<min(keys.count, start + 500)]
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT \(key), \(column) FROM article WHERE \(key) IN (\(marks))",
                    arguments: StatementArguments(Array(chunk)))
                while let row = try rows.next() { values[row[0]] = row[1] }
            }
            return values
        }
    }

    /// The languages in the cache with their article counts, most articles first.
    public func languages() throws -> [(language: String, count: Int)] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT language, count FROM language_count WHERE count > 0 ORDER BY count DESC, language"
            ).map { ($0["language"], $0["count"]) }
        }
    }

    /// The whole article with cache id `id`, or nil.
    public func article(id: Int64) throws -> Article? {
        try pool.read { db in try Self.fetchArticle(db, whereClause: "a.id = ?", argument: id) }
    }

    /// The whole article read from `path`, or nil. Relative paths and paths through symlinks are
    /// resolved against the working directory when the path as given is not in the cache.
    public func article(path: String) throws -> Article? {
        try pool.read { db in
            if let found = try Self.fetchArticle(db, whereClause: "a.path = ?", argument: path) { return found }
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            if let found = try Self.fetchArticle(db, whereClause: "a.path = ?", argument: absolute) { return found }
            let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            return try Self.fetchArticle(db, whereClause: "a.path = ?", argument: resolved)
        }
    }

    /// The cache id of the article read from `path`, or nil.
    public func id(path: String) throws -> Int64? {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE path = ?", arguments: [path]) }
    }

    /// Files the last sync could not read, with why.
    public func unreadable() throws -> [SyncReport.Unreadable] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT path, reason, code FROM unreadable ORDER BY path").map {
                SyncReport.Unreadable(path: $0["path"], UnreadableReason(storedForm: $0["code"], english: $0["reason"]))
            }
        }
    }

    private static func fetchArticle(_ db: Database, whereClause: String, argument: some DatabaseValueConvertible)
        throws -> Article?
    {
        let sql = """
            SELECT a.*, b.blocks FROM article a LEFT JOIN body b ON b.id = a.id WHERE \(whereClause)
            """
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [argument]) else { return nil }
        return Article(
            path: row["path"], title: row["title"], subtitle: row["subtitle"],
            authors: splitList(row["authors"]), contributors: decodeContributors(row["contributors"]),
            date: (row["date"] as Int?).map(CivilDate.init(daysSinceEpoch:)),
            dateText: row["dateText"], language: row["language"], section: row["section"], source: row["source"],
            blocks: (row["blocks"] as Data?).map(BlockCodec.decode) ?? [], warnings: splitList(row["warnings"]))
    }

    /// The summary in a row that starts with `summaryColumns`. By position: a lookup by column name
    /// lowercases the name on every access, for every row of the list.
    static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row[0], path: row[1], title: row[2], authors: splitList(row[3]),
            contributors: decodeContributors(row[7]), date: (row[4] as Int?).map(CivilDate.init(daysSinceEpoch:)),
            language: row[5], section: row[6])
    }

    /// Lists are stored one item per line; an item never holds a line break (they become spaces).
    static func joinList(_ items: [String]) -> String {
        items.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
    }

    static func splitList(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
