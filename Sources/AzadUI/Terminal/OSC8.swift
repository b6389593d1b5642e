/// OSC 8 hyperlinks: the escape sequences that make cells a link a terminal can open
/// (`ESC ] 8 ; ; URL ST` … `ESC ] 8 ; ; ST`).
///
/// Curses cells cannot carry a link, so the reader writes each link after curses has drawn the
/// frame: it saves the cursor (`ESC 7`), moves to the link's first cell, writes the very cells
/// curses drew — same text, same look — inside the link, and restores the cursor (`ESC 8`), so that
/// curses' idea of the screen stays true. Terminals without OSC 8 ignore the sequence; it is never
/// sent where `isSupported(term:hasCursorAddressing:)` says no.
public enum OSC8 {
    /// Longer addresses are not sent: terminals drop them (VTE and kitty stop near 2 kB).
    public static let maximumURLLength = 2_048
    /// The string terminator, `ESC \`.
    static let terminator = "\u{1B}\\"

    /// Whether to send links to a terminal: `TERM` names one terminfo knows (it has cursor
    /// addressing), and neither `dumb` nor the Linux console, which prints an OSC it does not know.
    public static func isSupported(term: String?, hasCursorAddressing: Bool) -> Bool {
        guard let term, !term.isEmpty, hasCursorAddressing else { return false }
        return term != "dumb" && term != "linux" && !term.hasPrefix("linux-")
    }

    /// `url` as it may travel inside the sequence, or nil: only `http` and `https`, no control
    /// character anywhere (C0, DEL, C1 — so no ESC, BEL or ST), and not too long. Other characters
    /// outside printable ASCII are percent-encoded as UTF-8, as OSC 8 asks.
    public static func sanitized(_ url: String) -> String? {
        let lower = url.lowercased()
        let scheme = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        guard scheme > 0, url.unicodeScalars.count > scheme else { return nil }
        var result = ""
        for scalar in url.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { return nil }
            if value > 0x20 && value < 0x7F {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += "%" + hex(byte) }
            }
        }
        guard result.utf8.count <= maximumURLLength else { return nil }
        return result
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    /// One cell to write: its text and the SGR sequence of its look.
    public struct Piece: Sendable, Hashable {
        public var text: String
        public var sgr: String

        public init(text: String, sgr: String) {
            self.text = text
            self.sgr = sgr
        }
    }

    /// The bytes that make `pieces`, drawn from 0-based `row` and `column`, a link to `url`; nil when
    /// the address may not be sent (`sanitized`).
    public static func sequence(url: String, row: Int, column: Int, pieces: [Piece]) -> String? {
        guard let safe = sanitized(url), !pieces.isEmpty else { return nil }
        var output = "\u{1B}7\u{1B}[\(row + 1);\(column + 1)H"
        output += "\u{1B}]8;;\(safe)\(terminator)"
        var current: String? = nil
        for piece in pieces {
            if piece.sgr != current {
                output += piece.sgr
                current = piece.sgr
            }
            // The cells come from the grid, whose text is sanitised: no control reaches the terminal.
            output += piece.text
        }
        output += "\u{1B}]8;;\(terminator)\u{1B}8"
        return output
    }
}
