import AzadCore

/// The list as shown, held as ids: each row's summary is read from `SummaryPages` when asked for,
/// so that a list of a million rows takes four bytes a row (`ArticleIDs`). Code that needs only ids (finding a
/// row, counting unread ones) reads `ids` and never the summaries.
///
/// Rows over a `ListWindow` (the whole list not yet read) hold only its ends: the count, the rows
/// near either end and `G` need nothing more; `ids` and a row between the ends wait for the rest.
public struct ListRows: RandomAccessCollection, Sendable, Hashable {
    private let listed: ArticleIDs
    let window: ListWindow?
    let pages: SummaryPages

    public init(ids: ArticleIDs, pages: SummaryPages) {
        listed = ids
        window = nil
        self.pages = pages
    }

    public init(ids: [Int64], pages: SummaryPages) {
        self.init(ids: ArticleIDs(ids), pages: pages)
    }

    /// Every article of `window`, in its order.
    public init(window: ListWindow, pages: SummaryPages) {
        listed = []
        self.window = window
        self.pages = pages
    }

    /// Rows of `summaries`, all at hand.
    public init(_ summaries: [ArticleSummary] = []) {
        self.init(ids: summaries.map(\.id), pages: SummaryPages(summaries))
    }

    /// The rows' articles, in the list's order (over a window, once the whole list is read).
    public var ids: ArticleIDs { window?.entries.ids ?? listed }

    public var startIndex: Int { 0 }
    public var endIndex: Int { window?.count ?? listed.count }

    public subscript(position: Int) -> ArticleSummary {
        guard let window else { return pages.summary(at: position, in: listed) }
        if position < window.ends.head.count { return pages.summary(at: position, in: window.ends.head) }
        if position >= window.tailStart { return pages.summary(at: position - window.tailStart, in: window.ends.tail) }
        return pages.summary(at: position, in: window.entries.ids)
    }

    /// The article on `row`, without reading its summary.
    public func id(at row: Int) -> Int64 { window?.id(at: row) ?? listed[row] }

    /// The row of article `id`, if the list shows it.
    public func row(of id: Int64) -> Int? { window?.row(of: id) ?? listed.firstIndex(of: id) }

    /// The row of article `id` if it is at hand: over a window whose whole list is still on its way,
    /// only its ends are looked in.
    func rowAtHand(of id: Int64) -> Int? {
        guard let window, !window.full.isDone else { return row(of: id) }
        return window.rowAtEnds(of: id)
    }

    /// Whether the list shows article `id`.
    func shows(_ id: Int64) -> Bool { window?.holds(id) ?? listed.contains(id) }

    /// How many rows are not in `read`.
    func unread(given read: Set<Int64>) -> Int {
        if let window { return window.unread(given: read) }
        return listed.count - listed.count(in: read)
    }

    /// The same articles in the same order, read from the same pages.
    public static func == (lhs: ListRows, rhs: ListRows) -> Bool {
        guard lhs.pages.isSame(as: rhs.pages) else { return false }
        if lhs.window != nil || rhs.window != nil { return lhs.window === rhs.window }
        return lhs.listed == rhs.listed
    }

    public func hash(into hasher: inout Hasher) {
        if let window { hasher.combine(ObjectIdentifier(window)) } else { hasher.combine(listed) }
    }
}
