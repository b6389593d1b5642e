/// Splits folded text into words exactly where the index does.
///
/// The FTS5 table uses `unicode61` with `categories 'L* N* Co M*'`: letters, numbers, private-use
/// characters and marks make words; everything else separates them.
enum FoldedWords {
    /// The table's tokenizer, kept beside the rule above that mirrors it.
    static let tokenizer = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"

    /// The words of `folded` as UTF-8 offset ranges.
    static func ranges(in folded: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var offset = 0
        var start: Int?
        for scalar in folded.unicodeScalars {
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if start == nil { start = offset }
            } else if let wordStart = start {
                result.append(wordStart..<offset)
                start = nil
            }
            offset += width
        }
        if let wordStart = start { result.append(wordStart..<offset) }
        return result
    }

    /// The words of `folded`.
    static func words(in folded: String) -> [String] {
        let utf8 = Array(folded.utf8)
        return ranges(in: folded).map { String(decoding: utf8[$0], as: UTF8.self) }
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        // Every non-ASCII letter of Persian and European text is asked about while indexing: a table
        // spares the standard library's category search for them.
        if value < 0x800 { return wordTable[Int(value)] }
        return hasWordCategory(scalar)
    }

    /// `hasWordCategory` of the scalars below U+0800.
    private static let wordTable: [Bool] = (0..<0x800).map { hasWordCategory(Unicode.Scalar(UInt32($0))!) }

    /// Whether the scalar's general category is one the tokenizer's `categories` makes part of words.
    private static func hasWordCategory(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }
}
