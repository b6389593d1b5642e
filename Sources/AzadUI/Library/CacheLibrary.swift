import AzadCore
import Foundation

/// The reader's library backed by the article cache: summaries and search from SQLite, full
/// articles one at a time, syncs that any other azad process may share.
public final class CacheLibrary: ArticleLibrary {
    public let cache: ArticleCache
    public let feeds: [URL]
    /// How many rows' summaries the list reads at once (`SummaryPages`).
    let pageSize: Int

    public init(cache: ArticleCache, feeds: [URL], pageSize: Int = SummaryPages.defaultPageSize) {
        self.cache = cache
        self.feeds = feeds
        self.pageSize = pageSize
    }

    public func summaries() throws -> [ArticleSummary] { try cache.list() }

    public func summaries(limit: Int) throws -> [ArticleSummary] { try cache.list(limit: limit) }

    public func summaries(order: ListOrder, limit: Int?) throws -> [ArticleSummary] {
        try cache.list(limit: limit, order: order)
    }

    /// Ids and languages from the cache; the summaries of the rows shown are read from it a page at a
    /// time, so that the reader's memory does not grow with the archive.
    public func catalogue(order: ListOrder, limit: Int?) throws -> ArticleCatalogue? {
        let cache = cache
        return ArticleCatalogue(
            entries: try cache.listEntries(order: order, limit: limit),
            pages: SummaryPages(pageSize: pageSize, capacity: pageSize * 16) { try cache.summaries(ids: $0) })
    }

    public func count() throws -> Int { try cache.count() }

    public func article(id: Int64) throws -> Article? { try cache.article(id: id) }

    /// The cache's sync count; a cache that cannot be read counts as unchanged.
    public func generation() -> Int { (try? cache.generation()) ?? 0 }

    /// Hits without snippets: the reader lists titles, and reading hundreds of bodies for snippets it
    /// never shows would cost every keystroke of a search.
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        try cache.search(SearchQuery(query), limit: limit, snippets: false)
    }

    /// From the index's vocabulary; a cache that cannot be read has no suggestion.
    public func nearestSpelling(of query: String) -> String? { (try? cache.nearestSpelling(of: query)) ?? nil }

    public func rawText(of summary: ArticleSummary) throws -> String {
        try TextDecoding.decode(try Data(contentsOf: URL(fileURLWithPath: summary.path)))
    }

    public func sync(progress: @escaping @Sendable (Double) -> Void) throws {
        _ = try syncListingUnreadable(progress: progress)
    }

    public func syncListingUnreadable(progress: @escaping @Sendable (Double) -> Void) throws
        -> [SyncReport.Unreadable]
    {
        try cache.sync(feeds: feeds) { step in
            if step.phase == .indexing, step.total > 0 {
                progress(Double(step.completed) / Double(step.total))
            } else if step.phase == .finished {
                progress(1)
            }
        }.unreadable
    }

    /// The ranges the search itself matched: folded, so `میشود` highlights `می‌شود` and `Gesprächsrunde`.
    public func matchRanges(of query: String, in article: Article) -> [Int: [Range<String.Index>]] {
        var result: [Int: [Range<String.Index>]] = [:]
        // Resolved against the index: the halves of a compound it found written apart are highlighted too.
        let parsed = SearchQuery(query)
        let resolved = (try? cache.resolved(parsed)) ?? parsed
        for (index, ranges) in resolved.ranges(inBlocksOf: article).enumerated() where !ranges.isEmpty {
            result[index] = ranges
        }
        return result
    }
}
