import AzadCore

/// Every article in one order before its ids are all read: the first and last rows and the count
/// (`ListEnds`), with the whole list on its way (`FullListRead`). A row near either end, the count
/// and `G` are answered at once; a row between them, or anything that needs every id (a filter, a
/// view of the marks, mark all read), waits for the whole list.
public final class ListWindow: Sendable {
    public let order: ListOrder
    let ends: ListEnds
    let full: FullListRead

    public init(order: ListOrder, ends: ListEnds, full: FullListRead) {
        self.order = order
        self.ends = ends
        self.full = full
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
}
