import Foundation
import GRDB
import Testing

@testable import AzadCore

/// Contributors in the cache: kept with their roles, every name searchable, and a cache written
/// before the roles were stored emptied for the next sync to rebuild.
@Suite struct ContributorCacheTests {
    static let export =
        [
            Fixture.masthead("اجتماعی"), "گزارشی از بازار کتاب", "نویسنده: مینا رحیمی\nبرگردان: Sara Lind / 李明",
            "کتاب‌فروشان کابل از روزهای سخت و امید به آینده می‌گویند و خریداران تازه را خوش‌آمد می‌گویند.",
        ].joined(separator: "\n\n") + "\n"

    @Test func rolesSurviveTheCacheAndEveryNameIsFound() throws {
        let folder = try TemporaryDirectory()
        let feed = try folder.subdirectory("feed")
        try Data(Self.export.utf8).write(to: feed.appendingPathComponent("book.txt"))
        let cache = try ArticleCache(directory: folder.url.appendingPathComponent("cache"))
        _ = try cache.sync(feeds: [feed])
        let expected = [
            Contributor(name: "مینا رحیمی", role: .author), Contributor(name: "Sara Lind", role: .translator),
            Contributor(name: "李明", role: .translator),
        ]
        let summary = try #require(try cache.list().first)
        #expect(summary.authors == ["مینا رحیمی"])
        #expect(summary.contributors == expected)
        #expect(try cache.article(id: summary.id)?.contributors == expected)
        for name in ["رحیمی", "lind", "李明"] {
            #expect(try cache.search(name).map(\.summary.id) == [summary.id], "\(name)")
        }
        // Removing the export takes every name out of the index with it.
        try FileManager.default.removeItem(at: feed.appendingPathComponent("book.txt"))
        _ = try cache.sync(feeds: [feed])
        #expect(try cache.search("lind").isEmpty)
    }

    @Test func aCacheWithoutRolesEmptiesItselfForTheNextSync() throws {
        let folder = try TemporaryDirectory()
        let directory = folder.url.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pool = try DatabasePool(path: directory.appendingPathComponent("cache.sqlite").path)
        try ArticleCache.migrator.migrate(pool, upTo: "search")
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article(path, size, modified, hash, title, authors, language, warnings)
                    VALUES ('/old/book.txt', 1, 1, 1, 'old', 'Sara Lind', 'fa', '')
                    """)
            try db.execute(
                sql: "INSERT INTO meta(key, value) VALUES('folding', ?)", arguments: [String(Folding.version)])
        }
        try pool.close()
        let cache = try ArticleCache(directory: directory)
        #expect(try cache.count() == 0)
        let feed = try folder.subdirectory("feed")
        try Data(Self.export.utf8).write(to: feed.appendingPathComponent("book.txt"))
        let report = try cache.sync(feeds: [feed])
        #expect(report.new == 1)
        #expect(try cache.list().first?.contributors.map(\.role) == [.author, .translator, .translator])
    }
}
