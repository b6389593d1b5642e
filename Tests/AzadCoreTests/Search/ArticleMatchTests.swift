import Testing

@testable import AzadCore

/// Matches in an article, in reading order, with the archive search's folding.
@Suite struct ArticleMatchTests {
    static let article = Article(
        path: "/feed/a.txt", title: "t", language: "fa",
        blocks: [
            Block(.paragraph, "در كابل و کابُل، باز هم كابل."),
            Block(.paragraph, "هیچ"),
            Block(.paragraph, "مي‌شود و میشود و می شود"),
            Block(.paragraph, "Kabul, KABUL and Ka\u{301}bul 🙂 漢字 kabul"),
        ])

    @Test(arguments: [
        ("کابل", [0, 0, 0]), ("kabul", [3, 3, 3, 3]), ("میشود", [2, 2, 2]), ("漢字", [3]), ("nothing", []),
    ])
    func matchesComeInReadingOrder(query: String, blocks: [Int]) {
        let ranges = SearchQuery(query).matchRanges(in: Self.article)
        let matches = ArticleMatch.inReadingOrder(ranges)
        #expect(matches.map(\.block) == blocks)
        for (previous, next) in zip(matches, matches.dropFirst()) where previous.block == next.block {
            #expect(previous.range.upperBound <= next.range.lowerBound)
        }
    }

    @Test func anEmptyQueryMatchesNothing() {
        #expect(SearchQuery("  \"\" ").matchRanges(in: Self.article).isEmpty)
    }
}
