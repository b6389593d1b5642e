import Foundation
import GRDB
import Testing

@testable import AzadCore

/// The list's ends and count, read without every id: the same rows as the whole list's first and
/// last ones, in every order.
@Suite struct ArticleCacheListEndsTests {
    @Test(arguments: ArticleCacheListOrderTests.orders)
    func theEndsAreTheWholeListsFirstAndLastRows(order: ListOrder) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let listed = try cache.list(order: order).map(\.id)
        #expect(listed.count > 4, "the fixture holds more rows than both ends")
        for limit in [0, 1, 2, listed.count / 2, listed.count, listed.count + 3] {
            let ends = try cache.listEnds(order: order, limit: limit)
            #expect(ends.count == listed.count)
            #expect(ends.head == Array(listed.prefix(limit)), "limit \(limit)")
            // The tail never repeats a row the head holds.
            let tail = min(limit, listed.count - ends.head.count)
            #expect(ends.tail == Array(listed.suffix(tail)), "limit \(limit)")
        }
    }

    /// A new order of the same articles takes the count of the ends read before it; a sync that
    /// changes the articles counts them again. The earlier count is made wrong on purpose, so that
    /// taking it over shows.
    @Test func theCountHoldsUntilASyncChangesTheArticles() throws {
        let (cache, feed, folder) = try ArticleCacheListOrderTests().syncedCache()
        defer { withExtendedLifetime(folder) {} }
        let first = try cache.listEnds(order: .newestFirst, limit: 2)
        let listed = try cache.count()
        let generation = try cache.generation()
        #expect(first.count == listed && first.counted.generation == generation)
        var stale = first.counted
        stale.count = listed + 1000
        #expect(try cache.listEnds(order: ListOrder(key: .title), limit: 2, known: stale).count == listed + 1000)
        _ = try feed.write(
            "z-آتش‌بس.txt",
            Export.text(title: "آتش‌بس 🕊", date: "1405-09-15", body: ["د اوبو ویش e\u{301} 新闻"]))
        let report = try cache.sync(feeds: [feed.url])
        #expect(report.new == 1, "\(report)")
        let after = try cache.listEnds(order: ListOrder(key: .title), limit: 2, known: stale)
        #expect(after.count == listed + 1)
        #expect(after.counted.generation > first.counted.generation)
    }

    /// The last rows by date, either way, walk the date index backwards and sort nothing.
    @Test(arguments: [false, true])
    func theLastRowsByDateSortNothing(reversed: Bool) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let order = ArticleCache.reversedOrderClause(ListOrder(key: .date, reversed: reversed))
        let plan = try cache.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT a.id FROM article a ORDER BY \(order) LIMIT 40")
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("article_by_date"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
    }

    /// The first and the last rows of every order, either way, are read through an index of that
    /// order and sort nothing: a new order's ends come at once at a million articles.
    @Test(arguments: ArticleCacheListOrderTests.orders)
    func everyOrdersEndsSortNothing(order: ListOrder) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        for clause in [ArticleCache.orderClause(order), ArticleCache.reversedOrderClause(order)] {
            let plan = try cache.pool.read { db in
                try Row.fetchAll(
                    db,
                    sql:
                        "EXPLAIN QUERY PLAN SELECT a.id FROM article a WHERE \(ArticleCache.listed) ORDER BY \(clause) LIMIT 40"
                )
                .map { $0["detail"] as String }.joined(separator: "\n")
            }
            #expect(plan.contains("SCAN a USING INDEX article_by_\(order.key)"), "\(clause):\n\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(clause):\n\(plan)")
        }
    }

    /// Each term of the order turned, the id's last.
    @Test func theReversedClauseTurnsEveryTerm() {
        #expect(ArticleCache.reversedOrderClause(.newestFirst) == "a.date ASC, a.id ASC")
        #expect(
            ArticleCache.reversedOrderClause(ListOrder(key: .section, reversed: false))
                == "a.section IS NULL DESC, a.section DESC, a.date ASC, a.id ASC")
    }
}
