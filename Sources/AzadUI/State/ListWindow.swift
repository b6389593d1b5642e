import AzadCore
import Synchronization

/// Every article in one order before its ids are all read: the first and last rows and the count
/// (`ListEnds`), with the whole list on its way (`FullListRead`). A row near either end, the count
/// and `G` are answered at once; a row between them, or anything that needs every id (the unread
/// view, mark all read), waits for the whole list.
///
/// A language filter is answered at once too: the window of the group's rows (`window(showing:)`)
/// has its ends and count from the cache and takes its rows between them from the whole list when it
/// lands. So is the starred view of a few thousand articles at most, whose rows the cache gives whole
/// (`rows(among:group:)`).
public final class ListWindow: Sendable {
    public let order: ListOrder
    let ends: ListEnds
    let full: FullListRead
    /// The language group whose articles are the rows; nil for every article.
    let group: Language.Group?
    /// What the window asks the cache; nil for a window that cannot ask (it waits instead).
    let queries: WindowQueries?
    /// Each group's window, made once: nil for a group whose ends the cache could not give.
    private let groups = Mutex<[Language.Group: ListWindow?]>([:])

    public init(
        order: ListOrder, ends: ListEnds, full: FullListRead, group: Language.Group? = nil,
        queries: WindowQueries? = nil
    ) {
        self.order = order
        self.ends = ends
        self.full = full
        self.group = group
        self.queries = queries
    }

    public var count: Int { ends.count }

    /// Where the tail's rows start.
    var tailStart: Int { ends.count - ends.tail.count }

    /// Every article, waiting for the whole list; none when it could not be read.
    var entries: ListEntries {
        switch full.wait() {
        case .success(let read): read.entries
        case .failure: ListEntries()
        }
    }

    /// The id on `row`; a row between the ends waits for the whole list.
    func id(at row: Int) -> Int64 {
        if row < ends.head.count { return ends.head[row] }
        if row >= tailStart { return ends.tail[row - tailStart] }
        let ids = entries.ids
        // A list that could not be read has no ids between its ends: the row reads as missing.
        return ids.indices.contains(row) ? ids[row] : -1
    }

    /// The row of `id` among the ends, without waiting.
    func rowAtEnds(of id: Int64) -> Int? {
        if let row = ends.head.firstIndex(of: id) { return row }
        return ends.tail.firstIndex(of: id).map { tailStart + $0 }
    }

    /// The row of `id`: among the ends, else in the whole list (waiting for it).
    func row(of id: Int64) -> Int? { rowAtEnds(of: id) ?? entries.ids.firstIndex(of: id) }

    /// The window of the articles of `group`, in the same order, while this one's whole list is on
    /// its way: nil once it has landed (filtering it is then as quick), over a window of one group
    /// already, or when the cache cannot give the group's ends at once.
    func window(showing group: Language.Group) -> ListWindow? {
        guard self.group == nil, let queries, !full.isDone else { return nil }
        return groups.withLock { made in
            if let window = made[group] { return window }
            let window = queries.groupEnds(group).map { ends in
                ListWindow(
                    order: order, ends: ends, full: full.filtered { Language(tag: $0).group == group }, group: group,
                    queries: queries)
            }
            made[group] = window
            return window
        }
    }

    /// The rows of the articles among `marked`, of `group` when one is given, in the window's order:
    /// the starred view while the whole list is on its way, read from the cache. Nil once the list
    /// has landed (picking them from it is as quick), over a window of one group already, for more
    /// than `WindowQueries.mostMarked` articles, or when the cache cannot give them.
    func rows(among marked: Set<Int64>, group: Language.Group?) -> [Int64]? {
        guard self.group == nil, let queries, !full.isDone, marked.count <= WindowQueries.mostMarked else { return nil }
        return queries.listed(marked, group)
    }

    /// Whether article `id` is a row: any article of the library, or of the group.
    func holds(_ id: Int64) -> Bool {
        guard let group else { return true }
        return rowAtEnds(of: id) != nil || queries?.countInGroup([id], group) == 1
    }

    /// How many rows are not in `read`. Every read mark is taken for an article of the library (the
    /// reading memory keeps marks of no other); a group's window asks the cache which are its.
    func unread(given read: Set<Int64>) -> Int {
        guard let group, !read.isEmpty else { return max(0, count - read.count) }
        return max(0, count - (queries?.countInGroup(read, group) ?? 0))
    }
}
