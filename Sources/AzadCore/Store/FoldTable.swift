/// The folded form of every scalar, from the table `scripts/generate-fold-table` writes: dense below
/// U+0800 (ASCII, Latin, Greek, Cyrillic, Arabic) so that folding Persian and European text is one
/// lookup per scalar, sorted and binary-searched above.
struct FoldTable: Sendable {
    /// Scalars below this are in the dense part.
    static let denseLimit: UInt32 = 0x800

    static let shared = FoldTable()

    /// `denseValues[denseOffsets[c]..<denseOffsets[c + 1]]` is the folded form of scalar `c`.
    private let denseOffsets: [Int32]
    private let denseValues: [UInt32]
    /// Scalars from `denseLimit` up that fold to something else, sorted, with their folded forms.
    private let keys: [UInt32]
    private let offsets: [Int32]
    private let values: [UInt32]

    private init() {
        var sparse: [UInt32: [UInt32]] = [:]
        var keys: [UInt32] = []
        var offsets: [Int32] = [0]
        var values: [UInt32] = []
        for entry in Self.packed.utf8.split(separator: UInt8(ascii: ";")) {
            let parts = entry.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            guard parts.count == 2, let key = UInt32(String(decoding: parts[0], as: UTF8.self), radix: 16) else {
                continue
            }
            let folded = parts[1].split(separator: UInt8(ascii: ",")).compactMap {
                UInt32(String(decoding: $0, as: UTF8.self), radix: 16)
            }
            if key < Self.denseLimit {
                sparse[key] = folded
            } else {
                // The generator writes keys in ascending order.
                keys.append(key)
                values.append(contentsOf: folded)
                offsets.append(Int32(values.count))
            }
        }
        var denseOffsets: [Int32] = [0]
        var denseValues: [UInt32] = []
        denseOffsets.reserveCapacity(Int(Self.denseLimit) + 1)
        for value in 0..<Self.denseLimit {
            if let folded = sparse[value] {
                denseValues.append(contentsOf: folded)
            } else if value >= 0x41 && value <= 0x5A {
                denseValues.append(value | 0x20)
            } else {
                denseValues.append(value)
            }
            denseOffsets.append(Int32(denseValues.count))
        }
        self.denseOffsets = denseOffsets
        self.denseValues = denseValues
        self.keys = keys
        self.offsets = offsets
        self.values = values
    }

    /// Calls `body` with each scalar of the folded form of `value`.
    @inline(__always)
    func forEach(_ value: UInt32, _ body: (UInt32) -> Void) {
        if value < Self.denseLimit {
            var position = Int(denseOffsets[Int(value)])
            let end = Int(denseOffsets[Int(value) + 1])
            while position < end {
                body(denseValues[position])
                position += 1
            }
            return
        }
        if Folding.isSpacedScript(value) || (0xAC00...0xD7A3).contains(value) {
            body(value)
            return
        }
        if (0xE0000...0xE0FFF).contains(value) { return }  // tags and variation selectors
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < value { low = middle + 1 } else { high = middle }
        }
        guard low < keys.count, keys[low] == value else {
            body(value)
            return
        }
        var position = Int(offsets[low])
        let end = Int(offsets[low + 1])
        while position < end {
            body(values[position])
            position += 1
        }
    }
}
