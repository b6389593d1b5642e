import Foundation
import Testing

@testable import AzadCore

/// A feed of the site's PDFs through a real cache: synced, searched, listed once beside a text export.
@Suite struct PDFSyncTests {
    /// A feed folder holding the fixture PDFs, and `extra` fixture files, in a `pdf/` subfolder.
    static func feed(in scratch: ScratchFolder, extra: [String] = []) throws -> URL {
        let feed = scratch.file("feed")
        let folder = feed.appendingPathComponent("pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in PDFFixtureTests.articles.map({ "\($0).pdf" }) + extra {
            let target = folder.appendingPathComponent((name as NSString).lastPathComponent)
            try FileManager.default.copyItem(at: Fixture.url("pdf/\(name)"), to: target)
        }
        return feed
    }

    @Test func aFeedOfPDFsSyncsAndSearchesInPersianAndEnglish() throws {
        let scratch = ScratchFolder()
        let feed = try Self.feed(in: scratch)
        let cache = try ArticleCache(directory: scratch.file("cache"))
        let report = try cache.sync(feeds: [feed])
        #expect(report.new == 5)
        #expect(report.unreadable.isEmpty)
        let titles = Set(try cache.list().map(\.title))
        #expect(titles.contains("Night Buses Return To The Salang Pass"))
        #expect(titles.contains("د کونړ په غرونو کې د ژمي لومړۍ واوره"))
        // Persian folded as for exports: Arabic kaf and yeh find the Persian letters, ZWNJ or not.
        let persian = try cache.search("كارشناسان كشاورزي")
        #expect(persian.map(\.summary.path) == [feed.path + "/pdf/persian-pomegranate-harvest.pdf"])
        #expect(try cache.search("باغها").map(\.summary.path) == persian.map(\.summary.path))
        let english = try cache.search("ventilation")
        #expect(english.map(\.summary.path) == [feed.path + "/pdf/english-night-buses-salang.pdf"])
        #expect(try cache.search("Wasserleitungen").count == 1)
        // The masthead is not article text: every page has it, no article is found by it.
        #expect(try cache.search("afgazad").isEmpty)
        let article = try #require(try cache.article(path: english[0].summary.path))
        #expect(article.blocks.contains(Block(.heading, "A SAFER ROAD, FOR NOW")))
    }

    @Test func unreadablePDFsAreNamedAndTheRestIsSynced() throws {
        let scratch = ScratchFolder()
        let bad = ["encrypted-needs-password.pdf", "damaged-cut-short.pdf", "image-only-no-text-layer.pdf"]
        let feed = try Self.feed(in: scratch, extra: bad.map { "bad/\($0)" })
        let cache = try ArticleCache(directory: scratch.file("cache"))
        let report = try cache.sync(feeds: [feed])
        #expect(report.new == 5)
        // The path is the report's to name; the reason says why alone.
        #expect(
            report.unreadable.sorted { $0.path < $1.path } == [
                .init(
                    path: "\(feed.path)/pdf/damaged-cut-short.pdf",
                    reason: "the PDF is damaged, skipped: PDF document is damaged"),
                .init(
                    path: "\(feed.path)/pdf/encrypted-needs-password.pdf",
                    reason: "the PDF is encrypted (it needs a password), skipped"),
                .init(
                    path: "\(feed.path)/pdf/image-only-no-text-layer.pdf",
                    reason: "the PDF has no text layer (its pages are images), skipped"),
            ])
        #expect(try cache.list().count == 5)
        // Kept as unreadable until they change: a second sync reads none of them again.
        let again = try cache.sync(feeds: [feed])
        #expect(again.unchanged == 5)
        #expect(again.unreadable.count == 3)
    }

    @Test func aPDFAndTheTextExportOfTheSameArticleAreListedOnceAsTheExport() throws {
        let scratch = ScratchFolder()
        let feed = try Self.feed(
            in: scratch, extra: ["english-night-buses-salang.txt", "persian-pomegranate-harvest.txt"])
        let cache = try ArticleCache(directory: scratch.file("cache"))
        #expect(try cache.sync(feeds: [feed]).new == 7)
        let listed = try cache.list()
        #expect(listed.count == 5)
        // The reader's first frame counts before it lists: the two agree, and so do a language's.
        #expect(try cache.count() == 5)
        for group in Language.Group.allCases {
            let counted = try cache.pool.read { db in
                try ArticleCache.listedCount(db, tags: ArticleCache.languageTags(db, of: group))
            }
            #expect(counted == listed.filter { Language(tag: $0.language).isIn(group) }.count, "\(group)")
        }
        let paths = Set(listed.map { ($0.path as NSString).lastPathComponent })
        #expect(
            paths == [
                "english-night-buses-salang.txt", "persian-pomegranate-harvest.txt", "pashto-first-snow-in-kunar.pdf",
                "french-andkhoy-carpet-weavers.pdf", "german-herat-water-pipes.pdf",
            ])
        #expect(
            try cache.search("ventilation").map { ($0.summary.path as NSString).lastPathComponent } == [
                "english-night-buses-salang.txt"
            ])
        // The ids alone leave the hidden PDF out too.
        #expect(
            try cache.searchRanks(SearchQuery("ventilation"), limit: nil).map(\.id)
                == cache.search("ventilation").map(\.summary.id))
        // The PDF is still in the cache: `show` and the raw view can open it by its path.
        #expect(try cache.article(path: feed.path + "/pdf/english-night-buses-salang.pdf") != nil)
        // The export gone, the PDF is listed again.
        try FileManager.default.removeItem(at: feed.appendingPathComponent("pdf/english-night-buses-salang.txt"))
        _ = try cache.sync(feeds: [feed])
        #expect(
            try cache.search("ventilation").map { ($0.summary.path as NSString).lastPathComponent } == [
                "english-night-buses-salang.pdf"
            ])
        #expect(
            try cache.searchRanks(SearchQuery("ventilation"), limit: nil).map(\.id)
                == cache.search("ventilation").map(\.summary.id))
    }
}
