import Foundation
import GRDB
import Testing

@testable import AzadCore

/// The list's orders as the cache's SQL gives them: the same as `ListOrder` describes, each
/// served by its index.
@Suite struct ArticleCacheListOrderTests {
    /// Titles in the site's scripts and others, with dates, undated ones and a title twice.
    static let exports: [(name: String, title: String, date: String?, body: String)] = [
        ("a.txt", "Kabul weather report", "02/21/2016", "Snow fell on the city and the roads closed."),
        ("b.txt", "گزارش هوای کابل", "۲ حوت ۱۳۹۴", "برف در شهر بارید و راه‌ها بسته شد و مردم در خانه ماندند."),
        ("c.txt", "د کابل هوا", "2015-12-05", "په ښار کې واوره ورېده او لارې وتړل شوې او خلک کور ته لاړل."),
        ("d.txt", "漢字の見出し", nil, "Text about characters in an article with no date at all."),
        ("e.txt", "apple 🙂 emoji", "2017-01-02", "An article whose title starts with a small letter."),
        ("f.txt", "Zebra cafe\u{301}", "2014-05-06", "A title ending in a combining accent on its last letter."),
        ("g.txt", "Kabul weather report", "2018-03-04", "The same title a second time, two years later."),
        ("h.txt", "Bericht über Straßen", "2016-07-08", "Die Straßen waren im Winter geschlossen und es schneite."),
    ]

    static let orders: [ListOrder] = ListOrder.Key.allCases.flatMap { key in
        [false, true].map { ListOrder(key: key, reversed: $0) }
    }

    func syncedCache() throws -> (ArticleCache, TemporaryDirectory, TemporaryDirectory) {
        let feed = try TemporaryDirectory()
        let directory = try TemporaryDirectory()
        for export in Self.exports {
            try feed.write(export.name, Export.text(title: export.title, date: export.date, body: [export.body]))
        }
        let cache = try ArticleCache(directory: directory.url)
        _ = try cache.sync(feeds: [feed.url])
        return (cache, feed, directory)
    }

    @Test(arguments: orders)
    func sqlOrderIsTheListOrder(order: ListOrder) throws {
        let (cache, _, _) = try syncedCache()
        let listed = try cache.list(order: order)
        #expect(listed.count == Self.exports.count)
        #expect(listed.map(\.id) == listed.sorted(by: order.areInIncreasingOrder).map(\.id))
        #expect(try cache.list(limit: 3, order: order).map(\.id) == Array(listed.prefix(3)).map(\.id))
        let languages = Set(listed.map(\.language))
        if order.key == .language, languages.count > 1 {
            #expect(listed.first?.language == (order.reversed ? languages.max() : languages.min()))
        }
    }

    @Test func titlesIgnoreCaseAndTiesGoNewestFirst() throws {
        let (cache, _, _) = try syncedCache()
        let titles = try cache.list(order: ListOrder(key: .title)).map(\.title)
        #expect(
            Array(titles.prefix(4)) == [
                "apple 🙂 emoji", "Bericht über Straßen", "Kabul weather report", "Kabul weather report",
            ])
        let twins = try cache.list(order: ListOrder(key: .title)).filter { $0.title == "Kabul weather report" }
        #expect(twins.map(\.date?.year) == [2018, 2016])
    }

    /// Each order other than by date reads its own index.
    @Test(arguments: [
        (ListOrder.Key.title, "article_by_title"), (.language, "article_by_language"), (.section, "article_by_section"),
    ])
    func eachOrderHasAnIndex(key: ListOrder.Key, index: String) throws {
        let (cache, _, _) = try syncedCache()
        for reversed in [false, true] {
            let order = ArticleCache.orderClause(ListOrder(key: key, reversed: reversed))
            let plan = try cache.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT a.id FROM article a ORDER BY \(order)")
                    .map { $0["detail"] as String }.joined(separator: "\n")
            }
            #expect(plan.contains(index), "\(key) reversed \(reversed): \(plan)")
        }
    }
}
