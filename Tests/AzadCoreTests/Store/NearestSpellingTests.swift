import Foundation
import Testing

@testable import AzadCore

/// "Did you mean": the nearest word the index knows, for a search that found nothing.
@Suite struct NearestSpellingTests {
    static func cache() throws -> (ArticleCache, TemporaryDirectory, TemporaryDirectory) {
        let feed = try TemporaryDirectory()
        try feed.write("a.txt", Export.text(title: "Border report", body: ["They waited at the border in Kabul."]))
        try feed.write("b.txt", Export.text(title: "گزارش مرز", body: ["در مرز افغانستان باران بارید."]))
        try feed.write("c.txt", Export.text(title: "Borders", body: ["Borders and boarders."]))
        let directory = try TemporaryDirectory()
        let cache = try ArticleCache(directory: directory.url)
        _ = try cache.sync(feeds: [feed.url])
        return (cache, feed, directory)
    }

    @Test(arguments: [
        ("bordr", "border"), ("kabol", "kabul"), ("افغانستن", "افغانستان"), ("the bordr", "the border"),
        ("bordr*", "border"), ("a bordr", "a border"),
    ])
    func aMisspeltWordGetsTheNearestKnownOne(query: String, suggestion: String) throws {
        let (cache, _, _) = try Self.cache()
        #expect(try cache.nearestSpelling(of: query) == suggestion)
    }

    /// A word of one letter has no suggestion, though `at` and `در` are one edit from `a` and `د`.
    @Test(arguments: ["border", "مرز", "xyzzyq", "", "漢字", "🙂", "a", "د", "a*"])
    func knownOrHopelessWordsGetNone(query: String) throws {
        let (cache, _, _) = try Self.cache()
        #expect(try cache.nearestSpelling(of: query) == nil)
    }

    @Test(arguments: [("kitten", "sitting", 3), ("مرز", "مرزها", 2), ("", "abc", 3), ("abc", "abc", 0)])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(ArticleCache.editDistance(Array(a), Array(b), limit: 5) == distance)
    }
}
