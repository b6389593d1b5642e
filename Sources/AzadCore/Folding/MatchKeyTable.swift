/// `MatchKey.fold` and `MatchKey.compact` of single scalars, precomputed for the scripts exports are
/// written in, so that folding a line is one lookup per scalar instead of Foundation's lower-casing
/// and compatibility decomposition of a fresh string.
///
/// Both functions work scalar by scalar (Swift's `lowercased()` maps each scalar on its own, and
/// compatibility decomposition only reorders marks with a non-zero combining class), so the fold of
/// a string is the concatenation of the folds of its scalars as long as no scalar folds to such a
/// mark. Scalars outside the table's ranges, and those few that do fold to a reorderable mark, are
/// marked unknown: text holding one takes the slow path, which is the definition.
struct MatchKeyTable: Sendable {
    static let shared = MatchKeyTable()

    /// The ranges held: ASCII to Arabic, general punctuation (ZWNJ, direction marks, dashes), and the
    /// Arabic presentation forms old PDFs extract to.
    private static let ranges: [Range<UInt32>] = [0..<0x800, 0x2000..<0x2070, 0xFB50..<0xFF00]

    /// Per scalar, `bytes[offsets[i]..<offsets[i + 1]]` is the UTF-8 of its fold (or compact form);
    /// `known[i]` is false when the scalar must go the slow way.
    private let foldOffsets: [Int32]
    private let foldBytes: [UInt8]
    private let compactOffsets: [Int32]
    private let compactBytes: [UInt8]
    private let known: [Bool]

    private init() {
        var foldOffsets: [Int32] = [0]
        var foldBytes: [UInt8] = []
        var compactOffsets: [Int32] = [0]
        var compactBytes: [UInt8] = []
        var known: [Bool] = []
        for range in Self.ranges {
            for value in range {
                var isKnown = false
                if let scalar = Unicode.Scalar(value) {
                    let single = String(Character(scalar))
                    let folded = MatchKey.slowFold(single)
                    isKnown = folded.unicodeScalars.allSatisfy { $0.properties.canonicalCombiningClass.rawValue == 0 }
                    if isKnown {
                        foldBytes.append(contentsOf: folded.utf8)
                        compactBytes.append(contentsOf: MatchKey.compactScalars(folded).utf8)
                    }
                }
                known.append(isKnown)
                foldOffsets.append(Int32(foldBytes.count))
                compactOffsets.append(Int32(compactBytes.count))
            }
        }
        self.foldOffsets = foldOffsets
        self.foldBytes = foldBytes
        self.compactOffsets = compactOffsets
        self.compactBytes = compactBytes
        self.known = known
    }

    /// The table slot of `value`, or nil when it is outside the table.
    @inline(__always)
    fileprivate static func slot(_ value: UInt32) -> Int? {
        // `ranges` spelled out: reading the static array costs a lazy-initialisation check per scalar.
        // `slotsFollowRanges` in the tests keeps the two in step.
        if value < 0x800 { return Int(value) }
        if value >= 0x2000 && value < 0x2070 { return Int(0x800 + value - 0x2000) }
        if value >= 0xFB50 && value < 0xFF00 { return Int(0x870 + value - 0xFB50) }
        return nil
    }

    /// `slot` by its definition, from `ranges`.
    static func slotFromRanges(_ value: UInt32) -> Int? {
        var base: UInt32 = 0
        for range in Self.ranges {
            if range.contains(value) { return Int(base + value - range.lowerBound) }
            base += UInt32(range.count)
        }
        return nil
    }

    /// `slot`, for the tests.
    static func slotForTesting(_ value: UInt32) -> Int? { slot(value) }

    /// Folds `text` into `output` (emptied first) as long as the fold stays within `limit` bytes:
    /// `.fits`, `.tooLong` as soon as it would not (folds only ever append, so the rest cannot shrink
    /// it back), or `.unknown` when a scalar in it is not held and the caller must take `fold`.
    func fold(
        _ text: Substring.UnicodeScalarView, limit: Int, into output: inout [UInt8]
    ) -> BoundedFold {
        output.removeAll(keepingCapacity: true)
        // Buffer pointers, not array slices: this runs for every word of the language guess's sample,
        // and slicing retains and releases the arrays each time.
        return known.withUnsafeBufferPointer { known in
            foldOffsets.withUnsafeBufferPointer { offsets in
                foldBytes.withUnsafeBufferPointer { bytes in
                    for scalar in text {
                        guard let slot = Self.slot(scalar.value), known[slot] else { return .unknown }
                        let start = Int(offsets[slot])
                        let end = Int(offsets[slot + 1])
                        if output.count + end - start > limit { return .tooLong }
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    }
                    return .fits
                }
            }
        }
    }

    /// Runs `body` with the fold table read through buffer pointers, for loops that fold scalar by
    /// scalar without building a string.
    func withFolds<Result>(_ body: (Folds) -> Result) -> Result {
        known.withUnsafeBufferPointer { known in
            foldOffsets.withUnsafeBufferPointer { offsets in
                foldBytes.withUnsafeBufferPointer { bytes in
                    body(Folds(known: known, offsets: offsets, bytes: bytes))
                }
            }
        }
    }

    /// The fold table as buffer pointers, valid inside `withFolds` only.
    struct Folds {
        fileprivate let known: UnsafeBufferPointer<Bool>
        fileprivate let offsets: UnsafeBufferPointer<Int32>
        fileprivate let bytes: UnsafeBufferPointer<UInt8>

        /// The UTF-8 of the fold of the scalar `value`, or nil when the table does not hold it.
        @inline(__always)
        func fold(of value: UInt32) -> UnsafeBufferPointer<UInt8>? {
            guard let slot = MatchKeyTable.slot(value), known[slot] else { return nil }
            return UnsafeBufferPointer(rebasing: bytes[Int(offsets[slot])..<Int(offsets[slot + 1])])
        }
    }

    /// What `fold(_:limit:into:)` made of a word.
    enum BoundedFold { case fits, tooLong, unknown }

    /// The fold (`compact` false) or compact form of `text`, or nil when a scalar in it is not known.
    func apply(_ text: some StringProtocol, compact: Bool) -> String? {
        let offsets = compact ? compactOffsets : foldOffsets
        let bytes = compact ? compactBytes : foldBytes
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        // Buffer pointers: slicing the arrays per scalar retains and releases them each time.
        let held = known.withUnsafeBufferPointer { known in
            offsets.withUnsafeBufferPointer { offsets in
                bytes.withUnsafeBufferPointer { bytes in
                    for scalar in text.unicodeScalars {
                        guard let slot = Self.slot(scalar.value), known[slot] else { return false }
                        output.append(
                            contentsOf: UnsafeBufferPointer(
                                rebasing: bytes[Int(offsets[slot])..<Int(offsets[slot + 1])]))
                    }
                    return true
                }
            }
        }
        return held ? String(decoding: output, as: UTF8.self) : nil
    }
}
