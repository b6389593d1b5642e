import GRDB

/// The list read compactly: the ids and languages of every listed article in the list's order, and
/// the summaries of the few rows on the screen.
extension ArticleCache {
    /// The listed articles in `order` as ids and language tags, the first `limit` of them (all when
    /// nil): the same articles and order as `list(limit:order:)`. Throws `CancellationError` once
    /// `isCancelled` says so (asked every few thousand rows): a list no one will show stops being read.
    public func listEntries(
        order: ListOrder = .newestFirst, limit: Int? = nil, isCancelled: () -> Bool = { false }
    ) throws -> ListEntries {
        var sql = Self.listEntriesSQL(order: order)
        var arguments: StatementArguments = []
        if let limit {
            sql += " LIMIT ?"
            _ = arguments.append(contentsOf: [max(0, limit)])
        }
        return try pool.read { db in
            var entries = ListEntries()
            // Room for the rows: a count of them would read every row's path before the first,
            // where no cancellation reaches (0.7 s at a million, for each sort pressed in a row).
            let count = try limit ?? Int.fetchOne(db, sql: Self.listedCount)
            entries.ids.reserveCapacity(max(0, count ?? 0))
            entries.languageIndexes.reserveCapacity(max(0, count ?? 0))
            var known: [String: UInt8] = [:]
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                entries.append(id: row[0], language: row[1], known: &known)
                if entries.ids.count % 4_096 == 0, isCancelled() { throw CancellationError() }
            }
            return entries
        }
    }

    /// Every listed article's id and language in `order`. The PDFs a text twin hides are found first,
    /// through their own index, so that no other row is read for its path: by date, the whole list
    /// comes from the date index alone, which holds the language.
    static func listEntriesSQL(order: ListOrder) -> String {
        "SELECT a.id, a.language FROM article a WHERE a.id NOT IN (\(hiddenIDs)) ORDER BY \(orderClause(order))"
    }

    /// The ids of the articles `listed` leaves out: PDFs with a text twin, read through `article_pdf`.
    static let hiddenIDs = hiddenIDs(where: "1")

    /// `hiddenIDs` of the articles `condition` (an SQL term on `a`) takes.
    static func hiddenIDs(where condition: String) -> String {
        """
        SELECT a.id FROM article a INDEXED BY article_pdf WHERE lower(substr(a.path, -4)) = '.pdf'
        AND \(condition) AND NOT (\(listed))
        """
    }

    /// The number of listed articles: every article (the sum of the counts per language the sync
    /// keeps, rather than a count of a million rows) but the PDFs with a text export twin, which
    /// `article_pdf` finds without reading every article's path.
    static let listedCount = """
        SELECT (SELECT coalesce(sum(count), 0) FROM language_count) - (SELECT count(*) FROM (\(hiddenIDs)))
        """

    /// Adds the index of the PDFs, the only articles that may be hidden from the list (`listed`).
    static func registerPDFIndexMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("list-pdfs") { db in
            try db.execute(
                sql: "CREATE INDEX article_pdf ON article(date, language) WHERE lower(substr(path, -4)) = '.pdf'")
        }
    }

    /// The summaries of the articles `ids` names that are in the cache, in the order of `ids`.
    public func summaries(ids: [Int64]) throws -> [ArticleSummary] {
        guard !ids.isEmpty else { return [] }
        var found: [Int64: ArticleSummary] = [:]
        try pool.read { db in
            // In batches well under SQLite's limit on bound parameters.
            for start in stride(from: 0, to: ids.count, by: 500) {
                let batch = Array(ids[start..<min(ids.count, start + 500)])
                let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT \(Self.summaryColumns) FROM article a WHERE a.id IN (\(marks))",
                    arguments: StatementArguments(batch))
                while let row = try rows.next() {
                    let summary = Self.summary(row)
                    found[summary.id] = summary
                }
            }
        }
        return ids.compactMap { found[$0] }
    }
}
