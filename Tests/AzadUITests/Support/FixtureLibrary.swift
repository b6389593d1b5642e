import AzadCore
import Foundation

@testable import AzadUI

/// A fixed set of articles behind the reader's library protocol, so state tests need no cache.
final class FixtureLibrary: ArticleLibrary, @unchecked Sendable {
    var articles: [Article]
    var rawTexts: [String: String] = [:]
    /// Articles the next sync adds.
    var arriving: [Article] = []
    var syncError: (any Error)?
    /// What `generation()` says: tests raise it to stand for another process's sync.
    var generationCount = 0

    init(_ articles: [Article] = FixtureLibrary.standard) { self.articles = articles }

    func summaries() throws -> [ArticleSummary] {
        articles.enumerated().map { FixtureLibrary.summary($0.element, id: Int64($0.offset + 1)) }
            .sorted { ($0.date ?? CivilDate(daysSinceEpoch: 0)) > ($1.date ?? CivilDate(daysSinceEpoch: 0)) }
    }

    static func summary(_ article: Article, id: Int64) -> ArticleSummary {
        ArticleSummary(
            id: id, path: article.path, title: article.title, authors: article.authors, date: article.date,
            language: article.language, section: article.section)
    }

    func article(id: Int64) throws -> Article? {
        articles.indices.contains(Int(id) - 1) ? articles[Int(id) - 1] : nil
    }

    func search(_ query: String, limit: Int) throws -> [SearchHit] {
        let terms = SearchTerms.words(in: query)
        return try summaries().filter { summary in
            guard let article = try article(id: summary.id) else { return false }
            let text = article.title + " " + article.blocks.map(\.text).joined(separator: " ")
            return terms.allSatisfy { !SearchTerms.ranges(of: [$0], in: text).isEmpty }
        }.prefix(limit).map { SearchHit(summary: $0, snippet: "", rank: 0) }
    }

    func rawText(of summary: ArticleSummary) throws -> String {
        rawTexts[summary.path] ?? "raw text of \(summary.path)"
    }

    func generation() -> Int { generationCount }

    func sync(progress: @escaping @Sendable (Double) -> Void) throws {
        progress(0.5)
        if let syncError { throw syncError }
        articles += arriving
        arriving = []
        progress(1)
    }

    /// Articles in each of the site's languages, with headings, verse and long paragraphs.
    static let standard: [Article] = [
        Article(
            path: "/feed/rain.txt", title: "باران بهاری در دره‌ها", authors: ["نویسنده‌ای آزمایشی"],
            date: CivilDate(year: 2016, month: 2, day: 21), language: "fa", section: "اجتماعی",
            blocks: [
                Block(.paragraph, "باران امسال زود آمد و کشاورزان را خوشحال کرد؛ جوی‌ها پر شد."),
                Block(.heading, "پیامدها"),
                Block(.verse, "نخستین مصراع\tمصراع دوم\nمصراع سوم\tمصراع چهارم"),
            ]),
        Article(
            path: "/feed/roads.txt", title: "Mountain roads closed for three weeks", authors: ["A. Writer"],
            date: CivilDate(year: 2016, month: 3, day: 1), language: "en", section: "European Languages",
            blocks: [
                Block(
                    .paragraph,
                    "The passes were closed for three weeks this winter, and traders waited in the valley towns "
                        + "while the snow kept falling on the roads."),
                Block(.heading, "AFTER THE SNOW"),
                Block(.paragraph, "When the snow stopped the roads opened again and the markets filled."),
                Block(.paragraph, (1...30).map { "Line \($0) of a long paragraph about snow." }.joined(separator: " ")),
            ]),
        Article(
            path: "/feed/pashto.txt", title: "د ښار نوې ودانۍ", date: CivilDate(year: 2015, month: 12, day: 5),
            language: "ps", section: "ټولنیز", blocks: [Block(.paragraph, "دا یوه ازمایښتي لیکنه ده چې ښار ته ځي.")]),
        Article(
            path: "/feed/berlin.txt", title: "Ein kurzer Bericht über Straßen",
            date: CivilDate(year: 2015, month: 6, day: 9),
            language: "de", section: "European Languages",
            blocks: [Block(.paragraph, "Die Straßen waren im Winter geschlossen; der Schnee fiel lange.")]),
    ]
}
