/// Whether an id is one of a set's, asked of every row of a long list: the read or starred marks
/// against a million rows. Hashing each of a million ids into a `Set` takes about 20 ms, longer than
/// a key may, so the set's ids are held as one bit an id, up to the largest, when that takes no more
/// memory than the list's ids do (four bytes a row); a set of ids spread further, or holding a
/// negative one, is asked itself.
public struct IDMembership: Sendable {
    private let set: Set<Int64>
    /// Bit `id % 64` of word `id / 64` is set for each id of the set; empty when `usesBits` is false.
    private let bits: [UInt64]
    private let usesBits: Bool

    /// Membership in `set`, to be asked of about `rows` ids.
    public init(_ set: Set<Int64>, rows: Int) {
        self.set = set
        guard let most = set.max() else {
            (bits, usesBits) = ([], true)
            return
        }
        guard set.min()! >= 0, Int(most >> 6) < max(64, rows / 2) else {
            (bits, usesBits) = ([], false)
            return
        }
        var bits = [UInt64](repeating: 0, count: Int(most >> 6) + 1)
        for id in set { bits[Int(id >> 6)] |= 1 << UInt64(id & 63) }
        (self.bits, usesBits) = (bits, true)
    }

    public func contains(_ id: Int64) -> Bool {
        guard usesBits else { return set.contains(id) }
        guard id >= 0, Int(id >> 6) < bits.count else { return false }
        return bits[Int(id >> 6)] & (1 << UInt64(id & 63)) != 0
    }
}
