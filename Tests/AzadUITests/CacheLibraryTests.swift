import AzadCore
import Foundation
import Testing

@testable import AzadUI

@Suite struct CacheLibraryTests {
    let root: URL
    let feed: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-library-\(UUID().uuidString)")
        feed = root.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        for (name, text) in [
            ("a.txt", "Water report\n\n2016-02-21\n\nThe river rose.\n"),
            ("b.txt", "گزارش آب\n\n2016-02-22\n\nرودخانه بالا آمد و می‌شود دید.\n"),
        ] {
            try Data(text.utf8).write(to: feed.appendingPathComponent(name))
        }
    }

    @Test func servesSummariesSearchAndFoldedMatchRanges() throws {
        let cache = try ArticleCache(directory: root.appendingPathComponent("cache"))
        let library = CacheLibrary(cache: cache, feeds: [feed])
        let fractions = Fractions()
        try library.sync { fractions.append($0) }
        #expect(fractions.values.last == 1)
        #expect(try library.summaries().map(\.title) == ["گزارش آب", "Water report"])
        let hit = try #require(try library.search("میشود", limit: 10).first)
        let article = try #require(try library.article(id: hit.summary.id))
        let ranges = library.matchRanges(of: "میشود", in: article)
        #expect(ranges.mapValues { $0.map { String(article.blocks[0].text[$0]) } } == [0: ["می‌شود"]])
        #expect(try library.rawText(of: hit.summary).contains("رودخانه"))
    }

    @Test(arguments: [("riv", "Water report"), ("رودخان", "گزارش آب"), ("Water rep", "Water report")])
    func searchResultsFollowAWordStillBeingTyped(_ typed: String, _ title: String) throws {
        let cache = try ArticleCache(directory: root.appendingPathComponent("cache"))
        let library = CacheLibrary(cache: cache, feeds: [feed])
        try library.sync { _ in }
        let reader = Reader(library: library, memory: TransientReadingMemory(), width: 100, height: 30)
        reader.start()
        reader.handle(.character("/"))
        for character in typed { reader.handle(.character(character)) }
        #expect(reader.state.rows.map(\.title) == [title])
    }

    @Test func readingMarksSurviveACacheRebuild() throws {
        let state = try ReadingState(directory: root.appendingPathComponent("data"))
        let first = try ArticleCache(directory: root.appendingPathComponent("cache-1"))
        _ = try first.sync(feeds: [feed])
        let memory = CacheReadingMemory(state: state, cache: first)
        let water = try #require(try first.list().first { $0.title == "Water report" })
        var record = ReadingRecord()
        record.read = [water.id]
        record.starred = [water.id]
        record.lastArticle = water.id
        record.lastScroll = 7
        record.mastheadLanguage = "en"
        try memory.save(record)

        // A new cache, whose ids need not match the old ones.
        let second = try ArticleCache(directory: root.appendingPathComponent("cache-2"))
        _ = try second.sync(feeds: [feed])
        let loaded = CacheReadingMemory(state: state, cache: second).load()
        let newID = try #require(try second.id(path: water.path))
        #expect(loaded.read == [newID])
        #expect(loaded.starred == [newID])
        #expect(loaded.lastArticle == newID)
        #expect(loaded.lastScroll == 7)
        #expect(loaded.mastheadLanguage == "en")

        record.read = []
        try CacheReadingMemory(state: state, cache: second).save(record)
        #expect(try state.readPaths().isEmpty)
    }
}

/// Progress fractions collected from another thread.
final class Fractions: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Double] = []
    func append(_ value: Double) { lock.withLock { stored.append(value) } }
    var values: [Double] { lock.withLock { stored } }
}
