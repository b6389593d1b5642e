import GRDB

/// The list's orders in SQL, each with an index that serves it: the reader asks the cache for its
/// rows in the order it shows them, so that a list read a page at a time keeps the same order.
extension ArticleCache {
    /// The `ORDER BY` terms of `order`, over the `article` table aliased `a`: the same order
    /// `ListOrder.areInIncreasingOrder` describes.
    static func orderClause(_ order: ListOrder) -> String {
        let up = order.reversed ? "DESC" : "ASC"
        // SQLite sorts NULL below every date: descending puts undated articles last, ascending first,
        // as the list wants, and with no `date IS NULL` term `article_by_date` serves the order, so
        // that the first rows of a million come without sorting them all.
        let newestFirst = "a.date DESC, a.id DESC"
        switch order.key {
        case .date:
            return order.reversed ? "a.date ASC, a.id ASC" : newestFirst
        case .title:
            return "a.title COLLATE NOCASE \(up), \(newestFirst)"
        case .language:
            return "a.language \(up), \(newestFirst)"
        case .section:
            // Articles without a section after the others (before them, reversed).
            return "a.section IS NULL \(up), a.section \(up), \(newestFirst)"
        }
    }

    /// Adds the indexes for the orders other than by date (which `article_by_date` serves).
    static func registerListOrderMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("list-orders") { db in
            try db.execute(
                sql: """
                    CREATE INDEX article_by_title ON article(title COLLATE NOCASE, date DESC, id DESC);
                    CREATE INDEX article_by_language ON article(language, date DESC, id DESC);
                    CREATE INDEX article_by_section ON article(section, date DESC, id DESC);
                    """)
        }
    }
}
