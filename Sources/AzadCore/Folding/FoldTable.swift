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
        // A hand-written scan: this runs at the start of every `azad search`.
        var key: UInt32 = 0
        var number: UInt32 = 0
        var folded: [UInt32] = []
        var inValues = false
        var hasNumber = false
        for byte in Self.packed.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number = number << 4 | UInt32(byte - UInt8(ascii: "0"))
                hasNumber = true
            case UInt8(ascii: "A")...UInt8(ascii: "F"):
                number = number << 4 | UInt32(byte - UInt8(ascii: "A") + 10)
                hasNumber = true
            case UInt8(ascii: ":"):
                key = number
                number = 0
                hasNumber = false
                inValues = true
            case UInt8(ascii: ","), UInt8(ascii: ";"):
                if inValues && hasNumber { folded.append(number) }
                number = 0
                hasNumber = false
                if byte == UInt8(ascii: ";") && inValues {
                    if key < Self.denseLimit {
                        sparse[key] = folded
                    } else {
                        // The generator writes keys in ascending order.
                        keys.append(key)
                        values.append(contentsOf: folded)
                        offsets.append(Int32(values.count))
                    }
                    folded.removeAll(keepingCapacity: true)
                    inValues = false
                }
            default:
                break
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
