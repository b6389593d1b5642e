import AzadCore
import Synchronization

/// Every article in one order before its ids are all read: the first and last rows and the count
/// (`ListEnds`), with the whole list on its way (`FullListRead`). A row near either end, the count
/// and `G` are answered at once; a row between them, or anything that needs every id (mark all
/// read, the next unread article), waits for the whole list.
///
/// A language filter is answered at once too: the window of the group's rows (`window(showing:)`)
/// has its ends and count from the cache and takes its rows between them from the whole list when it
/// lands. So is the unread view (`window(unread:group:)`), whose rows are the articles not read when
/// it was asked for, and the starred view of a few thousand articles at most, whose rows the cache
/// gives whole (`rows(among:group:)`).
public final class ListWindow: Sendable {
    public let order: ListOrder
    let ends: ListEnds
    let full: FullListRead
    /// The language group whose articles are the rows; nil for every article.
    let group: Language.Group?
    /// The read marks when the window was made, for a window of the unread view: its rows are the
    /// articles not among them. Nil for a window of every article or of a group's.
    let readBefore: Set<Int64>?
    /// What the window asks the cache; nil for a window that cannot ask (it waits instead).
    let queries: WindowQueries?
    /// Each group's window, made once: nil for a group whose ends the cache could not give.
    private let groups = Mutex<[Language.Group: ListWindow?]>([:])
    /// The unread view's last window, with the marks and the group it was made for.
    private let lastUnread = Mutex<(read: Set<Int64>, group: Language.Group?, window: ListWindow?)?>(nil)

    public init(
        order: ListOrder, ends: ListEnds, full: FullListRead, group: Language.Group? = nil,
        queries: WindowQueries? = nil, readBefore: Set<Int64>? = nil
    ) {
        self.order = order
        self.ends = ends
        self.full = full
        self.group = group
        self.queries = queries
        self.readBefore = readBefore
    }

    /// Whether this is the window of every article, which makes the others.
    private var isWhole: Bool { group == nil && readBefore == nil }

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
        guard isWhole, let queries, !full.isDone else { return nil }
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
        guard isWhole, let queries, !full.isDone, marked.count <= WindowQueries.mostMarked else { return nil }
        return queries.listed(marked, group)
    }

    /// The window of the unread view given the marks `read` (of `group`'s articles when one is given),
    /// in the same order, while this one's whole list is on its way: nil once it has landed, over a
    /// window of a group or of the unread view already, or when the cache cannot give its ends at
    /// once. Asked again with the same marks and group, it is the same window.
    func window(unread read: Set<Int64>, group: Language.Group?) -> ListWindow? {
        guard isWhole, let queries, !full.isDone else { return nil }
        return lastUnread.withLock { last in
            if let last, last.group == group, last.read == read { return last.window }
            let window = queries.unreadEnds(group, read).map { ends in
                let rows = full.filtered(excluding: read) { Language(tag: $0).isIn(group) }
                return ListWindow(
                    order: order, ends: ends, full: rows, group: group, queries: queries, readBefore: read)
            }
            last = (read, group, window)
            return window
        }
    }

    /// Whether article `id` is a row: any article of the library, or of the group, not read when the
    /// unread view's window was made.
    func holds(_ id: Int64) -> Bool {
        if isWhole || rowAtEnds(of: id) != nil { return true }
        if readBefore?.contains(id) == true { return false }
        return queries?.countListed([id], group) == 1
    }

    /// How many rows are not in `read`. Every read mark is taken for an article of the library (the
    /// reading memory keeps marks of no other); a group's window asks the cache which are its, and
    /// the unread view's which of those made since it was are its.
    func unread(given read: Set<Int64>) -> Int {
        let rowsRead = readBefore.map { read.subtracting($0) } ?? read
        if rowsRead.isEmpty { return count }
        if isWhole { return max(0, count - rowsRead.count) }
        return max(0, count - (queries?.countListed(rowsRead, group) ?? 0))
    }
}
