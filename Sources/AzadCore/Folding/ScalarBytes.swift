/// The UTF-8 bytes a rule turns each scalar of a fixed set into, made once: the one lookup mechanism
/// behind folding for search (`Folding.DenseOutput`) and the parser's match keys (`MatchKeyTable`).
///
/// A rule is written once as a function of one scalar; the table makes running it over text one
/// lookup and one copy per scalar. Slots are numbered by the caller (a scalar's value, or its place
/// in a few ranges), and a slot the rule cannot answer alone is marked unknown, so that text holding
/// its scalar takes the rule's own slow path.
struct ScalarBytes: Sendable {
    /// `bytes[offsets[slot]..<offsets[slot + 1]]` is the output of the scalar in `slot`.
    private let offsets: [Int32]
    private let bytes: [UInt8]
    /// Whether the rule answered for the slot; an unknown slot has no bytes.
    private let known: [Bool]

    /// Runs `rule` on each of `scalars`, in slot order; `rule` returns nil where the table must not
    /// answer for that scalar.
    init(scalars: some Sequence<UInt32>, rule: (UInt32) -> [UInt8]?) {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        var known: [Bool] = []
        for value in scalars {
            let output = rule(value)
            if let output { bytes.append(contentsOf: output) }
            known.append(output != nil)
            offsets.append(Int32(bytes.count))
        }
        self.offsets = offsets
        self.bytes = bytes
        self.known = known
    }

    /// Runs `body` with the table read through buffer pointers: slicing the arrays per scalar would
    /// retain and release them each time, in loops that run for every word of an import.
    @inline(__always)
    func withBuffers<Result>(_ body: (Buffers) -> Result) -> Result {
        known.withUnsafeBufferPointer { known in
            offsets.withUnsafeBufferPointer { offsets in
                bytes.withUnsafeBufferPointer { bytes in
                    body(Buffers(known: known, offsets: offsets, bytes: bytes))
                }
            }
        }
    }

    /// The table as buffer pointers, valid inside `withBuffers` only.
    struct Buffers {
        fileprivate let known: UnsafeBufferPointer<Bool>
        fileprivate let offsets: UnsafeBufferPointer<Int32>
        fileprivate let bytes: UnsafeBufferPointer<UInt8>

        /// The output of the scalar in `slot`, or nil when the rule did not answer for it.
        @inline(__always)
        func output(_ slot: Int) -> UnsafeBufferPointer<UInt8>? {
            guard known[slot] else { return nil }
            return UnsafeBufferPointer(rebasing: bytes[Int(offsets[slot])..<Int(offsets[slot + 1])])
        }

        /// Where the output of the scalar in `slot` starts and ends in `bytes`, for a slot known to
        /// be answered.
        @inline(__always)
        func range(_ slot: Int) -> Range<Int> { Int(offsets[slot])..<Int(offsets[slot + 1]) }

        /// Byte `position` of the outputs, as `range` numbers them.
        @inline(__always)
        subscript(position: Int) -> UInt8 { bytes[position] }
    }
}
