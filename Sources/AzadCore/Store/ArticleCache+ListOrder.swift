import GRDB

/// The list's orders in SQL, each way with an index that serves it: the reader asks the cache for
/// its rows in the order it shows them, so that a list read a page at a time keeps the same order,
/// and reads the first and last rows of a new order (`listEnds`) without sorting the whole list.
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
    ///
    /// A reversed order keeps the newest first among equal keys, so its terms run in mixed
    /// directions that the forward index read backwards does not give; each gets an index of its own
    /// (`list-orders-reversed`), and the section's index leads with `section IS NULL` as its order
    /// does. The index that serves an order read backwards serves its exact reverse, the list's tail.
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

    /// The reversed orders' indexes and the section's with its `IS NULL` term (see above).
    static func registerReversedListOrderMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("list-orders-reversed") { db in
            try db.execute(
                sql: """
                    CREATE INDEX article_by_title_reversed
                        ON article(title COLLATE NOCASE DESC, date DESC, id DESC);
                    CREATE INDEX article_by_language_reversed ON article(language DESC, date DESC, id DESC);
                    DROP INDEX article_by_section;
                    CREATE INDEX article_by_section ON article(section IS NULL, section, date DESC, id DESC);
                    CREATE INDEX article_by_section_reversed
                        ON article(section IS NULL DESC, section DESC, date DESC, id DESC);
                    """)
        }
    }

    /// The date index also holds each article's language: the whole list by date, which the reader
    /// reads at every start, is then read from the index alone. Through the table it read every
    /// article's row: 9 s for a million on a cold page cache, against 0.3 s (docs/DECISIONS.md).
    static func registerDateIndexWithLanguageMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("list-by-date-with-language") { db in
            try db.execute(
                sql: """
                    DROP INDEX article_by_date;
                    CREATE INDEX article_by_date ON article(date DESC, id DESC, language);
                    """)
        }
    }
}
