import AzadCore
import Foundation
import Testing

/// Inputs far larger than any real export: they must work, and in bounded time.
@Suite("Large input")
struct LargeInputTests {
    /// Seconds a large-input step may take: generous for a debug build on a machine busy with other
    /// builds and the rest of the suite running in parallel, ten times that under a sanitizer
    /// (`scripts/sanitize` sets `AZAD_SANITIZER`), which slows everything down several times over.
    /// These bounds catch a quadratic blow-up, not a slow percent; README gives release timings.
    static func budget(_ seconds: Double) -> Duration {
        .seconds(ProcessInfo.processInfo.environment["AZAD_SANITIZER"] == nil ? seconds : seconds * 10)
    }

    static let unbreakable: [(name: String, unit: String)] = [
        ("Latin letters", "x"),
        ("Persian letters", "ب"),
        ("CJK ideographs", "喀"),
        ("emoji", "🇦🇫"),
        ("letters with combining marks", "e\u{301}"),
    ]

    @Test("a 1 MB line with no break point wraps at the width", arguments: unbreakable)
    func megabyteLineWraps(name: String, unit: String) throws {
        let count = 1_048_576 / unit.utf8.count
        let text = String(repeating: unit, count: count)
        let unitWidth = DisplayWidth.of(unit)
        let width = 80
        let clock = ContinuousClock()
        var lines: [VisualLine] = []
        let elapsed = clock.measure { lines = ParagraphLayout.lines(text, width: width) }
        let perLine = width / unitWidth
        #expect(lines.count == (count + perLine - 1) / perLine)
        #expect(lines.dropLast().allSatisfy { $0.width == perLine * unitWidth })
        #expect(lines.reduce(0) { $0 + $1.text.count } == count)
        #expect(elapsed < Self.budget(20), "\(name): \(elapsed)")
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

    /// A 5 MB export (fifty times a long real one) syncs within budget and opens at once. The 50 MB case
    /// of the hardening issue is measured by hand (README, "Hardening and fuzzing"): at ten times the
    /// size it would cost CI minutes in each of its three test runs.
    @Test("a 5 MB export syncs in seconds, and its article lays out")
    func fiveMegabyteExportSyncs() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let file = feed.appendingPathComponent("huge.txt")
        try Self.export(bytes: 5_000_000).write(to: file, atomically: true, encoding: .utf8)
        let cache = try ArticleCache(directory: scratch.file("cache"))
        let clock = ContinuousClock()
        var report = SyncReport()
        let elapsed = try clock.measure { report = try cache.sync(feeds: [feed]) }
        #expect(report.new == 1)
        #expect(report.unreadable.isEmpty)
        #expect(elapsed < Self.budget(120), "sync took \(elapsed)")
        let article = try #require(try cache.article(path: file.path))
        #expect(article.title == "گزارش بلند از کابل")
        #expect(article.blocks.count > 35_000)
        #expect(try cache.search("ferry").count == 1)
        // The reader lays out only what is on screen: the first blocks of the article, at once.
        let opening = Article(
            path: article.path, title: article.title, authors: article.authors, language: article.language,
            blocks: Array(article.blocks.prefix(50)))
        let laidOut = clock.measure { #expect(ArticleLayout.lines(for: opening, width: 80).count > 50) }
        #expect(laidOut < Self.budget(2))
    }
}
