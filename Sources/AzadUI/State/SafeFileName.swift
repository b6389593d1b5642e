/// A file name made from an article's title: its words kept in any script, what a shell or a file
/// system would trip on replaced, cut to a length every file system takes.
public enum SafeFileName {
    /// `title` as a file name ending in `.txt`; `article.txt` when nothing of the title is left.
    public static func from(title: String, maxBytes: Int = 200) -> String {
        var name = ""
        var lastWasDash = false
        for character in title {
            let unsafe =
                character.isWhitespace || "/\\:*?\"<>|'`$&;!#%{}[]()~".contains(character)
                || character.unicodeScalars.contains {
                    // A half-space (ZWNJ) or ZWJ belongs to its Persian word; other format characters
                    // (bidi controls) would make the name read differently from what it is.
                    $0.properties.generalCategory == .control
                        || $0.properties.generalCategory == .format && $0.value != 0x200C && $0.value != 0x200D
                }
            if unsafe {
                if !lastWasDash, !name.isEmpty { name.append("-") }
                lastWasDash = true
            } else {
                guard name.utf8.count + String(character).utf8.count <= maxBytes else { break }
                name.append(character)
                lastWasDash = false
            }
        }
        while name.hasSuffix("-") || name.hasSuffix(".") { name.removeLast() }
        while name.hasPrefix(".") || name.hasPrefix("-") { name.removeFirst() }
        return (name.isEmpty ? "article" : name) + ".txt"
    }
}
