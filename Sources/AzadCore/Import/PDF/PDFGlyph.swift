/// One character drawn on a PDF page and the box poppler gives it, in points from the page's top left.
struct PDFGlyph: Sendable, Hashable {
    var scalar: Unicode.Scalar
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    /// A glyph from a box given by any two opposite corners (poppler gives right-to-left glyphs'
    /// corners right first), rounded to a hundredth of a point so that repeats compare equal.
    init(scalar: Unicode.Scalar, x1: Double, y1: Double, x2: Double, y2: Double) {
        self.scalar = scalar
        left = Self.rounded(min(x1, x2))
        right = Self.rounded(max(x1, x2))
        top = Self.rounded(min(y1, y2))
        bottom = Self.rounded(max(y1, y2))
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    var height: Double { bottom - top }
    var middle: Double { (top + bottom) / 2 }

    /// How the glyph takes part in putting a line back into logical order.
    enum Direction: Sendable, Hashable {
        /// A letter of a right-to-left script (Arabic, Hebrew, Syriac, Thaana, N'Ko).
        case rightToLeft
        /// A letter of any other script.
        case leftToRight
        /// A digit of any script: runs left to right inside right-to-left text.
        case number
        /// Punctuation, symbols and marks: they go with the letters around them.
        case neutral
    }

    var direction: Direction {
        let value = scalar.value
        if scalar.properties.numericType == .decimal { return .number }
        if (0x0590...0x08FF).contains(value) || (0xFB1D...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value) {
            // Arabic punctuation (، ؛ ؟) and marks sit in the block but are neutral.
            return scalar.properties.isAlphabetic ? .rightToLeft : .neutral
        }
        return scalar.properties.isAlphabetic ? .leftToRight : .neutral
    }

    /// Whether right-to-left letters outnumber the others among `glyphs`.
    static func mostlyRightToLeft(_ glyphs: [PDFGlyph]) -> Bool {
        var balance = 0
        for glyph in glyphs {
            switch glyph.direction {
            case .rightToLeft: balance += 1
            case .leftToRight: balance -= 1
            case .number, .neutral: break
            }
        }
        return balance > 0
    }
}
