/// Which positions of a longer list a filtered one holds: one bit a position, and the number of
/// held positions before every block of `wordsPerBlock` words. A view that keeps most of a million
/// rows then takes 130 KB beside the list it picks from, rather than a copy of the ids it keeps.
///
/// The `k`-th held position is found by a binary search over the blocks and counting the bits of at
/// most one block's words; the number held before a position by one block's count and its words.
struct PickedPositions: Sendable, Equatable {
    static let wordsPerBlock = 8

    /// Bit `p % 64` of word `p / 64` is set when position `p` is held.
    private(set) var words: [UInt64] = []
    /// Per block of `wordsPerBlock` words, how many positions the blocks before it hold.
    private var before: [UInt32] = []
    /// How many positions are held.
    private(set) var count = 0

    init() {}

    /// The positions whose bits `words` sets.
    init(words: [UInt64]) {
        self.words = words
        before.reserveCapacity(words.count / Self.wordsPerBlock + 1)
        var held = 0
        for (index, word) in words.enumerated() {
            if index % Self.wordsPerBlock == 0 { before.append(UInt32(held)) }
            held += word.nonzeroBitCount
        }
        count = held
    }

    /// The bytes the bits and the block counts take.
    var bytes: Int { words.count * 8 + before.count * 4 }

    /// The bytes the bits and block counts of a pick of `rows` positions take.
    static func bytes(rows: Int) -> Int {
        let words = (rows + 63) / 64
        return words * 8 + (words + wordsPerBlock - 1) / wordsPerBlock * 4
    }

    /// Whether position `position` is held.
    func contains(_ position: Int) -> Bool {
        guard position >= 0, position >> 6 < words.count else { return false }
        return words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }

    /// How many held positions come before `position`: its row in the filtered list when it is held.
    func rank(_ position: Int) -> Int {
        let word = position >> 6
        let block = word / Self.wordsPerBlock
        var held = Int(before[block])
        for index in block * Self.wordsPerBlock..<word { held += words[index].nonzeroBitCount }
        return held + (words[word] & ((1 << UInt64(position & 63)) - 1)).nonzeroBitCount
    }

    /// The position of the `k`-th held one (from 0).
    func position(of k: Int) -> Int {
        precondition(k >= 0 && k < count, "row \(k) of \(count)")
        // The last block with fewer than k + 1 held before it.
        var low = 0
        var high = before.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(before[middle]) <= k { low = middle } else { high = middle - 1 }
        }
        var remaining = k - Int(before[low])
        var index = low * Self.wordsPerBlock
        while remaining >= words[index].nonzeroBitCount {
            remaining -= words[index].nonzeroBitCount
            index += 1
        }
        var word = words[index]
        for _ in 0..<remaining { word &= word - 1 }
        return index << 6 + word.trailingZeroBitCount
    }

    /// Calls `body` with each held position, in order.
    func forEach(_ body: (Int) throws -> Void) rethrows {
        for (index, word) in words.enumerated() {
            var rest = word
            while rest != 0 {
                try body(index << 6 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
    }
}
