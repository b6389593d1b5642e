import AzadCore
import Foundation

/// The reader's library backed by the article cache: summaries and search from SQLite, full
/// articles one at a time, syncs that any other azad process may share.
public final class CacheLibrary: ArticleLibrary {
    public let cache: ArticleCache
    public let feeds: [URL]
    /// How many rows' summaries the list reads at once (`SummaryPages`).
    let pageSize: Int
    /// Rows read at each end of a list asked for in part (`ListWindow`): the first frame's and more,
    /// so that the first pages of keys find their rows at hand.
    let windowEdge: Int
    /// Run on the whole list's thread before it reads: tests hold the read back with it.
    let beforeWholeList: @Sendable () -> Void
    /// Run once the order a sort shows next has been read ahead (`readAhead(_:edge:known:)`), with
    /// it and the ends read: tests learn of it so.
    let afterReadAhead: @Sendable (ListOrder, ListEnds?) -> Void

    public convenience init(cache: ArticleCache, feeds: [URL], pageSize: Int = SummaryPages.defaultPageSize) {
        self.init(cache: cache, feeds: feeds, pageSize: pageSize, windowEdge: 512, beforeWholeList: {})
    }

    init(
        cache: ArticleCache, feeds: [URL], pageSize: Int, windowEdge: Int,
        beforeWholeList: @escaping @Sendable () -> Void,
        afterReadAhead: @escaping @Sendable (ListOrder, ListEnds?) -> Void = { _, _ in }
    ) {
        self.cache = cache
        self.feeds = feeds
        self.pageSize = pageSize
        self.windowEdge = windowEdge
        self.beforeWholeList = beforeWholeList
        self.afterReadAhead = afterReadAhead
    }

    public func summaries() throws -> [ArticleSummary] { try cache.list() }

    public func summaries(limit: Int) throws -> [ArticleSummary] { try cache.list(limit: limit) }

    public func summaries(order: ListOrder, limit: Int?) throws -> [ArticleSummary] {
        try cache.list(limit: limit, order: order)
    }

    /// Ids and languages from the cache; the summaries of the rows shown are read from it a page at a
    /// time, so that the reader's memory does not grow with the archive.
    ///
    /// Asked for the first `limit` rows, it gives the whole list as a `ListWindow`: both ends and the
    /// count now, every id from a thread of its own (a million take a second to read).
    public func catalogue(order: ListOrder, limit: Int?, known: ListCount?) throws -> ArticleCatalogue? {
        let cache = cache
        let pages = SummaryPages(pageSize: pageSize, capacity: pageSize * 16) { try cache.summaries(ids: $0) }
        guard let limit else { return try wholeCatalogue(order: order, pages: pages) }
        let edge = max(limit, windowEdge)
        let ends = try cache.listEnds(order: order, limit: edge, known: known)
        // A list that fits in its ends is read whole at once.
        guard ends.head.count + ends.tail.count < ends.count else {
            return try wholeCatalogue(order: order, pages: pages)
        }
        let before = beforeWholeList
        let full = FullListRead { [self] isCancelled in
            before()
            if !isCancelled() {
                readAhead(ListOrder(key: order.key.next, reversed: order.reversed), edge: edge, known: ends.counted)
            }
            return try wholeList(order: order, isCancelled: isCancelled)
        }
        let queries = WindowQueries(
            groupEnds: { group in try? cache.listEnds(order: order, limit: edge, group: group) },
            unreadEnds: { group, read in try? cache.unreadEnds(order: order, limit: edge, group: group, read: read) },
            countListed: { ids, group in try? cache.count(of: ids, in: group) },
            listed: { ids, group in try? cache.listed(ids, order: order, group: group) })
        return ArticleCatalogue(
            window: ListWindow(order: order, ends: ends, full: full, queries: queries), pages: pages)
    }

    /// Reads the ends of `order` and the summaries of its first and last page of rows, and forgets
    /// them: the order the sort key shows next, read on the whole list's thread before the whole
    /// list, so that its pages are in the system's cache when the key is pressed. On a cold page
    /// cache the first sort to an order otherwise waits on the disk for its index and its first rows
    /// (about 50 ms at a million articles).
    func readAhead(_ order: ListOrder, edge: Int, known: ListCount?) {
        let ends = try? cache.listEnds(order: order, limit: edge, known: known)
        if let ends {
            _ = try? cache.summaries(ids: Array(ends.head.prefix(pageSize)))
            _ = try? cache.summaries(ids: Array(ends.tail.suffix(pageSize)))
        }
        afterReadAhead(order, ends)
    }

    /// Every article in `order` at once, counted at the sync count read before it.
    private func wholeCatalogue(order: ListOrder, pages: SummaryPages) throws -> ArticleCatalogue {
        let whole = try wholeList(order: order)
        return ArticleCatalogue(entries: whole.entries, pages: pages, counted: whole.counted)
    }

    /// Every article in `order`, and the sync count read before them: a sync between the two shows
    /// as a newer count next time rather than hiding behind an older one.
    private func wholeList(order: ListOrder, isCancelled: @escaping @Sendable () -> Bool = { false }) throws
        -> WholeList
    {
        let generation = generation()
        return WholeList(generation: generation, entries: try cache.listEntries(order: order, isCancelled: isCancelled))
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

    /// The hits ranked in the index first, then the first screen's summaries, then the rest's: on a
    /// cold page cache each summary can cost a read from the disk, and the screen shows few of them.
    public func search(_ query: String, limit: Int, first: Int, head: ([SearchHit]) -> Void) throws -> [SearchHit] {
        let ranks = try cache.searchRanks(SearchQuery(query), limit: limit)
        func hits(_ ranks: ArraySlice<RankedArticle>) throws -> [SearchHit] {
            let rank = Dictionary(ranks.map { ($0.id, $0.rank) }, uniquingKeysWith: { first, _ in first })
            return try cache.summaries(ids: ranks.map(\.id)).map {
                SearchHit(summary: $0, snippet: "", rank: rank[$0.id] ?? 0)
            }
        }
        let shown = try hits(ranks.prefix(max(0, first)))
        guard ranks.count > first else { return shown }
        head(shown)
        return shown + (try hits(ranks.dropFirst(max(0, first))))
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
