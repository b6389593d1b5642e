import Foundation

/// Folds text so that the spellings exports use for the same word compare equal.
///
/// Only for recognising known words (months, sections, masthead lines, byline prefixes); article
/// text itself is never changed. Compatibility forms (the Arabic presentation forms old PDFs
/// extract to) made plain letters, lower case, harakat and other combining marks removed, Arabic
/// letter variants made Persian (ي ى → ی, ك → ک, ة → ه), tatweel, ZWNJ and direction marks removed,
/// Persian and Arabic-Indic digits made ASCII.
enum MatchKey {
    static func fold(_ text: some StringProtocol) -> String {
        MatchKeyTable.shared.apply(text, compact: false) ?? slowFold(text)
    }

    /// `fold` by definition, through Foundation: for text with scalars `MatchKeyTable` does not hold.
    static func slowFold(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in String(text).lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let digit = PersianDigits.asciiValue(scalar) {
                scalars.append(Unicode.Scalar(UInt8(ascii: "0") + UInt8(digit)))
                continue
            }
            switch scalar.value {
            case 0x0640, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF: continue
            case 0x064A, 0x0649, 0x06D0, 0x06CC: scalars.append("\u{06CC}")
            case 0x0643: scalars.append("\u{06A9}")
            case 0x0629, 0x06C0, 0x06D5: scalars.append("\u{0647}")
            case 0x0622, 0x0623, 0x0625, 0x0671: scalars.append("\u{0627}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// `fold` with every whitespace and punctuation character removed: for whole-line comparisons.
    static func compact(_ text: some StringProtocol) -> String {
        MatchKeyTable.shared.apply(text, compact: true) ?? compactScalars(slowFold(text))
    }

    /// Folded text without its whitespace and punctuation.
    static func compactScalars(_ folded: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            let category = scalar.properties.generalCategory
            switch category {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .connectorPunctuation,
                .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
                .otherPunctuation, .format:
                continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
