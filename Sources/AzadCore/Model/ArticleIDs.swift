/// Article ids in a list's order, four bytes each while every one fits in 32 bits and eight once one
/// does not: the cache numbers its articles from 1, so a list of a million takes 4 MB rather than 8.
///
/// Appending keeps the ids in one buffer of the narrow or of the wide kind, decided by the ids alone,
/// so two lists of the same ids in the same order are equal.
public struct ArticleIDs: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    /// Every id, while all fit in 32 bits; empty once `wide` holds them.
    private var narrow: [UInt32] = []
    /// Every id, once one does not fit in 32 bits; empty until then.
    private var wide: [Int64] = []
    /// Whether `wide` holds the ids. A flag rather than an optional array, so that reading an id
    /// borrows the array in place (a list of a million is read id by id).
    private var isWide = false

    public init() {}

    public init(_ ids: some Sequence<Int64>) {
        reserveCapacity(ids.underestimatedCount)
        for id in ids { append(id) }
    }

    public init(arrayLiteral ids: Int64...) { self.init(ids) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { isWide ? wide.count : narrow.count }

    public subscript(position: Int) -> Int64 { isWide ? wide[position] : Int64(narrow[position]) }

    /// The bytes the ids take, four or eight an id.
    var bytes: Int { isWide ? wide.count * 8 : narrow.count * 4 }

    public mutating func reserveCapacity(_ capacity: Int) {
        if isWide { wide.reserveCapacity(capacity) } else { narrow.reserveCapacity(capacity) }
    }

    public mutating func append(_ id: Int64) {
        if isWide {
            wide.append(id)
        } else if let small = UInt32(exactly: id) {
            narrow.append(small)
        } else {
            wide = narrow.map(Int64.init)
            wide.reserveCapacity(narrow.capacity)
            wide.append(id)
            narrow = []
            isWide = true
        }
    }

    /// The ids at the rows `keep` takes (given the row and its id), in their order, with room for
    /// `capacity`: a filter's pass over a million rows on a key, each id read from the buffer as it
    /// is held rather than through `append(_:)` and the subscript, which cost most of the pass.
    public func filtered(capacity: Int, _ keep: (Int, Int64) -> Bool) -> ArticleIDs {
        var kept = ArticleIDs()
        kept.reserveCapacity(capacity)
        guard !isWide else {
            // Ids this wide never come from the cache; the kept ones may all fit 32 bits again.
            for row in wide.indices where keep(row, wide[row]) { kept.append(wide[row]) }
            return kept
        }
        narrow.withUnsafeBufferPointer { ids in
            for row in ids.indices where keep(row, Int64(ids[row])) { kept.narrow.append(ids[row]) }
        }
        return kept
    }

    /// How many of the ids are in `set`: the rows of a list that are read or starred.
    public func count(in set: Set<Int64>) -> Int {
        guard !set.isEmpty else { return 0 }
        let membership = IDMembership(set, rows: count)
        if isWide { return wide.reduce(0) { membership.contains($1) ? $0 + 1 : $0 } }
        return narrow.reduce(0) { membership.contains(Int64($1)) ? $0 + 1 : $0 }
    }

    /// Whether `id` is one of the ids, compared as they are held.
    public func contains(_ id: Int64) -> Bool { firstIndex(of: id) != nil }

    /// The first position of `id`, comparing the ids as they are held.
    public func firstIndex(of id: Int64) -> Int? {
        if isWide { return wide.firstIndex(of: id) }
        return UInt32(exactly: id).flatMap { narrow.firstIndex(of: $0) }
    }
}
