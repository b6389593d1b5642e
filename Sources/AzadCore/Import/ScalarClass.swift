/// What the parser needs to know of a scalar in its hottest loops, looked up in a table for the scalars
/// below U+0800 (ASCII, Latin, Greek, Cyrillic, Arabic) instead of the standard library's binary searches.
///
/// The grapheme classes are only those whose behaviour in grapheme breaking is simple: text made of
/// them alone breaks into Characters before every `base` and `control` scalar and after every
/// `control`, so a split by Characters can be done scalar by scalar. Anything else is `other`, and
/// text holding it takes the Character-by-Character path.
enum ScalarClass {
    /// How a scalar takes part in grapheme breaking, for the cases handled without the standard library.
    enum Grapheme: UInt8 {
        /// Not in the table, or a class with rules of its own (CR, prepend, spacing mark, pictograph…).
        case other
        /// Starts a Character, and is continued by following `extend` scalars.
        case base
        /// Continues the Character before it (combining marks, ZWNJ).
        case extend
        /// Tab or line feed: a Character of its own.
        case control
    }

    /// The table's extent; ZWNJ, above it, is handled on its own.
    private static let limit: UInt32 = 0x800

    private static let table: [(grapheme: Grapheme, alphabetic: Bool)] = (0..<limit).map { value in
        let scalar = Unicode.Scalar(value)!
        let properties = scalar.properties
        let grapheme: Grapheme
        switch value {
        case 0x09, 0x0A: grapheme = .control
        case 0x20...0x7E: grapheme = .base
        // © and ® are pictographs (emoji sequences); U+0600–U+0605, U+06DD and U+070F are prepended.
        case 0x00...0x9F, 0xA9, 0xAE, 0x0600...0x0605, 0x06DD, 0x070F: grapheme = .other
        default:
            if properties.isGraphemeExtend {
                grapheme = .extend
            } else {
                switch properties.generalCategory {
                case .spacingMark, .control, .format, .unassigned, .surrogate, .privateUse, .lineSeparator,
                    .paragraphSeparator:
                    grapheme = .other
                default: grapheme = .base
                }
            }
        }
        return (grapheme, properties.isAlphabetic)
    }

    /// Runs `body` with the table for the scalars below U+0800, for loops that would otherwise check
    /// the table's lazy initialisation at every scalar.
    static func withTable<Result>(
        _ body: (UnsafeBufferPointer<(grapheme: Grapheme, alphabetic: Bool)>) -> Result
    ) -> Result {
        table.withUnsafeBufferPointer(body)
    }

    /// The scalar's grapheme class.
    @inline(__always)
    static func grapheme(_ scalar: Unicode.Scalar) -> Grapheme {
        if scalar.value < limit { return table[Int(scalar.value)].grapheme }
        return scalar.value == 0x200C ? .extend : .other
    }

    /// `scalar.properties.isAlphabetic`, from the table when it can.
    @inline(__always)
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < limit ? table[Int(scalar.value)].alphabetic : scalar.properties.isAlphabetic
    }
}
