import Foundation
import Testing

@testable import AzadCore

/// A sync rejoins a split word no built-in list holds once another article of the archive writes
/// it whole, and not otherwise; through a real cache.
@Suite struct ArchiveRejoinTests {
    static let damaged = "unseen/fa-lapis-sellers-of-faizabad.extracted.txt"

    /// Another article, clean, that writes the unseen article's title and byline words whole.
    static let other = Export.text(
        title: "گفتگو با ملالی صدیقی",
        date: "۱۴ ثور ۱۴۰۴",
        body: ["لاجوردفروشان کهنه‌کار از راه‌های بدخشان می‌گویند.", "سنگ کبود در بازار کابل."])

    /// An article that holds none of those words.
    static let unrelated = Export.text(
        title: "باران بهاری در کابل", date: "۲ حمل ۱۴۰۴", body: ["باران در کوچه‌های شهر بارید."])

    struct Case: Sendable, CustomTestStringConvertible {
        /// Whether the article holding the words is synced with the damaged one or before it.
        var together: Bool
        var testDescription: String { together ? "in the same sync" : "in an earlier sync" }
    }

    @Test(arguments: [Case(together: true), Case(together: false)])
    func splitWordsAreJoinedOnceAnotherArticleHoldsThemWhole(_ row: Case) throws {
        let clean = try PdftotextFixture.parse("unseen/fa-lapis-sellers-of-faizabad.txt")
        let feed = try TemporaryDirectory()
        let cacheDirectory = try TemporaryDirectory()
        let cache = try ArticleCache(directory: cacheDirectory.url)
        try feed.write("other.txt", Self.other)
        if !row.together { #expect(try cache.sync(feeds: [feed.url]).new == 1) }
        let path = try feed.write("lapis.txt", try PdftotextFixture.text(Self.damaged)).path
        #expect(try cache.sync(feeds: [feed.url]).new == (row.together ? 2 : 1))
        let article = try #require(try cache.article(path: path))
        #expect(article.authors == clean.authors)
        // The archive gives the letters of a word, not its ZWNJ.
        #expect(article.title == "لاجوردفروشان کهنهکار بازار فیضآباد")
        #expect(
            article.title.replacingOccurrences(of: "\u{200C}", with: "")
                == clean.title.replacingOccurrences(of: "\u{200C}", with: ""))
        #expect(article.date == clean.date)
        #expect(
            try cache.search("ملالی لاجوردفروشان").map(\.summary.path).sorted()
                == [
                    feed.url.appendingPathComponent("lapis.txt").path,
                    feed.url.appendingPathComponent("other.txt").path,
                ].sorted())
        // The article's own warning counts what the first repair left, not the second.
        #expect(article.warnings.first?.hasPrefix(ExtractionRepair.warningStart) == true)
    }

    @Test func withoutSuchAnArticleTheSplitsStay() throws {
        let feed = try TemporaryDirectory()
        let cacheDirectory = try TemporaryDirectory()
        let cache = try ArticleCache(directory: cacheDirectory.url)
        try feed.write("unrelated.txt", Self.unrelated)
        let path = try feed.write("lapis.txt", try PdftotextFixture.text(Self.damaged)).path
        #expect(try cache.sync(feeds: [feed.url]).new == 2)
        #expect(try cache.search("ملالی").isEmpty)
        let article = try #require(try cache.article(path: path))
        let parsed = try PdftotextFixture.parse(Self.damaged)
        #expect(article.title == parsed.title)
        #expect(article.authors == parsed.authors)
        #expect(article.authors == ["م لا لی صدیقی"])
    }

    /// An article itself read from PDF-to-text output lends no words, even those it writes whole:
    /// others of its words may be pieces.
    @Test func articlesRepairedFromPdftotextLendNoWords() throws {
        let feed = try TemporaryDirectory()
        let cacheDirectory = try TemporaryDirectory()
        let cache = try ArticleCache(directory: cacheDirectory.url)
        // The article that writes `ملالی` whole, every line wrapped as `pdftotext` wraps it.
        let wrapped = Self.other.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "\u{202B}\($0)\u{202C}" }.joined(separator: "\n")
        let other = try feed.write("other.txt", wrapped).path
        let path = try feed.write("lapis.txt", try PdftotextFixture.text(Self.damaged)).path
        #expect(try cache.sync(feeds: [feed.url]).new == 2)
        let lender = try #require(try cache.article(path: other))
        #expect(lender.title == "گفتگو با ملالی صدیقی")
        #expect(lender.warnings.first?.hasPrefix(ExtractionRepair.warningStart) == true)
        let article = try #require(try cache.article(path: path))
        #expect(article.authors == ["م لا لی صدیقی"])
    }
}
