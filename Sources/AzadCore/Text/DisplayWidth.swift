/// Terminal display width of text, per grapheme cluster.
///
/// Interim implementation from Swift's Unicode properties; the layout work replaces it.
public enum DisplayWidth {
    /// Columns one grapheme cluster takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            let w: Int
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: w = 0
            default:
                let v = scalar.value
                w =
                    (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                        || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
                        || scalar.properties.isEmojiPresentation ? 2 : 1
            }
            if w > width { width = w }
        }
        return width
    }

    /// Columns a string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The longest prefix of `text` that fits in `width` columns, ending in `ellipsis` when cut.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(ellipsis)
        guard room >= 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }
}
