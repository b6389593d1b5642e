import Foundation
import Testing

@testable import AzadCore

/// The ranking window: a query ranks only the matches indexed last, and within them the best first.
extension ArticleCacheTests {
    /// Six strong matches (the word in the title and three times in the body) synced first, then four
    /// weak ones (once in the body): the weak ones have the larger rowids.
    private func windowCache(word: String) throws -> ArticleCache {
        for index in 0..<6 {
            try feed.write(
                "old/\(index).txt", Export.text(title: "\(word) \(index)", body: ["\(word) \(word) \(word) 🌧"]))
        }
        let cache = try openCache()
        _ = try cache.sync(feeds: [feed.url])
        for index in 0..<4 {
            try feed.write(
                "new/\(index).txt", Export.text(title: "Report \(index)", body: ["Once: \(word), and more."]))
        }
        _ = try cache.sync(feeds: [feed.url])
        return cache
    }

    @Test(arguments: ["saffron", "زعفران", "زعفرانو", "東京", "cafe\u{301}"])
    func onlyTheMatchesIndexedLastAreRanked(word: String) throws {
        let cache = try windowCache(word: word)
        let reports = Set((0..<4).map { "Report \($0)" })
        // A window of four holds the four weak matches, which the better ones cannot displace.
        let narrow = try cache.search(SearchQuery(word), limit: nil, snippets: false, window: 4)
        #expect(Set(narrow.map(\.summary.title)) == reports, "\(word)")
        // A window of five takes in one strong match, which ranks first.
        let five = try cache.search(SearchQuery(word), limit: nil, snippets: false, window: 5)
        #expect(five.count == 5)
        #expect(five.first.map { !reports.contains($0.summary.title) } == true, "\(word)")
        // A window wider than the matches ranks them all: the six strong ones first.
        let wide = try cache.search(SearchQuery(word), limit: nil, snippets: true, window: 100)
        #expect(wide.count == 10)
        #expect(Set(wide.prefix(6).map(\.summary.title)) == Set((0..<6).map { "\(word) \($0)" }), "\(word)")
        #expect(try cache.search(SearchQuery(word), limit: nil, snippets: true).map(\.summary) == wide.map(\.summary))
        // The ids alone come from the same window, in the same order.
        for (window, hits) in [(4, narrow), (5, five), (100, wide)] {
            #expect(
                try cache.searchRanks(SearchQuery(word), limit: nil, window: window).map(\.id) == hits.map(\.summary.id)
            )
        }
    }
}
