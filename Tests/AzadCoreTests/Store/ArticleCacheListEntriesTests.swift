import Foundation
import GRDB
import Testing

@testable import AzadCore

/// The list read compactly: ids and languages in each order, and the summaries of a few ids.
@Suite struct ArticleCacheListEntriesTests {
    @Test(arguments: ArticleCacheListOrderTests.orders)
    func entriesAreTheListsIdsAndLanguagesInOrder(order: ListOrder) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let listed = try cache.list(order: order)
        let entries = try cache.listEntries(order: order)
        #expect(Array(entries.ids) == listed.map(\.id))
        #expect(entries.languageIndexes.map { entries.languages[Int($0)] } == listed.map(\.language))
        #expect(Set(entries.languages).count == entries.languages.count, "each tag once")
        #expect(Array(try cache.listEntries(order: order, limit: 3).ids) == Array(listed.prefix(3)).map(\.id))
        #expect(try cache.listEntries(order: order, limit: 0).ids.isEmpty)
    }

    /// The first screen of the list by date, either way, walks the date index and sorts nothing:
    /// the first frame of a million articles reads a few dozen rows.
    @Test(arguments: [false, true])
    func theFirstRowsByDateSortNothing(reversed: Bool) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let order = ArticleCache.orderClause(ListOrder(key: .date, reversed: reversed))
        let plan = try cache.pool.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT a.id, a.language FROM article a ORDER BY \(order) LIMIT 40"
            ).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("article_by_date"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
    }

    /// The whole list by date, either way, comes from the date index alone (it holds the language):
    /// no article's row is read for it but a PDF's, through the PDFs' own index.
    @Test(arguments: [false, true])
    func theWholeListByDateReadsTheIndexAlone(reversed: Bool) throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let sql = ArticleCache.listEntriesSQL(order: ListOrder(key: .date, reversed: reversed))
        let plan = try cache.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(sql)").map { $0["detail"] as String }
        }
        #expect(plan.first == "SCAN a USING COVERING INDEX article_by_date", "\(plan)")
        #expect(plan.contains { $0.contains("SCAN a USING INDEX article_pdf") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    /// The count reads the PDFs alone through their index, never every article's path.
    @Test func theCountLooksForTwinsAmongThePDFsAlone() throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        #expect(try cache.count() == ArticleCacheListOrderTests.exports.count)
        let plan = try cache.pool.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(ArticleCache.listedCount)")
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("article_pdf"), "\(plan)")
        #expect(!plan.contains("SCAN a\n") && !plan.hasSuffix("SCAN a"), "\(plan)")
    }

    @Test func summariesOfIdsKeepTheirOrderAndLeaveOutIdsNotInTheCache() throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let listed = try cache.list()
        let asked = [listed[3].id, 999_999, listed[0].id, listed[5].id]
        #expect(try cache.summaries(ids: asked) == [listed[3], listed[0], listed[5]])
        #expect(try cache.summaries(ids: []).isEmpty)
    }

    @Test func summariesOfManyIdsAreReadInBatches() throws {
        let (cache, _, _) = try ArticleCacheListOrderTests().syncedCache()
        let listed = try cache.list()
        // More ids than one statement binds, most of them not in the cache.
        let asked = (0..<1_200).map { Int64(100_000 + $0) } + listed.map(\.id).reversed()
        #expect(try cache.summaries(ids: asked) == listed.reversed())
    }

    @Test(arguments: [
        ["fa", "en", "fa", "ps", "de", "en"], ["zh-Hant", "ar", "ur", "zh-Hant"], [String](),
    ])
    func entriesOfSummariesShareEachTag(_ languages: [String]) {
        let summaries = languages.enumerated().map {
            ArticleSummary(id: Int64($0.offset * 7), path: "/p\($0.offset)", title: "t", language: $0.element)
        }
        let entries = ListEntries(summaries)
        #expect(Array(entries.ids) == summaries.map(\.id))
        #expect(entries.languageIndexes.map { entries.languages[Int($0)] } == languages)
        #expect(entries.languages.count == Set(languages).count)
    }
}
