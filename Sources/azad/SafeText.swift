/// Output helpers for text that came from files.
enum SafeText {
    /// `text` with control characters (C0, DEL, C1) shown as U+FFFD, so nothing read from a file can act
    /// as an escape sequence on the user's terminal.
    static func printable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : scalar
                }))
    }
}
