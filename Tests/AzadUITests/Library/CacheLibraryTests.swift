import AzadCore
import Foundation
import Testing

@testable import AzadUI

@Suite final class CacheLibraryTests {
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

    deinit { try? FileManager.default.removeItem(at: root) }

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
        record.mastheadLanguage = .english
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
        #expect(loaded.mastheadLanguage == .english)

        record.read = []
        try CacheReadingMemory(state: state, cache: second).save(record)
        #expect(try state.readPaths().isEmpty)
    }

    /// Two readers open on one cache: each saves what it changed and leaves the other's marks alone.
    @Test func aSaveKeepsMarksAnotherReaderMade() throws {
        let state = try ReadingState(directory: root.appendingPathComponent("data"))
        let cache = try ArticleCache(directory: root.appendingPathComponent("cache"))
        _ = try cache.sync(feeds: [feed])
        let water = try #require(try cache.list().first { $0.title == "Water report" })
        let persian = try #require(try cache.list().first { $0.title == "گزارش آب" })
        let first = CacheReadingMemory(state: state, cache: cache)
        let second = CacheReadingMemory(state: state, cache: cache)
        var firstRecord = first.load()
        var secondRecord = second.load()

        firstRecord.read.insert(water.id)
        try first.save(firstRecord)
        secondRecord.starred.insert(persian.id)
        secondRecord.lastArticle = persian.id
        secondRecord.lastScroll = 3
        try second.save(secondRecord)

        #expect(try state.readPaths() == [water.path])
        #expect(try state.starredPaths() == [persian.path])
        #expect(try state.lastPosition() == ReadingState.Position(path: persian.path, line: 3))

        // Unmarking writes too.
        firstRecord.read.remove(water.id)
        try first.save(firstRecord)
        #expect(try state.readPaths().isEmpty)
        #expect(try state.starredPaths() == [persian.path])
    }
}

/// Progress fractions collected from another thread.
final class Fractions: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Double] = []
    func append(_ value: Double) { lock.withLock { stored.append(value) } }
    var values: [Double] { lock.withLock { stored } }
}

/// A search whose first screen of hits is read before the rest: the same hits, in the same order, as
/// read all at once.
@Suite struct CacheLibraryFirstHitsTests {
    @Test(arguments: ["rain", "باران", "بارا*", "雨", "cafe\u{301}", "ra*"])
    func theFirstHitsComeFirstAndTheWholeIsTheSame(word: String) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("azad-head-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let feed = scratch.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        // Twelve articles, the word more often in some: ranks differ, and some tie.
        let stem = word.hasSuffix("*") ? String(word.dropLast()) + "n" : word
        for index in 0..<12 {
            let text =
                "Note \(index) \(String(repeating: "\(stem) ", count: 1 + index % 4))\n\n2016-02-\(10 + index)\n\n"
                + "\(stem) 🌧 and \u{7}more \(stem).\n"
            try Data(text.utf8).write(to: feed.appendingPathComponent("\(index).txt"))
        }
        let library = CacheLibrary(
            cache: try ArticleCache(directory: scratch.appendingPathComponent("cache")), feeds: [feed])
        try library.sync { _ in }
        let whole = try library.search(word, limit: 500)
        #expect(whole.count == 12, "\(word)")
        for first in [0, 1, 5, 11] {
            var heads: [[SearchHit]] = []
            let hits = try library.search(word, limit: 500, first: first) { heads.append($0) }
            #expect(hits == whole, "\(word), first \(first)")
            #expect(heads == [Array(whole.prefix(first))], "\(word), first \(first)")
        }
        // All of them in the first screen: nothing comes before the whole.
        for first in [12, 40] {
            var heads: [[SearchHit]] = []
            #expect(try library.search(word, limit: 500, first: first) { heads.append($0) } == whole)
            #expect(heads.isEmpty, "\(word), first \(first)")
        }
        // A limit below the screen: the whole is the limit's.
        #expect(try library.search(word, limit: 3, first: 5) { _ in Issue.record("no head") } == Array(whole.prefix(3)))
    }
}
