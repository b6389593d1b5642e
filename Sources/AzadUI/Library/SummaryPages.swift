import AzadCore
import Foundation

/// The summaries of the list's rows, read a page at a time as rows are shown and forgotten when
/// many have been read: the list itself holds only ids (`ListRows`).
///
/// Summaries given up front (a search's results, a small library's articles) are kept; the rest come
/// from `load`, which the library backs with its database. Shared by the rows built from one
/// catalogue; reads are locked, so a copy of the state on another thread may read it too.
public final class SummaryPages: @unchecked Sendable {
    /// Rows read at once around one that is missing: a screen's worth and more.
    public static let defaultPageSize = 64
    /// Read summaries kept before they are forgotten: a few screens' worth at any terminal size.
    public static let defaultCapacity = 1_024

    private let pageSize: Int
    private let capacity: Int
    private let fixed: [Int64: ArticleSummary]
    private let load: (@Sendable ([Int64]) throws -> [ArticleSummary])?
    private let lock = NSLock()
    private var recent: [Int64: ArticleSummary] = [:]

    /// Pages over `summaries`, all at hand.
    public init(_ summaries: [ArticleSummary]) {
        fixed = Dictionary(summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        load = nil
        pageSize = Self.defaultPageSize
        capacity = Self.defaultCapacity
    }

    /// Pages of `pageSize` rows read by `load`, which returns the summaries of the ids it is given
    /// that still exist; at most about `capacity` of them kept.
    public init(
        pageSize: Int = defaultPageSize, capacity: Int = defaultCapacity,
        load: @escaping @Sendable ([Int64]) throws -> [ArticleSummary]
    ) {
        fixed = [:]
        self.load = load
        self.pageSize = max(1, pageSize)
        self.capacity = max(self.pageSize, capacity)
    }

    /// The summary of `ids[index]`, reading the page around it when it is not at hand. An article
    /// gone from the library since the ids were read is a summary with only its id (it opens as "no
    /// longer in the cache"), until the list is read again.
    func summary<IDs: RandomAccessCollection<Int64>>(at index: Int, in ids: IDs) -> ArticleSummary
    where IDs.Index == Int {
        let id = ids[index]
        if let summary = fixed[id] { return summary }
        return lock.withLock {
            if let summary = recent[id] { return summary }
            guard let load else { return Self.missing(id) }
            let start = index / pageSize * pageSize
            let page = ids[start..<min(ids.count, start + pageSize)].filter { recent[$0] == nil && fixed[$0] == nil }
            if recent.count + page.count > capacity { recent.removeAll(keepingCapacity: true) }
            for summary in (try? load(page)) ?? [] { recent[summary.id] = summary }
            return recent[id] ?? Self.missing(id)
        }
    }

    /// Whether the two give the same summaries: the same pages, or the same summaries all at hand.
    func isSame(as other: SummaryPages) -> Bool {
        self === other || load == nil && other.load == nil && fixed == other.fixed
    }

    private static func missing(_ id: Int64) -> ArticleSummary {
        ArticleSummary(id: id, path: "", title: "", language: "")
    }
}
