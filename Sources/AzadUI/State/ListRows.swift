import AzadCore

/// The list as shown, held as ids: each row's summary is read from `SummaryPages` when asked for,
/// so that a list of a million rows takes eight bytes a row. Code that needs only ids (finding a
/// row, counting unread ones) reads `ids` and never the summaries.
public struct ListRows: RandomAccessCollection, Sendable, Hashable {
    /// The rows' articles, in the list's order.
    public let ids: [Int64]
    let pages: SummaryPages

    public init(ids: [Int64], pages: SummaryPages) {
        self.ids = ids
        self.pages = pages
    }

    /// Rows of `summaries`, all at hand.
    public init(_ summaries: [ArticleSummary] = []) {
        self.init(ids: summaries.map(\.id), pages: SummaryPages(summaries))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ids.count }

    public subscript(position: Int) -> ArticleSummary { pages.summary(at: position, in: ids) }

    /// The row of article `id`, if the list shows it.
    public func row(of id: Int64) -> Int? { ids.firstIndex(of: id) }

    /// The same articles in the same order, read from the same pages.
    public static func == (lhs: ListRows, rhs: ListRows) -> Bool {
        lhs.pages.isSame(as: rhs.pages) && lhs.ids == rhs.ids
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(ids) }
}
