extension SafeText {
    /// `text` on one line: tabs and line breaks as spaces, other control characters as U+FFFD
    /// (`printable`), for counts, paths, titles and snippets printed one per line.
    static func oneLine(_ text: String) -> String {
        printable(
            String(
                String.UnicodeScalarView(
                    text.unicodeScalars.map { [0x09, 0x0A, 0x0D].contains($0.value) ? " " : $0 })))
    }
}
