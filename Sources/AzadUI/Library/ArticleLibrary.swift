import AzadCore
import Foundation

/// Where the reader gets its articles: the article cache in the app, a fixed set in tests.
///
/// Kept small so that every key can be tested without a database or a terminal.
public protocol ArticleLibrary: Sendable {
    /// Every article, newest first: list rows come from summaries, never from full articles.
    func summaries() throws -> [ArticleSummary]
    /// The newest `limit` articles, newest first: enough for the first frame.
    func summaries(limit: Int) throws -> [ArticleSummary]
    /// Every article in `order`, and the first `limit` of them (all when nil).
    func summaries(order: ListOrder, limit: Int?) throws -> [ArticleSummary]
    /// Every article in `order` (the first `limit` of them, all when nil) held compactly, their
    /// summaries read as rows are shown; nil for a library that gives summaries only in full.
    /// `known` is the list shown before (`ArticleCatalogue.counted`), whose count the library may take
    /// over while nothing has changed it.
    func catalogue(order: ListOrder, limit: Int?, known: ListCount?) throws -> ArticleCatalogue?
    /// How many articles `summaries()` gives, without reading them.
    func count() throws -> Int
    /// One full article.
    func article(id: Int64) throws -> Article?
    /// Ranked search results, best first.
    func search(_ query: String, limit: Int) throws -> [SearchHit]
    /// `search(_:limit:)`, handing `head` the first `first` hits as soon as they are read when more
    /// follow, for the reader to show a screen of them before the rest.
    func search(_ query: String, limit: Int, first: Int, head: ([SearchHit]) -> Void) throws -> [SearchHit]
    /// The export file's text as it is on disk, decoded: the `R` view.
    func rawText(of summary: ArticleSummary) throws -> String
    /// Brings the library up to date with the feed folders, reporting progress from 0 to 1.
    func sync(progress: @escaping @Sendable (Double) -> Void) throws
    /// `sync(progress:)`, returning the exports it could not read and why (the messages log).
    func syncListingUnreadable(progress: @escaping @Sendable (Double) -> Void) throws -> [SyncReport.Unreadable]
    /// Where `query` matches in each block of `article` (block index → ranges in `Block.text`).
    func matchRanges(of query: String, in article: Article) -> [Int: [Range<String.Index>]]
    /// A number that changes when the library changed outside this reader (another process synced).
    func generation() -> Int
    /// For a search that found nothing, the query spelled as the nearest words the library knows;
    /// nil when it has none to offer.
    func nearestSpelling(of query: String) -> String?
}

extension ArticleLibrary {
    /// The first `limit` of every summary, for a library with no cheaper way.
    public func summaries(limit: Int) throws -> [ArticleSummary] { Array(try summaries().prefix(max(0, limit))) }

    /// Sorted in memory, for a library with no database to order them.
    public func summaries(order: ListOrder, limit: Int?) throws -> [ArticleSummary] {
        var all = try summaries()
        if order != .newestFirst { all.sort(by: order.areInIncreasingOrder) }
        return limit.map { Array(all.prefix(max(0, $0))) } ?? all
    }

    /// None: the reader reads every summary in full (`summaries(order:limit:)`).
    public func catalogue(order: ListOrder, limit: Int?, known: ListCount?) throws -> ArticleCatalogue? { nil }

    /// The count of every summary, for a library with no cheaper way.
    public func count() throws -> Int { try summaries().count }

    /// For a library nothing else changes.
    public func generation() -> Int { 0 }

    /// For a library that keeps no list of what it could not read.
    public func syncListingUnreadable(progress: @escaping @Sendable (Double) -> Void) throws
        -> [SyncReport.Unreadable]
    {
        try sync(progress: progress)
        return []
    }

    /// All at once, for a library that reads no hit on its own.
    public func search(_ query: String, limit: Int, first: Int, head: ([SearchHit]) -> Void) throws -> [SearchHit] {
        try search(query, limit: limit)
    }

    /// For a library with no index of its words.
    public func nearestSpelling(of query: String) -> String? { nil }

    /// Case- and diacritic-insensitive occurrences of each query word: enough for highlighting when
    /// the library has no better idea of what matched.
    public func matchRanges(of query: String, in article: Article) -> [Int: [Range<String.Index>]] {
        let terms = SearchTerms.words(in: query)
        guard !terms.isEmpty else { return [:] }
        var result: [Int: [Range<String.Index>]] = [:]
        for (index, block) in article.blocks.enumerated() {
            let ranges = SearchTerms.ranges(of: terms, in: block.text)
            if !ranges.isEmpty { result[index] = ranges }
        }
        return result
    }
}

/// The words of a search query, as the highlighter looks for them.
public enum SearchTerms {
    /// Words of `query` with quotes and prefix stars removed.
    public static func words(in query: String) -> [String] {
        query.split(whereSeparator: { $0.isWhitespace }).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"*"))
        }.filter { !$0.isEmpty }
    }

    /// Every occurrence of any of `terms` in `text`, sorted, ignoring case and diacritics.
    public static func ranges(of terms: [String], in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        for term in terms {
            var start = text.startIndex
            while start < text.endIndex,
                let range = text.range(
                    of: term, options: [.caseInsensitive, .diacriticInsensitive], range: start..<text.endIndex)
            {
                found.append(range)
                start = range.upperBound
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }
}
