import Foundation
import Testing

@testable import AzadCore

/// Articles read from PDF-to-text output are found by their words, through a real cache.
@Suite struct RepairedSearchTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        /// The word as the clean export writes it.
        var word: String
        /// How `pdftotext` wrote it.
        var split: String
        var testDescription: String { "\(fixture): \(word)" }
    }

    @Test(arguments: [
        Case(fixture: "extracted/ps-wheat-harvest-in-kunduz.txt", word: "بزګران", split: "ب زګ ران"),
        Case(fixture: "extracted/fa-water-in-herat.txt", word: "صف‌های", split: "صفهای"),
        Case(fixture: "extracted/fa-teachers-in-bamyan.txt", word: "برفی", split: "ب رفی"),
        Case(fixture: "layout/ps-girls-school-in-khost.txt", word: "کتابتون", split: "کتابتو ن"),
        // `pdftotext` on the PDF fixtures, set in Noto Naskh Arabic.
        Case(fixture: "site-pdf/persian-pomegranate-harvest.extracted.txt", word: "ارغنداب", split: "ا رغ نداب"),
        Case(fixture: "site-pdf/pashto-first-snow-in-kunar.layout.txt", word: "کونړ", split: "ک ونړ"),
    ])
    func wordSplitByPdftotextIsFound(_ row: Case) throws {
        let text = try PdftotextFixture.text(row.fixture)
        #expect(text.contains(row.split), "the fixture writes the word split")
        let feed = try TemporaryDirectory()
        let cacheDirectory = try TemporaryDirectory()
        try feed.write("article.txt", text)
        try feed.write("other.txt", try PdftotextFixture.text("clean/fa-carpet-weavers-of-andkhoy.txt"))
        let cache = try ArticleCache(directory: cacheDirectory.url)
        let report = try cache.sync(feeds: [feed.url])
        #expect(report.new == 2)
        let sitePDF = PdftotextFixture.sitePairs.first { $0.damaged == row.fixture }?.clean
        let clean = try PdftotextFixture.parse(
            sitePDF
                ?? row.fixture.replacingOccurrences(of: "extracted/", with: "clean/")
                .replacingOccurrences(of: "layout/", with: "clean/"))
        #expect(try cache.search(row.word).map(\.summary.title) == [clean.title])
    }
}
