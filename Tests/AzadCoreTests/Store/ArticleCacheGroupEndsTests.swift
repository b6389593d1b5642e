import Foundation
import GRDB
import Testing

@testable import AzadCore

/// The ends and count of one language group's rows, read without the whole list: the same rows as
/// the whole list filtered, in every order, and the per-language counts the sync keeps.
@Suite struct ArticleCacheGroupEndsTests {
    static let groups = Language.Group.allCases

    /// Read whole (a small group) and read from the indexes, at every limit: the group's rows of the
    /// whole list, first and last, and their count.
    @Test(arguments: ArticleCacheListOrderTests.orders, groups)
    func theEndsAreTheFilteredListsFirstAndLastRows(order: ListOrder, group: Language.Group) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let listed = try cache.list(order: order).filter { Language(tag: $0.language).group == group }.map(\.id)
        for wholeUpTo in [0, ArticleCache.smallGroup] {
            for limit in [0, 1, 2, listed.count / 2, listed.count, listed.count + 3] {
                let ends = try #require(
                    try cache.listEnds(
                        order: order, limit: limit, group: group, wholeUpTo: wholeUpTo,
                        scanFactor: ArticleCache.groupScanFactor),
                    "limit \(limit), whole up to \(wholeUpTo)")
                #expect(ends.count == listed.count)
                #expect(ends.head == Array(listed.prefix(limit)), "limit \(limit), whole up to \(wholeUpTo)")
                let tail = min(limit, listed.count - ends.head.count)
                #expect(ends.tail == Array(listed.suffix(tail)), "limit \(limit), whole up to \(wholeUpTo)")
            }
        }
    }

    /// The unread view's ends and count, of every article or of one group, at every limit: the whole
    /// list's rows not read, first and last, and their count. Read marks of articles the cache does
    /// not hold count for nothing.
    @Test(arguments: ArticleCacheListOrderTests.orders, [nil] + groups)
    func theUnreadEndsAreTheListsUnreadRows(order: ListOrder, group: Language.Group?) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let all = try cache.list(order: order)
        let read = Set(all.enumerated().filter { $0.offset % 3 == 0 }.map(\.element.id) + [999_999])
        let unread = all.filter { !read.contains($0.id) && (group == nil || Language(tag: $0.language).group == group) }
            .map(\.id)
        for limit in [0, 1, 2, unread.count / 2, unread.count, unread.count + 3] {
            let ends = try #require(
                try cache.unreadEnds(order: order, limit: limit, group: group, read: read), "limit \(limit)")
            #expect(ends.count == unread.count)
            #expect(ends.head == Array(unread.prefix(limit)), "limit \(limit)")
            #expect(ends.tail == Array(unread.suffix(min(limit, unread.count - ends.head.count))), "limit \(limit)")
        }
    }

    /// Unread rows further apart than the scan may step past the read ones give no ends (the reader
    /// then waits for the whole list) rather than wrong ones; a wider scan finds them.
    @Test func sparseUnreadRowsGiveNoEnds() throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let all = try cache.list(order: .newestFirst)
        // A group whose first article is not the list's first: one other row lies before it.
        let group = try #require(Self.groups.first { $0 != Language(tag: all[0].language).group })
        let first = try #require(all.first { Language(tag: $0.language).group == group })
        #expect(try cache.unreadEnds(order: .newestFirst, limit: 1, group: group, read: [], scanFactor: 1) == nil)
        let wider = try cache.unreadEnds(order: .newestFirst, limit: 1, group: group, read: [], scanFactor: all.count)
        #expect(wider?.head == [first.id])
        // The read rows before it are stepped past for nothing.
        let read = Set(all.prefix { $0.id != first.id }.map(\.id))
        let past = try cache.unreadEnds(order: .newestFirst, limit: 1, group: nil, read: read, scanFactor: 1)
        #expect(past?.head == [first.id])
    }

    /// The fixture holds every group, the European one in more than one tag (so that the rows of
    /// each tag are merged).
    @Test func theFixtureHoldsEveryGroup() throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let languages = Set(try cache.list().map(\.language))
        #expect(Set(languages.map { Language(tag: $0).group }) == Set(Self.groups))
        #expect(languages.filter { Language(tag: $0).group == .european }.count > 1, "\(languages)")
    }

    /// By title or section, a group whose rows lie further apart than the scan may step gives no
    /// ends (the reader then waits for the whole list) rather than wrong ones; by date and by
    /// language the index finds them however sparse.
    @Test(arguments: ArticleCacheListOrderTests.orders)
    func aSparseGroupGivesNoEndsOnlyWhereItWouldBeScanned(order: ListOrder) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let listed = try cache.list(order: order)
        // The group of a single article that is not the first in this order.
        let group = try #require(
            Self.groups.first { group in
                listed.filter { Language(tag: $0.language).group == group }.count == 1
                    && Language(tag: listed[0].language).group != group
            })
        let ends = try cache.listEnds(order: order, limit: 1, group: group, wholeUpTo: 0, scanFactor: 1)
        if order.key == .title || order.key == .section {
            #expect(ends == nil)
        } else {
            let id = listed.first { Language(tag: $0.language).group == group }?.id
            #expect(ends?.head == [try #require(id)])
        }
    }

    /// Each tag's rows by date and by language, either way, come from a language index in order:
    /// only the merge of a few hundred rows a tag sorts.
    @Test(arguments: ArticleCacheListOrderTests.orders.filter { $0.key == .date || $0.key == .language })
    func eachTagsRowsSortNothing(order: ListOrder) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        for clause in [ArticleCache.orderClause(order), ArticleCache.reversedOrderClause(order)] {
            let plan = try cache.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(ArticleCache.tagHead(clause))", arguments: ["fa", 40])
                    .map { $0["detail"] as String }.joined(separator: "\n")
            }
            #expect(plan.contains("USING INDEX article_by_language"), "\(clause):\n\(plan)")
            #expect(!plan.contains("TEMP B-TREE"), "\(clause):\n\(plan)")
        }
    }

    /// The counts per language the syncs keep match a count of the articles after a sync that adds
    /// an article, changes one's language, removes one and finds one unreadable, after syncs of named
    /// paths (the watch's) that add and remove, and after the cache is emptied.
    @Test func theLanguageCountsFollowEverySync() throws {
        let (cache, feed, folder) = try ArticleCacheListOrderTests().syncedCache()
        defer { withExtendedLifetime(folder) {} }
        let tally = { (sql: String) in
            try cache.pool.read { db in
                try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: sql).map { ($0[0] as String, $0[1] as Int) })
            }
        }
        let counts = { try tally("SELECT language, count FROM language_count WHERE count > 0") }
        let counted = { try tally("SELECT language, count(*) FROM article GROUP BY language") }
        #expect(try counts() == counted())
        #expect(try counts().values.reduce(0, +) == ArticleCacheListOrderTests.exports.count)

        _ = try feed.write(
            "i.txt", Export.text(title: "آتش‌بس 🕊", date: "1405-09-15", body: ["د اوبو ویش e\u{301} 新闻 ښار کې"]))
        // The English article becomes a Persian one.
        _ = try feed.write(
            "a.txt", Export.text(title: "هوای کابل", date: "02/21/2016", body: ["برف در شهر بارید و راه‌ها بسته شد."]))
        try FileManager.default.removeItem(at: feed.url.appendingPathComponent("h.txt"))
        // An article whose file is emptied leaves the cache as unreadable.
        _ = try feed.write("b.txt", "")
        let report = try cache.sync(feeds: [feed.url])
        #expect(report.new == 1 && report.changed == 1 && report.removed == 1, "\(report)")
        #expect(report.unreadable.map(\.path) == [feed.url.appendingPathComponent("b.txt").path], "\(report)")
        #expect(try counts() == counted())
        #expect(try cache.count() == ArticleCacheListOrderTests.exports.count - 1)

        let pashto = try feed.write(
            "j.txt",
            Export.text(title: "د ښار خبرونه", date: "2019-01-01", body: ["په ښار کې خلک ډېر دي او لارې خلاصې دي."]))
        let watched = try cache.sync(paths: [pashto.path], feeds: [feed.url])
        #expect(watched.new == 1, "\(watched)")
        #expect(try counts() == counted())
        #expect(try cache.count() == ArticleCacheListOrderTests.exports.count)
        let gone = feed.url.appendingPathComponent("i.txt")
        try FileManager.default.removeItem(at: gone)
        let removed = try cache.sync(paths: [gone.path], feeds: [feed.url])
        #expect(removed.removed == 1, "\(removed)")
        #expect(try counts() == counted())
        #expect(try cache.count() == ArticleCacheListOrderTests.exports.count - 1)

        try cache.pool.write { db in try ArticleCache.empty(db) }
        #expect(try counts().isEmpty)
        #expect(try cache.count() == 0)
    }

    /// A cache made before the counts gets them from its articles when it opens.
    @Test func anOlderCacheIsCountedWhenItOpens() throws {
        let (cache, _, folder) = try ArticleCacheListOrderTests().syncedCache()
        try cache.pool.write { db in
            try db.execute(
                sql: """
                    DROP TABLE language_count;
                    DELETE FROM grdb_migrations WHERE identifier = 'language-counts';
                    """)
        }
        let reopened = try ArticleCache(directory: folder.url)
        #expect(try reopened.count() == ArticleCacheListOrderTests.exports.count)
        let persian = try reopened.listEnds(order: .newestFirst, limit: 10, group: .persian)
        #expect(persian?.count == (try cache.list().filter { Language(tag: $0.language).group == .persian }.count))
    }

    /// The read marks among a group's rows, whatever else the marks hold.
    @Test(arguments: groups)
    func theMarksOfAGroupAreCounted(group: Language.Group) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let listed = try cache.list()
        let marked = Set(listed.enumerated().filter { $0.offset % 2 == 0 }.map(\.element.id) + [999_999])
        let expected = listed.filter { marked.contains($0.id) && Language(tag: $0.language).group == group }.count
        #expect(try cache.count(of: marked, in: group) == expected)
        #expect(try cache.count(of: [], in: group) == 0)
    }
}
