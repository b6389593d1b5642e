/// Article ids in a list's order, four bytes each while every one fits in 32 bits and eight once one
/// does not: the cache numbers its articles from 1, so a list of a million takes 4 MB rather than 8.
///
/// Appending keeps the ids in one buffer of the narrow or of the wide kind, decided by the ids alone,
/// so two lists of the same ids in the same order are equal.
public struct ArticleIDs: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral {
    /// Every id, while all fit in 32 bits; empty once `wide` holds them.
    private var narrow: [UInt32] = []
    /// Every id, once one does not fit in 32 bits.
    private var wide: [Int64]?

    public init() {}

    public init(_ ids: some Sequence<Int64>) {
        reserveCapacity(ids.underestimatedCount)
        for id in ids { append(id) }
    }

    public init(arrayLiteral ids: Int64...) { self.init(ids) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { wide?.count ?? narrow.count }

    public subscript(position: Int) -> Int64 {
        if let wide { return wide[position] }
        return Int64(narrow[position])
    }

    /// The bytes the ids take, four or eight an id.
    var bytes: Int { wide.map { $0.count * 8 } ?? narrow.count * 4 }

    public mutating func reserveCapacity(_ capacity: Int) {
        if wide != nil { wide!.reserveCapacity(capacity) } else { narrow.reserveCapacity(capacity) }
    }

    public mutating func append(_ id: Int64) {
        if wide != nil {
            wide!.append(id)
        } else if let small = UInt32(exactly: id) {
            narrow.append(small)
        } else {
            var widened = narrow.map(Int64.init)
            widened.reserveCapacity(narrow.capacity)
            widened.append(id)
            narrow = []
            wide = widened
        }
    }
}
