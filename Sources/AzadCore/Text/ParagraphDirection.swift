import CICU

/// The base direction of a paragraph: which edge its lines start from.
public enum ParagraphDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case leftToRight
    case rightToLeft

    /// The direction of the first strong character of `text` (Unicode bidi rule P2, with the bidi
    /// controls and escape sequences azad removes ignored), or `fallback` when there is none
    /// (numbers, punctuation).
    public init(firstStrongIn text: some StringProtocol, fallback: ParagraphDirection = .leftToRight) {
        // Only what is shown counts: not the letters inside an escape sequence's payload.
        var found: ParagraphDirection? = nil
        Sanitizer.scanWhile(Substring(text)) { token, _ in
            guard case .text(let character) = token else { return true }
            for scalar in character.unicodeScalars {
                switch azad_u_strong_direction(Int32(bitPattern: scalar.value)) {
                case 1: found = .leftToRight
                case 2: found = .rightToLeft
                default: continue
                }
                return false
            }
            return true
        }
        self = found ?? fallback
    }
}
