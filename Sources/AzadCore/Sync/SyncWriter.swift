import Foundation
import GRDB

/// Writes a sync's changes in the one transaction the sync opened: each file's outcome in walk
/// order, as `ParsePool` prepares them, and the search index beside the rows.
enum SyncWriter {
    /// Progress is reported, and a sync counts as large, per this many files.
    static let batchSize = 256

    /// Writes a sync in the transaction `db` is in: what `plan` decided besides its work, each file
    /// of `work`, and the change in the articles' count per language (`language_count`).
    static func write(
        _ plan: SyncPlan, work: [SyncPlan.Work], _ db: Database, report: inout SyncReport,
        progress: (@Sendable (SyncProgress) -> Void)?
    ) throws {
        defer { releaseArguments(db) }
        var languages = LanguageTally()
        try apply(plan, db, report: &report, languages: &languages)
        // A large page cache while indexing: FTS5 rewrites its segment pages as it merges, and each
        // page evicted mid-transaction would be written to the WAL again and again.
        let large = work.count > batchSize
        if large { try db.execute(sql: "PRAGMA cache_size = -65536") }
        defer { if large { try? db.execute(sql: "PRAGMA cache_size = -512") } }
        try index(db, work: work, report: &report, languages: &languages, progress: progress)
        try languages.store(db)
    }

    /// Reads `work` on a `ParsePool` and writes each outcome, in order.
    private static func index(
        _ db: Database, work: [SyncPlan.Work], report: inout SyncReport, languages: inout LanguageTally,
        progress: (@Sendable (SyncProgress) -> Void)?
    ) throws {
        guard !work.isEmpty else { return }
        let pool = ParsePool(work: work, threads: ParsePool.threadsForThisMachine)
        defer { pool.finish() }
        var unsure: [SyncPlan.Work] = []
        var words = WordListWriter()
        for (index, item) in work.enumerated() {
            try pool.withOutcome(index) {
                try write(db, item: item, outcome: &$0, report: &report, words: &words, languages: &languages)
                if case .parsed(let prepared) = $0, leftPieces(prepared) { unsure.append(item) }
            }
            let completed = index + 1
            if completed % batchSize == 0 || completed == work.count {
                progress?(SyncProgress(phase: .indexing, completed: completed, total: work.count))
            }
        }
        try rejoinWithArchive(db, unsure, languages: &languages)
    }

    /// Writes what a plan decided besides its work: a new generation (the change count readers
    /// poll), the removed articles, and the unreadable list with the files it forgets and the
    /// entries it skipped (each also a change when the report records them).
    private static func apply(
        _ plan: SyncPlan, _ db: Database, report: inout SyncReport, languages: inout LanguageTally
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO meta(key, value) VALUES ('generation', '1')
                ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
                """)
        for id in plan.removed { try remove(db, id: id, languages: &languages) }
        report.removed = plan.removed.count
        for path in plan.forgotten {
            try db.execute(sql: "DELETE FROM unreadable WHERE path = ?", arguments: [path])
        }
        for entry in plan.skipped {
            try db.execute(
                sql: "INSERT OR REPLACE INTO unreadable(path, size, modified, reason, code) VALUES (?, -1, 0, ?, ?)",
                arguments: [entry.path, entry.reason, entry.cause.storedForm])
            report.changes?.append(.init(.unreadable, entry.path, reason: entry.reason))
        }
    }

    /// Removes article `id` and its body from the cache and the search index.
    private static func remove(_ db: Database, id: Int64, languages: inout LanguageTally) throws {
        if let language = try unindex(db, id: id) { languages.count(language, -1) }
        try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
    }

    /// The folded columns of the search index; `authors` holds every contributor's name. Deleting a row from a contentless FTS5 table needs the
    /// values it was indexed with, so this is computed from the stored columns, the same way each time.
    ///
    /// The body is folded from the encoded blocks one block at a time (`BlockCodec.texts(in:)`,
    /// `Folding.fold(lines:capacity:)`): the folded body is then the only body-sized string made.
    static func indexedFields(title: String, subtitle: String?, authors: String, blocks: Data) -> [String] {
        // The masthead and site lines are not blocks: the parser keeps them out of the body.
        [Folding.fold(title), Folding.fold(subtitle ?? ""), Folding.fold(authors), indexedBody(blocks)]
    }

    /// The folded body of the search index, from the encoded blocks.
    static func indexedBody(_ blocks: Data) -> String {
        Folding.fold(lines: BlockCodec.texts(in: blocks), capacity: blocks.count + blocks.count / 16)
    }

    /// Writes one file's outcome. A big article's encoded blocks are let go of once written, before
    /// its body goes into the search index (whose terms SQLite holds until the statement ends), so
    /// that the two never add up.
    static func write(
        _ db: Database, item: SyncPlan.Work, outcome: inout ParsePool.Outcome, report: inout SyncReport,
        words: inout WordListWriter, languages: inout LanguageTally
    ) throws {
        let file = item.file
        switch outcome {
        case .touched(let hash):
            try db.cachedStatement(sql: Self.touchSQL).execute(arguments: [
                file.size, file.modified, hash, item.existing?.id,
            ])
            report.touched += 1
        case .failed(let reason):
            if let existing = item.existing { try remove(db, id: existing.id, languages: &languages) }
            try db.cachedStatement(sql: Self.unreadableSQL).execute(arguments: [
                file.path, file.size, file.modified, reason.description, reason.storedForm,
            ])
            report.unreadable.append(.init(path: file.path, reason))
            report.changes?.append(.init(.unreadable, file.path, reason: reason.description))
        case .parsed(var prepared):
            // Held here alone while written, so that letting go of the blocks frees them.
            outcome = .touched(hash: prepared.hash)
            defer { outcome = .parsed(prepared) }
            let article = prepared.article
            var arguments: StatementArguments = [
                file.path, file.size, file.modified, prepared.hash, article.title, article.subtitle,
                prepared.authors, article.date?.daysSinceEpoch, article.dateText, article.language, article.section,
                article.source, prepared.warnings, prepared.contributors,
            ]
            let id: Int64
            if let existing = item.existing {
                if let old = try unindex(db, id: existing.id) { languages.count(old, -1) }
                _ = arguments.append(contentsOf: [existing.id])
                try db.cachedStatement(sql: Self.updateSQL).execute(arguments: arguments)
                id = existing.id
                report.changed += 1
                report.changes?.append(.init(.changed, file.path))
            } else {
                try db.cachedStatement(sql: Self.insertSQL).execute(arguments: arguments)
                id = db.lastInsertedRowID
                report.new += 1
                report.changes?.append(.init(.new, file.path))
            }
            languages.count(article.language, 1)
            // An upsert, not `INSERT OR REPLACE`: with foreign keys on, REPLACE makes SQLite open a
            // statement savepoint, and FTS5 flushes its pending terms into a new segment at every
            // savepoint. The upsert deletes nothing, so it needs none, and still overwrites a body
            // row left behind (a new article's id has none unless the cache was damaged).
            if prepared.blocks.count >= ParsePool.bigFileBytes {
                // A big article: its blocks written piece by piece (a row's value would be copied
                // whole into the record), and let go of before its terms go into the index.
                try writeBody(db, id: id, blocks: prepared.blocks)
                prepared.blocks = Data()
            } else {
                try db.cachedStatement(sql: Self.bodySQL).execute(arguments: [id, prepared.blocks])
            }
            try db.cachedStatement(sql: Self.indexSQL).execute(arguments: [id] + StatementArguments(prepared.indexed))
            try words.add(prepared.words, db)
            prepared.words = ArticleWords()
        }
    }

    /// Drops the arguments the cached statements last ran with. GRDB keeps them with the statement,
    /// so the last article's text and blocks would otherwise live as long as the connection (for
    /// ever in a process that keeps its cache open, where LeakSanitizer cannot trace them and calls
    /// them a leak).
    private static func releaseArguments(_ db: Database) {
        for sql in [
            touchSQL, unreadableSQL, updateSQL, insertSQL, bodySQL, indexSQL, unindexSQL, WordListWriter.insertSQL,
        ] {
            (try? db.cachedStatement(sql: sql))?.setUncheckedArguments(StatementArguments())
        }
    }

    /// Removes article `id` from the search index, re-folding what it was indexed with, and returns
    /// its language tag (nil when the cache has no such article).
    private static func unindex(_ db: Database, id: Int64) throws -> String? {
        let sql = """
            SELECT a.title, a.subtitle, a.contributors, b.blocks, a.language
            FROM article a LEFT JOIN body b ON b.id = a.id WHERE a.id = ?
            """
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [id]) else { return nil }
        let fields = indexedFields(
            title: row[0], subtitle: row[1], authors: ArticleCache.indexedNames(row[2]),
            blocks: row[3] as Data? ?? Data())
        try db.cachedStatement(sql: Self.unindexSQL).execute(arguments: [id] + StatementArguments(fields))
        return row[4]
    }

    private static let touchSQL = "UPDATE article SET size = ?, modified = ?, hash = ? WHERE id = ?"
    private static let unreadableSQL =
        "INSERT OR REPLACE INTO unreadable(path, size, modified, reason, code) VALUES (?, ?, ?, ?, ?)"
    private static let updateSQL = """
        UPDATE article SET path = ?, size = ?, modified = ?, hash = ?, title = ?, subtitle = ?,
        authors = ?, date = ?, dateText = ?, language = ?, section = ?, source = ?, warnings = ?,
        contributors = ?
        WHERE id = ?
        """
    private static let insertSQL = """
        INSERT INTO article(path, size, modified, hash, title, subtitle, authors, date, dateText,
        language, section, source, warnings, contributors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    private static let bodySQL =
        "INSERT INTO body(id, blocks) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET blocks = excluded.blocks"
    private static let indexSQL =
        "INSERT INTO article_search(rowid, title, subtitle, authors, body) VALUES (?, ?, ?, ?, ?)"
    private static let unindexSQL =
        "INSERT INTO article_search(article_search, rowid, title, subtitle, authors, body) VALUES ('delete', ?, ?, ?, ?, ?)"
}
