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

    /// Per slot, the UTF-8 of the scalar's fold and of its compact form; a scalar that folds to a
    /// reorderable mark is unknown in both, and text holding it goes the slow way.
    private let folds: ScalarBytes
    private let compacts: ScalarBytes

    private init() {
        // Slots are numbered through the ranges in order; each scalar is folded once for both tables.
        let folded = Self.ranges.joined().map(Self.fold)
        let slots = 0..<UInt32(folded.count)
        folds = ScalarBytes(scalars: slots) { slot in folded[Int(slot)].map { Array($0.utf8) } }
        compacts = ScalarBytes(scalars: slots) { slot in
            folded[Int(slot)].map { Array(MatchKey.compactScalars($0).utf8) }
        }
    }

    /// `MatchKey.fold` of the scalar `value` alone, or nil when it is no scalar or its fold holds a
    /// mark that canonical ordering could move across the next scalar's.
    private static func fold(_ value: UInt32) -> String? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let folded = MatchKey.slowFold(String(Character(scalar)))
        guard folded.unicodeScalars.allSatisfy({ $0.properties.canonicalCombiningClass.rawValue == 0 }) else {
            return nil
        }
        return folded
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
        return folds.withBuffers { folds in
            for scalar in text {
                guard let slot = Self.slot(scalar.value), let bytes = folds.output(slot) else { return .unknown }
                if output.count + bytes.count > limit { return .tooLong }
                output.append(contentsOf: bytes)
            }
            return .fits
        }
    }

    /// Runs `body` with the fold table read through buffer pointers, for loops that fold scalar by
    /// scalar without building a string.
    func withFolds<Result>(_ body: (Folds) -> Result) -> Result {
        folds.withBuffers { body(Folds(buffers: $0)) }
    }

    /// The fold table as buffer pointers, valid inside `withFolds` only.
    struct Folds {
        fileprivate let buffers: ScalarBytes.Buffers

        /// The UTF-8 of the fold of the scalar `value`, or nil when the table does not hold it.
        @inline(__always)
        func fold(of value: UInt32) -> UnsafeBufferPointer<UInt8>? {
            guard let slot = MatchKeyTable.slot(value) else { return nil }
            return buffers.output(slot)
        }
    }

    /// What `fold(_:limit:into:)` made of a word.
    enum BoundedFold { case fits, tooLong, unknown }

    /// The fold (`compact` false) or compact form of `text`, or nil when a scalar in it is not known.
    func apply(_ text: some StringProtocol, compact: Bool) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        let held = (compact ? compacts : folds).withBuffers { table in
            for scalar in text.unicodeScalars {
                guard let slot = Self.slot(scalar.value), let bytes = table.output(slot) else { return false }
                output.append(contentsOf: bytes)
            }
            return true
        }
        return held ? String(decoding: output, as: UTF8.self) : nil
    }
}
