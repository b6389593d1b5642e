import Foundation
import Testing

@testable import AzadCore

/// `searchRanks`: the ids and ranks of `search`'s hits, in the same order, for the reader to read a screen's
/// summaries first.
extension ArticleCacheTests {
    /// Articles in several scripts, the same words more or less often in each, so that ranks differ
    /// and some tie.
    private func mixedCache() throws -> ArticleCache {
        let articles: [(String, String, [String])] = [
            ("Saffron harvest in Herat", "11/03/2023", ["Saffron and more saffron, picked at dawn. 🌸"]),
            ("Market report", "11/04/2023", ["The saffron market opened late; prices rose."]),
            ("برداشت زعفران در هرات", "11/05/2023", ["زعفران هرات امسال زودتر به بازار رسید. زعفران خوب است."]),
            ("د زعفرانو بازار", "11/06/2023", ["د هرات زعفران په بازار کې ډېر شو."]),
            ("東京の市場", "11/07/2023", ["東京 market 東京 news"]),
            ("Cafe\u{301} notes", "11/08/2023", ["A cafe\u{301} by the market; saffron tea.\u{7}"]),
            ("Quiet day", "11/09/2023", ["Nothing of note. Saffron once."]),
        ]
        for (index, (title, date, body)) in articles.enumerated() {
            try feed.write("2023/11/\(index).txt", Export.text(title: title, date: date, body: body))
        }
        let cache = try openCache()
        _ = try cache.sync(feeds: [feed.url])
        return cache
    }

    @Test func theIDsAreTheHitsInTheSameOrder() throws {
        let cache = try mixedCache()
        let queries = [
            "saffron", "saff*", "market", "زعفران", "زعفرا*", "بازار", "東京", "cafe\u{301}", "saffron market",
            "lang:fa", "lang:en saffron", "zzzqx", "\u{1b}[31m",
        ]
        var found = 0
        for text in queries {
            for limit in [nil, 0, 1, 2, 3] {
                for window in [1, 2, 100] {
                    let query = SearchQuery(text)
                    let hits = try cache.search(query, limit: limit, snippets: false, window: window)
                    let ranks = try cache.searchRanks(query, limit: limit, window: window)
                    #expect(
                        ranks == hits.map { RankedArticle(id: $0.summary.id, rank: $0.rank) },
                        "\(text) limit \(String(describing: limit)) window \(window)")
                    found += ranks.count
                }
            }
        }
        // The table finds something: equal empty lists alone would prove nothing.
        #expect(found > 50)
        #expect(try cache.searchRanks(SearchQuery("saffron"), limit: nil).count == 4)
    }
}
