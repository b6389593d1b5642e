import AzadCore

/// Every article the list can show, in the list's order, held compactly (`ListEntries`): the
/// language filter and the unread and starred views pick rows from it by id and language alone, and
/// only the rows on the screen have their summaries read (`SummaryPages`).
///
/// Until the whole list is read it is a `ListWindow`: every article unfiltered, or a language
/// group's, and the unread view, are shown from their ends, and the starred view is read from the
/// cache.
public struct ArticleCatalogue: Sendable, Hashable {
    private let read: ListEntries
    /// The list's ends while the whole list is on its way; nil once it is read.
    public let window: ListWindow?
    let pages: SummaryPages
    /// The whole list's count as the library gave it, if it did.
    private let readCounted: ListCount?

    public init(entries: ListEntries, pages: SummaryPages, counted: ListCount? = nil) {
        read = entries
        window = nil
        self.pages = pages
        readCounted = counted
    }

    /// A catalogue of `window`'s ends, the whole list on its way.
    public init(window: ListWindow, pages: SummaryPages) {
        read = ListEntries()
        self.window = window
        self.pages = pages
        readCounted = nil
    }

    /// The count and the library's sync count it holds at, when the library gave one: a new order
    /// of the same articles takes it over rather than counting them again.
    public var counted: ListCount? { window?.ends.counted ?? readCounted }

    /// Every article, compactly (over a window, waiting for the whole list).
    public var entries: ListEntries { window?.entries ?? read }

    /// A catalogue of `summaries`, all at hand.
    public init(_ summaries: [ArticleSummary] = []) {
        self.init(entries: ListEntries(summaries), pages: SummaryPages(summaries))
    }

    public var count: Int { window?.count ?? read.count }

    /// Every article, as rows.
    public var all: ListRows {
        window.map { ListRows(window: $0, pages: pages) } ?? ListRows(ids: read.ids, pages: pages)
    }

    /// The rows `filter` and `view` show, given the read and starred marks.
    public func rows(filter: LanguageFilter, view: ListView, read: Set<Int64>, starred: Set<Int64>) -> ListRows {
        guard filter != .all || view.marks != .all else { return all }
        // Before the whole list lands, a language filter's rows come from a window of their own.
        if let window, view.marks == .all, let group = filter.group, let shown = window.window(showing: group) {
            return ListRows(window: shown, pages: pages)
        }
        // And the unread view's; the starred view's from the cache.
        if let window, view.marks == .unread, let shown = window.window(unread: read, group: filter.group) {
            return ListRows(window: shown, pages: pages)
        }
        if let window, view.marks == .starred, let shown = window.rows(among: starred, group: filter.group) {
            return ListRows(ids: ArticleIDs(shown), pages: pages)
        }
        let accepted = entries.acceptedLanguages(filter.accepts)
        let shown = entries.count(accepted)
        // One pass over a million rows on each filter key: one test per row, chosen once.
        let ids: ArticleIDs
        switch view.marks {
        case .all:
            ids = entries.ids(accepted: accepted, capacity: shown)
        case .unread:
            ids = entries.ids(
                accepted: accepted, capacity: shown, marks: .unmarked(IDMembership(read, rows: entries.count)))
        case .starred:
            ids = entries.ids(
                accepted: accepted, capacity: min(shown, starred.count),
                marks: .marked(IDMembership(starred, rows: entries.count)))
        }
        return ListRows(ids: ids, pages: pages)
    }

    public static func == (lhs: ArticleCatalogue, rhs: ArticleCatalogue) -> Bool {
        guard lhs.pages.isSame(as: rhs.pages), lhs.counted == rhs.counted else { return false }
        if lhs.window != nil || rhs.window != nil { return lhs.window === rhs.window }
        return lhs.read == rhs.read
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(counted)
        if let window { hasher.combine(ObjectIdentifier(window)) } else { hasher.combine(read) }
    }
}
