import Foundation
import GRDB
import Testing

@testable import AzadCore

@Suite struct ArticleCacheTests {
    let feed: TemporaryDirectory
    let cacheDirectory: TemporaryDirectory

    init() throws {
        feed = try TemporaryDirectory()
        cacheDirectory = try TemporaryDirectory()
    }

    func openCache() throws -> ArticleCache { try ArticleCache(directory: cacheDirectory.url) }

    @Test func syncReportsNewChangedRemovedAndUnreadable() throws {
        let cache = try openCache()
        try feed.write("2016/one.txt", Export.text(title: "Kabul weather report", body: ["Snow fell on the city."]))
        try feed.write("2016/two.txt", Export.text(title: "گزارش هوای کابل", body: ["برف بارید."]))
        let gone = try feed.write("2017/three.txt", Export.text(title: "Herat market", body: ["Prices rose."]))
        var report = try cache.sync(feeds: [feed.url])
        #expect((report.new, report.changed, report.removed, report.unreadable.count) == (3, 0, 0, 0))
        #expect(try cache.count() == 3)

        let changed = try feed.write(
            "2016/one.txt", Export.text(title: "Kabul weather report", body: ["Rain instead, and floods."]))
        try setModified(changed, secondsAgo: 10)
        try FileManager.default.removeItem(at: gone)
        // A file with nothing but the masthead is not an article.
        try feed.write("2017/empty.txt", "\n\n")
        report = try cache.sync(feeds: [feed.url])
        #expect((report.new, report.changed, report.removed) == (0, 1, 1))
        #expect(report.unreadable.map(\.path) == [feed.url.appendingPathComponent("2017/empty.txt").path])
        #expect(try cache.count() == 2)

        // The index follows: the old body's words are gone, the new ones found.
        #expect(try cache.search("snow").isEmpty)
        #expect(try cache.search("floods").map(\.summary.title) == ["Kabul weather report"])
        #expect(try cache.search("herat").isEmpty)
        try expectIndexIntact(cache)

        // Nothing changed: no file is read again, and the unreadable one is still named.
        report = try cache.sync(feeds: [feed.url])
        #expect((report.new, report.changed, report.removed, report.unchanged) == (0, 0, 0, 2))
        #expect(report.unreadable.count == 1)
    }

    @Test func quickSyncSeesNewFilesButLeavesInPlaceEditsToAFullSync() throws {
        let cache = try openCache()
        let file = try feed.write("2016/a.txt", Export.text(title: "Quick", body: ["First words."]))
        #expect(try cache.sync(feeds: [feed.url], depth: .quick).new == 1)
        #expect(try cache.sync(feeds: [feed.url], depth: .quick).unchanged == 1)
        try feed.write("2016/b.txt", Export.text(title: "Added", body: ["More words."]))
        #expect(try cache.sync(feeds: [feed.url], depth: .quick).new == 1)
        // Times an hour old: a walk trusts fingerprints only of what did not change within the
        // clock's grain of it (RacyFingerprintTests).
        var hourAgo = [timespec](
            repeating: timespec(tv_sec: Int(Date().timeIntervalSince1970) - 3600, tv_nsec: 0), count: 2)
        for path in ["2016/a.txt", "2016/b.txt", "2016", ""] {
            #expect(utimensat(AT_FDCWD, feed.url.appendingPathComponent(path).path, &hourAgo, 0) == 0)
        }
        #expect(try cache.sync(feeds: [feed.url]).touched == 2)
        // Rewritten in place: the folder's time does not change.
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(Export.text(title: "Quick", body: ["Second words."]).utf8))
        try handle.close()
        let quick = try cache.sync(feeds: [feed.url], depth: .quick)
        #expect(quick.changed == 0, "\(quick)")
        #expect(try cache.sync(feeds: [feed.url], depth: .full).changed == 1)
        #expect(try cache.search("second").count == 1)
    }

    /// The quick sync re-stats the folders the last sync found instead of reading them; each change
    /// here alters some folder's time, so each must still be seen. Folder times are set back first:
    /// the file system's clock is coarse, and a change in the same tick as the sync would hide.
    @Test(arguments: [
        "a new folder tree, two levels deep", "a folder removed", "a folder renamed", "a file added behind a symlink",
    ])
    func quickSyncSeesEveryFolderChangeWithoutReadingFolders(change: String) throws {
        let cache = try openCache()
        let elsewhere = try TemporaryDirectory()
        try feed.write("2016/01/a.txt", Export.text(title: "یکم", body: ["نخستین واژه‌ها."]))
        try feed.write("2016/02/b.txt", Export.text(title: "Zweite", body: ["Gesprächsrunde."]))
        try elsewhere.write("c.txt", Export.text(title: "三", body: ["Linked words 🙂."]))
        try FileManager.default.createSymbolicLink(
            at: feed.url.appendingPathComponent("linked"), withDestinationURL: elsewhere.url)
        for folder in ["", "2016", "2016/01", "2016/02"] {
            try setModified(feed.url.appendingPathComponent(folder), secondsAgo: 100)
        }
        try setModified(elsewhere.url, secondsAgo: 100)
        #expect(try cache.sync(feeds: [feed.url], depth: .quick).new == 3)
        #expect(try cache.sync(feeds: [feed.url], depth: .quick).unchanged == 3)

        let expected: (new: Int, removed: Int)
        switch change {
        case "a new folder tree, two levels deep":
            try feed.write("2017/05/d.txt", Export.text(title: "Neu", body: ["Neue Wörter."]))
            expected = (1, 0)
        case "a folder removed":
            try FileManager.default.removeItem(at: feed.url.appendingPathComponent("2016/02"))
            expected = (0, 1)
        case "a folder renamed":
            try FileManager.default.moveItem(
                at: feed.url.appendingPathComponent("2016/01"), to: feed.url.appendingPathComponent("2016/13"))
            expected = (1, 1)
        default:
            try elsewhere.write("e.txt", Export.text(title: "Behind", body: ["A link's folder changed."]))
            expected = (1, 0)
        }
        let report = try cache.sync(feeds: [feed.url], depth: .quick)
        #expect((report.new, report.removed) == expected, "\(report)")
        #expect(try cache.sync(feeds: [feed.url], depth: .quick).unchanged == 3 + expected.new - expected.removed)
    }

    /// A cache synced before the folder list was kept gets one at its next quick sync, even when
    /// nothing changed, so the one after reads no folder.
    @Test func aQuickSyncKeepsAMissingFolderList() throws {
        let cache = try openCache()
        try feed.write("2016/05/a.txt", Export.text(title: "پښتو", body: ["لومړی متن."]))
        #expect(try cache.sync(feeds: [feed.url]).new == 1)
        let stored = "SELECT value FROM meta WHERE key = 'folderlist'"
        let list = try cache.pool.read { try Data.fetchOne($0, sql: stored) }
        #expect(
            list.map(FeedWalker.decode(folders:)) == [
                feed.url.path, feed.url.path + "/2016", feed.url.path + "/2016/05",
            ])
        try cache.pool.write { try $0.execute(sql: "DELETE FROM meta WHERE key = 'folderlist'") }
        #expect(try cache.sync(feeds: [feed.url], depth: .quick).unchanged == 1)
        #expect(try cache.pool.read { try Data.fetchOne($0, sql: stored) } == list)
    }

    @Test func theGenerationGrowsWithEverySyncThatWrites() throws {
        let cache = try openCache()
        #expect(try cache.generation() == 0)
        try feed.write("a.txt", Export.text(title: "Одна", body: ["Первые слова."]))
        _ = try cache.sync(feeds: [feed.url])
        #expect(try cache.generation() == 1)
        _ = try cache.sync(feeds: [feed.url])
        _ = try cache.sync(feeds: [feed.url], depth: .quick)
        #expect(try cache.generation() == 1, "nothing changed, nothing written")
        try feed.write("b.txt", Export.text(title: "二つ目", body: ["言葉 🙂."]))
        _ = try cache.sync(feeds: [feed.url])
        #expect(try ArticleCache(directory: cacheDirectory.url).generation() == 2, "seen by another connection")
    }

    @Test func touchedFileWithSameContentIsNotReparsed() throws {
        let cache = try openCache()
        let file = try feed.write("a.txt", Export.text(title: "Touched", body: ["Same words."]))
        _ = try cache.sync(feeds: [feed.url])
        let id = try #require(try cache.id(path: file.path))
        try setModified(file, secondsAgo: 100)
        let report = try cache.sync(feeds: [feed.url])
        #expect((report.touched, report.changed, report.new) == (1, 0, 0))
        #expect(try cache.id(path: file.path) == id)
        #expect(try cache.search("same words").count == 1)
    }

    @Test func symlinkLoopIsWalkedOnce() throws {
        let cache = try openCache()
        try feed.write("inner/a.txt", Export.text(title: "Loop", body: ["Only once."]))
        try FileManager.default.createSymbolicLink(
            at: feed.url.appendingPathComponent("inner/back"), withDestinationURL: feed.url)
        try FileManager.default.createSymbolicLink(
            at: feed.url.appendingPathComponent("self"), withDestinationURL: feed.url.appendingPathComponent("self"))
        let report = try cache.sync(feeds: [feed.url])
        #expect(report.new == 1)
        #expect(try cache.count() == 1)
    }

    @Test func missingFeedIsNamedAndChangesNothing() throws {
        let cache = try openCache()
        try feed.write("a.txt", Export.text(title: "Kept", body: ["Still here."]))
        _ = try cache.sync(feeds: [feed.url])
        let missing = feed.url.appendingPathComponent("no-such-folder")
        #expect(throws: ArticleCacheError.missingFeed(missing.path)) {
            try cache.sync(feeds: [feed.url, missing])
        }
        #expect(try cache.count() == 1)
    }

    @Test func titleMatchRanksAboveBodyMatches() throws {
        let cache = try openCache()
        try feed.write(
            "body.txt",
            Export.text(
                title: "Market prices", body: ["The pomegranate harvest, pomegranate juice, pomegranate seeds."]))
        try feed.write("title.txt", Export.text(title: "Pomegranate season", body: ["The harvest began early."]))
        _ = try cache.sync(feeds: [feed.url])
        let hits = try cache.search("pomegranate")
        try #require(hits.count == 2)
        #expect(hits.map(\.summary.title) == ["Pomegranate season", "Market prices"])
        #expect(hits[1].snippet.contains("pomegranate"))
    }

    @Test func searchFindsPersianAcrossSpellingVariants() throws {
        let cache = try openCache()
        try feed.write(
            "fa.txt", Export.text(title: "گفت‌وگوی سیاسی", body: ["این کتاب‌ها خوانده می‌شود. شمارهٔ ۱۴۶ از ايران"]))
        _ = try cache.sync(feeds: [feed.url])
        for query in ["میشود", "می شود", "می‌شود", "کتابها", "کتاب ها", "146", "ایران", "گفتوگوی", "كتابها"] {
            #expect(try cache.search(query).count == 1, "\(query)")
        }
        #expect(try cache.search("شمارهٔ").first?.snippet.contains("۱۴۶") == true)
    }

    @Test func wordsGluedToEmojiAreFound() throws {
        let cache = try openCache()
        try feed.write("e.txt", Export.text(title: "Weather", body: ["The rain🌧 fell on 東京🌧 and «کابل» all night."]))
        _ = try cache.sync(feeds: [feed.url])
        for query in ["rain", "rain🌧", "🌧rain", "東京", "کابل", "night"] {
            #expect(try cache.search(query).count == 1, "\(query)")
        }
    }

    @Test func articleRoundTripsThroughTheCache() throws {
        let cache = try openCache()
        let file = try feed.write(
            "2016/round.txt", Export.text(title: "Round trip", date: "02/21/2016", body: ["First.", "Second."]))
        _ = try cache.sync(feeds: [feed.url])
        let parsed = try ExportParser.parse(contentsOf: file)
        let cached = try #require(try cache.article(path: file.path))
        #expect(cached == parsed)
        let summary = try #require(try cache.list().first)
        #expect(try cache.article(id: summary.id) == parsed)
        #expect(summary.date == CivilDate(year: 2016, month: 2, day: 21))
    }

    @Test(arguments: [
        "2016/plain.txt", "2016/کابل ۱۴۶.txt", "2016/پښتو_ژبه.txt", "2016/東京 🌧.txt", "2016/cafe\u{301}.txt",
    ])
    func idsAndPathsAgreeWithTheList(name: String) throws {
        let cache = try openCache()
        try feed.write(name, Export.text(title: "Named after its file", body: ["Body."]))
        try feed.write("2016/other.txt", Export.text(title: "Another", body: ["Body."]))
        _ = try cache.sync(feeds: [feed.url])
        let summaries = try cache.list()
        #expect(summaries.count == 2)
        #expect(try cache.idsByPath() == Dictionary(uniqueKeysWithValues: summaries.map { ($0.path, $0.id) }))
        let named = try #require(summaries.first { $0.title == "Named after its file" })
        // An id not in the cache is left out rather than failing the lookup.
        #expect(try cache.paths(of: [named.id, -1]) == [named.id: named.path])
        #expect(try cache.paths(of: [Int64]()).isEmpty)
    }

    @Test(arguments: ["market", "بازار", "می‌شود", "東京", "cafe\u{301}"])
    func searchWithoutSnippetsRanksTheSameHits(word: String) throws {
        let cache = try openCache()
        try feed.write("a.txt", Export.text(title: "First \(word)", body: ["\(word) \(word) in the body 🌧."]))
        try feed.write("b.txt", Export.text(title: "Second", body: ["Once: \(word)."]))
        try feed.write("c.txt", Export.text(title: "Third", body: ["Nothing to find here."]))
        _ = try cache.sync(feeds: [feed.url])
        let full = try cache.search(SearchQuery(word), limit: 10)
        let bare = try cache.search(SearchQuery(word), limit: 10, snippets: false)
        #expect(full.count == 2)
        #expect(bare.map(\.summary) == full.map(\.summary))
        #expect(bare.map(\.rank) == full.map(\.rank))
        #expect(bare.allSatisfy { $0.snippet.isEmpty })
        #expect(full.allSatisfy { !$0.snippet.isEmpty })
    }

    @Test func listIsNewestFirstWithUndatedLast() throws {
        let cache = try openCache()
        try feed.write("a.txt", Export.text(title: "Older", date: "2015-01-02", body: ["x"]))
        try feed.write("b.txt", Export.text(title: "Newer", date: "2016-01-02", body: ["x"]))
        try feed.write("c.txt", Export.text(title: "Undated", body: ["x"]))
        _ = try cache.sync(feeds: [feed.url])
        #expect(try cache.list().map(\.title) == ["Newer", "Older", "Undated"])
        #expect(try cache.list(limit: 1).map(\.title) == ["Newer"])
    }

    @Test func foldingVersionChangeEmptiesTheCache() throws {
        var cache: ArticleCache? = try openCache()
        try feed.write("a.txt", Export.text(title: "Versioned", body: ["x"]))
        _ = try cache?.sync(feeds: [feed.url])
        try cache?.pool.write { db in try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'folding'") }
        cache = nil
        let reopened = try openCache()
        #expect(try reopened.count() == 0)
        #expect(try reopened.sync(feeds: [feed.url]).new == 1)
    }

    /// A body row whose article is gone (foreign keys were off when it was deleted) does not stop the
    /// next sync from giving a new article that id: the body is written with an upsert.
    @Test func leftoverBodyRowIsOverwrittenByANewArticle() throws {
        let cache = try openCache()
        try feed.write("2016/first.txt", Export.text(title: "First report", body: ["Snow fell on the pass."]))
        try feed.write("2016/second.txt", Export.text(title: "دومین گزارش", body: ["باران بارید."]))
        #expect(try cache.sync(feeds: [feed.url]).new == 2)
        let ids = try cache.idsByPath()
        let reused = try #require(ids.values.max())
        let path = try #require(ids.first { $0.value == reused }?.key)
        try cache.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "UPDATE body SET blocks = ? WHERE id = ?", arguments: [Data([1, 2, 3]), reused])
            try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [reused])
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            try db.execute(sql: "DELETE FROM meta WHERE key IN ('fingerprint', 'folders')")
        }
        #expect(try cache.sync(feeds: [feed.url]).new == 1)
        #expect(try cache.idsByPath()[path] == reused)
        let blocks = try cache.pool.read { db in
            try Data.fetchOne(db, sql: "SELECT blocks FROM body WHERE id = ?", arguments: [reused])
        }
        let text = BlockCodec.decode(try #require(blocks)).map(\.text).joined(separator: "\n")
        #expect(text.contains(path.hasSuffix("first.txt") ? "Snow fell on the pass." : "باران بارید."))
    }

    private func setModified(_ url: URL, secondsAgo: TimeInterval) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -secondsAgo)], ofItemAtPath: url.path)
    }

    private func expectIndexIntact(_ cache: ArticleCache) throws {
        try cache.pool.write { db in
            try db.execute(sql: "INSERT INTO article_search(article_search, rank) VALUES('integrity-check', 0)")
        }
    }
}
