import CICU

/// Terminal display width of text, per grapheme cluster, as ncursesw and the terminal count it.
///
/// The rules are those of the C library's `wcwidth` in a UTF-8 locale (glibc generates its table
/// from the same Unicode properties), read from ICU so that no table goes stale in the source:
/// combining and enclosing marks, format characters (ZWNJ, ZWJ, bidi marks), Hangul medial vowels and
/// final consonants take no column; East Asian wide and fullwidth characters (CJK, emoji with emoji
/// presentation) take two; everything else one. A grapheme cluster takes the sum of its scalars,
/// which is what a terminal that draws code point by code point (xterm, tmux, the console) does.
public enum DisplayWidth {
    /// Columns one grapheme cluster takes (usually 0, 1 or 2; more for rare multi-emoji clusters).
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars { width += of(scalar) }
        return width
    }

    /// Columns a string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        var width = 0
        for scalar in text.unicodeScalars { width += of(scalar) }
        return width
    }

    /// Columns one scalar takes; control characters (which `wcwidth` rejects) take none.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Printable ASCII is most of what a terminal shows.
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0xA0 || value == 0x2028 || value == 0x2029 { return 0 }
        if value == 0xAD { return 1 }  // glibc draws the soft hyphen
        let c = Int32(bitPattern: value)
        // Arabic number signs and their kin are format characters a terminal still draws.
        if azad_u_is_prepended_concatenation_mark(c) != 0 { return 1 }
        if azad_u_is_mark_or_format(c) != 0 { return 0 }
        if value >= 0x1100 {
            if azad_u_is_hangul_medial_or_final(c) != 0 || value == 0x200B { return 0 }
            // glibc keeps these two blocks wide although Unicode now calls them ambiguous/neutral.
            if (0x3248...0x324F).contains(value) || (0x4DC0...0x4DFF).contains(value) { return 2 }
            if azad_u_is_wide(c) != 0 { return 2 }
        }
        return 1
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
