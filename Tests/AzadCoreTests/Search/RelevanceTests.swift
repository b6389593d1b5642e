import AzadTestSupport
import Foundation
import Testing

@testable import AzadCore

/// The relevance set through a real cache: inflections in five languages, compounds, fields, date
/// ranges and solar years, each query with the articles it must find and the decoys it must not.
@Suite struct RelevanceTests {
    /// One archive and cache for every case: syncing it is the slow part.
    static let cache: (ArticleCache, ScratchFolder, ScratchFolder) = {
        let feed = ScratchFolder.keptForTheRun()
        let folder = ScratchFolder.keptForTheRun()
        try! RelevanceArchive.write(into: feed.url)
        let cache = try! ArticleCache(directory: folder.url)
        _ = try! cache.sync(feeds: [feed.url])
        return (cache, feed, folder)
    }()

    @Test(arguments: RelevanceCase.all)
    func queryFindsWhatItMust(_ item: RelevanceCase) throws {
        let hits = try Self.cache.0.search(item.query, limit: nil)
        let found = hits.map { URL(fileURLWithPath: $0.summary.path).deletingPathExtension().lastPathComponent }
        #expect(item.problems(found) == [])
    }

    @Test func theSetIsLargeAndEveryArticleIsCached() throws {
        #expect(RelevanceCase.all.count >= 60)
        #expect(try Self.cache.0.count() == RelevanceArchive.articles.count)
        let languages = Set(try Self.cache.0.languages().map(\.language))
        #expect(languages.isSuperset(of: ["en", "de", "fr", "fa", "ps"]), "\(languages)")
    }

    @Test func anArticleFoundOnlyThroughAnInflectionRanksBelowOneWithTheWordAsTyped() throws {
        let hits = try Self.cache.0.search("ceasefire", limit: nil)
        #expect(hits.count == 2)
        #expect(hits.first?.summary.title == "A ceasefire for the harvest")
        #expect(hits.last?.snippet.contains("ceasefires") == true, "the snippet shows the inflection found")
    }
}

extension RelevanceCase: CustomTestStringConvertible {}
