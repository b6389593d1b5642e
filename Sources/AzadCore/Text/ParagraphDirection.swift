import CICU

/// The base direction of a paragraph: which edge its lines start from.
public enum ParagraphDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case leftToRight
    case rightToLeft

    /// The direction of the first strong character of `text` (Unicode bidi rule P2, with the bidi
    /// controls azad removes ignored), or `fallback` when there is none (numbers, punctuation).
    public init(firstStrongIn text: some StringProtocol, fallback: ParagraphDirection = .leftToRight) {
        for scalar in text.unicodeScalars where !Sanitizer.isBidiControl(scalar) {
            switch azad_u_strong_direction(Int32(bitPattern: scalar.value)) {
            case 1:
                self = .leftToRight
                return
            case 2:
                self = .rightToLeft
                return
            default: continue
            }
        }
        self = fallback
    }
}
