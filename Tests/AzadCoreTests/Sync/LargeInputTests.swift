import Foundation
import Testing

@testable import AzadCore

/// Inputs far larger than any real export: they must work, and their cost must grow linearly.
///
/// Growth, not seconds: each test measures the CPU time of the same work at `n` and `10 n` on its own
/// thread, which holds in a debug build, under a sanitizer and on a loaded machine alike. Linear work
/// grows ten times; `linearBound` leaves room for noise and stays far below the hundred times of a
/// quadratic blow-up. Release timings of the whole pipeline are scripts/bench's.
@Suite("Large input")
struct LargeInputTests {
    /// The most a tenfold input may multiply the CPU time by.
    static let linearBound = 25.0

    static let unbreakable: [(name: String, unit: String)] = [
        ("Latin letters", "x"),
        ("Persian letters", "ب"),
        ("CJK ideographs", "喀"),
        ("emoji", "🇦🇫"),
        ("letters with combining marks", "e\u{301}"),
    ]

    @Test("a 1 MB line with no break point wraps at the width, in time linear in its length", arguments: unbreakable)
    func megabyteLineWraps(name: String, unit: String) throws {
        let unitWidth = DisplayWidth.of(unit)
        let width = 80
        let perLine = width / unitWidth
        var seconds: [Double] = []
        for bytes in [104_857, 1_048_576] {
            let count = bytes / unit.utf8.count
            let text = String(repeating: unit, count: count)
            var lines: [VisualLine] = []
            seconds.append(ThreadCPUTime.seconds { lines = ParagraphLayout.lines(text, width: width) })
            #expect(lines.count == (count + perLine - 1) / perLine)
            #expect(lines.dropLast().allSatisfy { $0.width == perLine * unitWidth })
            #expect(lines.reduce(0) { $0 + $1.text.count } == count)
        }
        #expect(
            seconds[1] < seconds[0] * Self.linearBound,
            "\(name): \(seconds[0]) s for 100 KiB, \(seconds[1]) s for 1 MiB")
    }

    /// An export of `bytes`: the masthead, a title, and paragraphs in Persian and English until it is that big.
    static func export(bytes: Int) -> String {
        var text = "افغانستان آزاد ــ آزاد افغانستان\n\nAA-AA\n\nwww.afgazad.com\tafgazad@gmail.com\nسیاسی\n\n"
        text += "گزارش بلند از کابل\n\nنویسنده: مینا رحیمی\n\n"
        let paragraphs = [
            "باران از شب پیش باریده بود و کوچه‌های شهر کهنه زیر نور کم‌رنگ چراغ‌ها خاموش و خیس بودند.",
            "The ferry left at dawn, and by noon the harbour was empty except for gulls and a few nets.",
            "در بازار، دکان‌داران پیش از آفتاب دکان‌ها را گشودند و بوی نان تازه در هوا پیچید.",
        ]
        var index = 0
        while text.utf8.count < bytes {
            text += paragraphs[index % paragraphs.count] + " " + String(index) + "\n\n"
            index += 1
        }
        return text
    }

    /// What syncing one export of `bytes` costs: the CPU time of preparing it (reading, parsing,
    /// encoding and folding, as a `ParsePool` thread does) and of the sync on this thread (walking and
    /// writing, the parse waited for), with the cache it made and the export's path.
    static func sync(bytes: Int) throws -> (prepare: Double, write: Double, cache: ArticleCache, path: String) {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let file = feed.appendingPathComponent("huge.txt")
        try Self.export(bytes: bytes).write(to: file, atomically: true, encoding: .utf8)
        let work = SyncPlan.Work(file: FeedWalker.File(path: file.path, size: Int64(bytes), modified: 0), existing: nil)
        var outcome: ParsePool.Outcome? = nil
        let prepare = ThreadCPUTime.seconds { outcome = ParsePool.prepare(work) }
        guard case .parsed = outcome else {
            Issue.record("the export did not parse: \(String(describing: outcome))")
            return (prepare, 0, try ArticleCache(directory: scratch.file("cache")), file.path)
        }
        let cache = try ArticleCache(directory: scratch.file("cache"))
        var report = SyncReport()
        let write = try ThreadCPUTime.seconds { report = try cache.sync(feeds: [feed]) }
        #expect(report.new == 1)
        #expect(report.unreadable.isEmpty)
        return (prepare, write, cache, file.path)
    }

    /// A 5 MB export (fifty times a long real one) syncs, opens, and costs ten times a 500 KB one.
    /// The 50 MB case of the hardening issue is measured by hand (README, "Hardening and fuzzing"): at
    /// ten times the size it would cost CI minutes in each of its three test runs.
    @Test("a 5 MB export syncs in time linear in its size, and its article lays out")
    func fiveMegabyteExportSyncs() throws {
        let small = try Self.sync(bytes: 500_000)
        let large = try Self.sync(bytes: 5_000_000)
        #expect(large.prepare < small.prepare * Self.linearBound, "prepare: \(small.prepare) s, \(large.prepare) s")
        #expect(large.write < small.write * Self.linearBound, "write: \(small.write) s, \(large.write) s")
        let article = try #require(try large.cache.article(path: large.path))
        #expect(article.title == "گزارش بلند از کابل")
        #expect(article.blocks.count > 35_000)
        #expect(try large.cache.search("ferry").count == 1)
        // The reader lays out only what is on screen: the first blocks of the article, whatever its size.
        let opening = Article(
            path: article.path, title: article.title, authors: article.authors, language: article.language,
            blocks: Array(article.blocks.prefix(50)))
        #expect(ArticleLayout.lines(for: opening, width: 80).count > 50)
    }
}
