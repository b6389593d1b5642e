import CICU

/// The Unicode Bidirectional Algorithm on one line, by ICU's `ubidi`.
public enum BidiReorder {
    /// The resolved embedding levels and visual order of one line of UTF-16 text.
    public struct Result: Sendable, Hashable {
        /// One level per UTF-16 unit of the input; odd levels run right to left.
        public var levels: [UInt8]
        /// For each visual position from the left, the UTF-16 index of the logical unit shown there.
        public var visualOrder: [Int]
        /// The paragraph level actually used (0 or 1).
        public var paragraphLevel: Int
    }

    /// Resolves levels and visual order of `text` (one line, UTF-16) with the paragraph `direction`,
    /// or from its first strong character (falling back to `fallback`) when `direction` is nil.
    public static func reorder(
        _ text: [UInt16], direction: ParagraphDirection?, fallback: ParagraphDirection = .leftToRight
    ) -> Result {
        guard !text.isEmpty else {
            return Result(levels: [], visualOrder: [], paragraphLevel: direction == .rightToLeft ? 1 : 0)
        }
        // Left-to-right text with nothing from the Hebrew block up needs no reordering: most lines
        // of a European article, and what keeps a long line of Latin quick to lay out.
        if direction == .leftToRight || (direction == nil && fallback == .leftToRight),
            !text.contains(where: { $0 >= 0x0590 })
        {
            return Result(
                levels: [UInt8](repeating: 0, count: text.count), visualOrder: Array(text.indices), paragraphLevel: 0)
        }
        guard let bidi = azad_ubidi_open() else { preconditionFailure("ubidi_open failed: out of memory") }
        defer { azad_ubidi_close(bidi) }
        let level: Int32
        switch direction {
        case .leftToRight: level = 0
        case .rightToLeft: level = 1
        case nil: level = fallback == .rightToLeft ? -2 : -1
        }
        let length = Int32(text.count)
        let status = text.withUnsafeBufferPointer { azad_ubidi_set_para(bidi, $0.baseAddress, length, level) }
        precondition(azad_u_failure(status) == 0, "ubidi_setPara failed with ICU status \(status)")
        var levels = [UInt8](repeating: 0, count: text.count)
        var map = [Int32](repeating: 0, count: text.count)
        _ = levels.withUnsafeMutableBufferPointer { azad_ubidi_get_levels(bidi, $0.baseAddress, length) }
        _ = map.withUnsafeMutableBufferPointer { azad_ubidi_get_visual_map(bidi, $0.baseAddress) }
        return Result(
            levels: levels, visualOrder: map.map { Int($0) }, paragraphLevel: Int(azad_ubidi_get_para_level(bidi)))
    }
}
