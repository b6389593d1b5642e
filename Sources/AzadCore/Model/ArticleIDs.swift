/// Article ids in a list's order, four bytes each while every one fits in 32 bits and eight once one
/// does not: the cache numbers its articles from 1, so a list of a million takes 4 MB rather than 8.
///
/// A filter's pass that keeps more than about a thirtieth of a narrow list's rows holds the positions
/// it keeps (`PickedPositions`, a bit a row) beside the list's own buffer, which it shares, rather
/// than a copy of the kept ids: the unread view of a million rows takes 130 KB more, not 4 MB.
///
/// Appending keeps the ids in one buffer of the narrow or of the wide kind, decided by the ids alone;
/// lists are equal, and hash alike, when they hold the same ids in the same order, however held.
public struct ArticleIDs: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    /// Every id while all fit in 32 bits, or the list a pick is of; empty once `wide` holds them.
    private var narrow: [UInt32] = []
    /// Every id, once one does not fit in 32 bits; empty until then.
    private var wide: [Int64] = []
    /// Whether `wide` holds the ids. A flag rather than an optional array, so that reading an id
    /// borrows the array in place (a list of a million is read id by id).
    private var isWide = false
    /// The positions of `narrow` the list holds, when `isPicked`; empty otherwise.
    private var picks = PickedPositions()
    /// Whether the list holds a pick of a longer list's positions rather than ids of its own.
    private(set) var isPicked = false

    public init() {}

    public init(_ ids: some Sequence<Int64>) {
        reserveCapacity(ids.underestimatedCount)
        for id in ids { append(id) }
    }

    public init(arrayLiteral ids: Int64...) { self.init(ids) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { isWide ? wide.count : isPicked ? picks.count : narrow.count }

    public subscript(position: Int) -> Int64 {
        if isWide { return wide[position] }
        return Int64(narrow[isPicked ? picks.position(of: position) : position])
    }

    /// Reads a pick's ids by walking its bits rather than finding each row's position anew.
    public struct Iterator: IteratorProtocol {
        private let ids: ArticleIDs
        private var row = 0
        private var word = 0
        private var rest: UInt64 = 0

        init(_ ids: ArticleIDs) {
            self.ids = ids
            rest = ids.picks.words.first ?? 0
        }

        public mutating func next() -> Int64? {
            guard ids.isPicked else {
                guard row < ids.endIndex else { return nil }
                defer { row += 1 }
                return ids[row]
            }
            while rest == 0 {
                word += 1
                guard word < ids.picks.words.count else { return nil }
                rest = ids.picks.words[word]
            }
            let position = word << 6 + rest.trailingZeroBitCount
            rest &= rest - 1
            return Int64(ids.narrow[position])
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }

    /// The bytes the ids take, four or eight an id; a pick's bits and counts but not the list it
    /// picks from.
    var bytes: Int { isWide ? wide.count * 8 : isPicked ? picks.bytes : narrow.count * 4 }

    public mutating func reserveCapacity(_ capacity: Int) {
        ownIDs()
        if isWide { wide.reserveCapacity(capacity) } else { narrow.reserveCapacity(capacity) }
    }

    public mutating func append(_ id: Int64) {
        ownIDs()
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

    /// Turns a pick into ids of its own, before it is changed.
    private mutating func ownIDs() {
        guard isPicked else { return }
        var own: [UInt32] = []
        own.reserveCapacity(picks.count)
        narrow.withUnsafeBufferPointer { ids in picks.forEach { own.append(ids[$0]) } }
        (narrow, picks, isPicked) = (own, PickedPositions(), false)
    }

    /// The ids at the rows `keep` takes (given the row and its id), in their order, with room for
    /// `capacity`: a filter's pass over a million rows on a key, each id read from the buffer as it
    /// is held rather than through `append(_:)` and the subscript, which cost most of the pass.
    ///
    /// When `capacity` ids would take more than a pick's bits (about a thirtieth of the rows), the
    /// pass marks the kept rows in bits, and the result is a pick of this list's buffer if it keeps
    /// that many, a copy of the kept ids if not.
    public func filtered(capacity: Int, _ keep: (Int, Int64) -> Bool) -> ArticleIDs {
        guard !isWide else {
            // Ids this wide never come from the cache; the kept ones may all fit 32 bits again.
            var kept = ArticleIDs()
            kept.reserveCapacity(capacity)
            for row in wide.indices where keep(row, wide[row]) { kept.append(wide[row]) }
            return kept
        }
        guard Self.picks(capacity, of: narrow.count) else {
            var kept = ArticleIDs()
            kept.reserveCapacity(capacity)
            narrow.withUnsafeBufferPointer { ids in forEachKept(ids, keep) { kept.narrow.append(ids[$0]) } }
            return kept
        }
        var words = [UInt64](repeating: 0, count: (narrow.count + 63) / 64)
        words.withUnsafeMutableBufferPointer { words in
            narrow.withUnsafeBufferPointer { ids in
                forEachKept(ids, keep) { words[$0 >> 6] |= 1 << UInt64($0 & 63) }
            }
        }
        var kept = ArticleIDs()
        (kept.narrow, kept.picks, kept.isPicked) = (narrow, PickedPositions(words: words), true)
        if !Self.picks(kept.picks.count, of: narrow.count) { kept.ownIDs() }
        return kept
    }

    /// Calls `body` with the position in `ids` (this list's narrow buffer) of each row `keep` takes,
    /// in order: every position of a list of its own, the held ones of a pick.
    private func forEachKept(
        _ ids: UnsafeBufferPointer<UInt32>, _ keep: (Int, Int64) -> Bool, _ body: (Int) -> Void
    ) {
        guard isPicked else {
            for row in ids.indices where keep(row, Int64(ids[row])) { body(row) }
            return
        }
        var row = 0
        picks.forEach { position in
            if keep(row, Int64(ids[position])) { body(position) }
            row += 1
        }
    }

    /// Whether keeping `kept` of `rows` is held as a pick: when the ids would take more than the bits.
    private static func picks(_ kept: Int, of rows: Int) -> Bool {
        kept > 0 && kept * 4 > PickedPositions.bytes(rows: rows)
    }

    /// How many of the ids are in `set`: the rows of a list that are read or starred.
    public func count(in set: Set<Int64>) -> Int {
        guard !set.isEmpty else { return 0 }
        let membership = IDMembership(set, rows: count)
        if isWide { return wide.reduce(0) { membership.contains($1) ? $0 + 1 : $0 } }
        guard isPicked else { return narrow.reduce(0) { membership.contains(Int64($1)) ? $0 + 1 : $0 } }
        var held = 0
        narrow.withUnsafeBufferPointer { ids in
            picks.forEach { if membership.contains(Int64(ids[$0])) { held += 1 } }
        }
        return held
    }

    /// Whether `id` is one of the ids, compared as they are held.
    public func contains(_ id: Int64) -> Bool { firstIndex(of: id) != nil }

    /// The first position of `id`, comparing the ids as they are held.
    public func firstIndex(of id: Int64) -> Int? {
        if isWide { return wide.firstIndex(of: id) }
        guard let small = UInt32(exactly: id) else { return nil }
        guard isPicked else { return narrow.firstIndex(of: small) }
        var from = 0
        while let position = narrow[from...].firstIndex(of: small) {
            if picks.contains(position) { return picks.rank(position) }
            from = position + 1
        }
        return nil
    }

    public static func == (lhs: ArticleIDs, rhs: ArticleIDs) -> Bool {
        // The arrays' own comparison answers at once for the buffers of one list.
        if lhs.isWide == rhs.isWide, lhs.isPicked == rhs.isPicked, lhs.narrow == rhs.narrow, lhs.wide == rhs.wide,
            lhs.picks == rhs.picks
        {
            return true
        }
        return lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for id in self { hasher.combine(id) }
    }
}
