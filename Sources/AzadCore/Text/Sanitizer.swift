/// Neutralises what a file could send to a terminal: controls, escape sequences, bidi overrides.
///
/// Exports are untrusted text. A C0 or C1 control, DEL or an escape sequence (CSI, OSC — clipboard
/// writes with OSC 52, hyperlinks with OSC 8 —, DCS, SOS, PM, APC, in 7-bit and 8-bit forms) reaching
/// the terminal could move the cursor, rewrite the title or the clipboard, or hide text. Controls
/// become a visible placeholder (the Unicode control pictures `␀`…`␟`, `␡`; `�` for C1), a whole
/// escape sequence one `␛`, so that nothing disappears silently. Bidi embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069) are removed: azad runs the bidi algorithm itself, and
/// they are how text is made to display in an order that misleads (CVE-2021-42574). Line breaks are
/// reported as such; tabs expand to the next tab stop.
public enum Sanitizer {
    /// One piece of the source, classified.
    enum Token: Equatable {
        /// An ordinary grapheme cluster, passed through.
        case text(Character)
        /// A control or escape sequence, shown as this placeholder.
        case placeholder(Character)
        /// A tab, expanded by the caller who knows the column.
        case tab
        /// A line break: LF, CR, CRLF, NEL, U+2028, U+2029.
        case lineBreak
        /// Removed without trace (bidi embedding, override and isolate controls).
        case removed
    }

    /// The placeholder for a whole escape sequence.
    public static let escapePlaceholder: Character = "\u{241B}"
    /// The placeholder for a C1 control.
    public static let c1Placeholder: Character = "\u{FFFD}"

    /// `text` made safe to print: controls shown as placeholders, escape sequences as `␛`, bidi
    /// controls removed, tabs expanded. Line breaks stay (as `\n`) unless `singleLine`, where they
    /// become spaces.
    public static func sanitized(_ text: String, tabWidth: Int = 8, singleLine: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var column = 0
        scan(text[...]) { token, _ in
            switch token {
            case .text(let character):
                result.append(character)
                column += DisplayWidth.of(character)
            case .placeholder(let character):
                result.append(character)
                column += 1
            case .tab:
                let stop = max(1, tabWidth)
                let count = stop - column % stop
                result.append(String(repeating: " ", count: count))
                column += count
            case .lineBreak:
                result.append(singleLine ? " " : "\n")
                column = singleLine ? column + 1 : 0
            case .removed: break
            }
        }
        return result
    }

    /// `text` made safe to print on one line, as every message and column of the command line is:
    /// line breaks and tabs each one space (a tab stop every column keeps a tab a search would look
    /// for from growing into several spaces), controls as placeholders, bidi controls removed.
    public static func singleLine(_ text: String) -> String {
        sanitized(text, tabWidth: 1, singleLine: true)
    }

    /// Whether `text` would reach the terminal unchanged.
    public static func isSafe(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where isControl(scalar) || isBidiControl(scalar) { return false }
        return true
    }

    /// Classifies `text` piece by piece, in order, with each piece's source range.
    static func scan(_ text: Substring, _ visit: (Token, Range<String.Index>) -> Void) {
        scanWhile(text) { token, range in
            visit(token, range)
            return true
        }
    }

    /// Like `scan`, stopping as soon as `visit` returns false.
    static func scanWhile(_ text: Substring, _ visit: (Token, Range<String.Index>) -> Bool) {
        var index = text.startIndex
        // One pass of grapheme breaking: the iterator finds each cluster, its UTF-8 length the next index.
        var characters = text.makeIterator()
        while let character = characters.next() {
            let next = text.utf8.index(index, offsetBy: character.utf8.count)
            guard let first = character.unicodeScalars.first, isControl(first) || isBidiControl(first) else {
                guard visit(.text(character), index..<next) else { return }
                index = next
                continue
            }
            if isBidiControl(first) {
                guard visit(.removed, index..<next) else { return }
                index = next
                continue
            }
            switch first.value {
            case 0x09:
                guard visit(.tab, index..<next) else { return }
                index = next
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029:  // LF, CR and CRLF (one Character), NEL, LS, PS
                guard visit(.lineBreak, index..<next) else { return }
                index = next
            case 0x1B, 0x9B, 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                var end = escapeSequenceEnd(in: text, from: index)
                // A sequence cut short by a combining mark ends inside a cluster: take the cluster.
                if String.Index(end, within: text) == nil { end = text.index(after: end) }
                guard visit(.placeholder(escapePlaceholder), index..<end) else { return }
                index = end
                characters = text[end...].makeIterator()
            default:
                guard visit(.placeholder(placeholder(for: first)), index..<next) else { return }
                index = next
            }
        }
    }

    /// The visible stand-in for a control character.
    static func placeholder(for scalar: Unicode.Scalar) -> Character {
        switch scalar.value {
        case 0x00..<0x20: return Character(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: return "\u{2421}"
        default: return c1Placeholder
        }
    }

    /// C0 and C1 controls and DEL (what `wcwidth` calls unprintable), and the Unicode line and
    /// paragraph separators, which terminals treat as controls.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// Bidi embeddings, overrides, pop, and isolates.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Where the escape sequence starting at `start` ends, by ECMA-48's grammar, so that its
    /// parameters do not show up as text either.
    static func escapeSequenceEnd(in text: Substring, from start: String.Index) -> String.Index {
        let scalars = text.unicodeScalars
        var index = scalars.index(after: start)
        enum Kind { case control, string }
        let kind: Kind
        switch scalars[start].value {
        case 0x9B: kind = .control
        case 0x9D, 0x90, 0x98, 0x9E, 0x9F: kind = .string
        default:
            // ESC: the next byte says which sequence follows.
            guard index < scalars.endIndex else { return index }
            let introducer = scalars[index].value
            switch introducer {
            case 0x5B:  // [ CSI
                kind = .control
                index = scalars.index(after: index)
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] OSC, P DCS, X SOS, ^ PM, _ APC
                kind = .string
                index = scalars.index(after: index)
            case 0x20...0x2F:
                // nF escape: intermediates, then one final byte.
                while index < scalars.endIndex, (0x20...0x2F).contains(scalars[index].value) {
                    index = scalars.index(after: index)
                }
                if index < scalars.endIndex, (0x30...0x7E).contains(scalars[index].value) {
                    index = scalars.index(after: index)
                }
                return index
            case 0x30...0x7E:
                return scalars.index(after: index)  // a two-byte escape (ESC 7, ESC c, …)
            default:
                return index  // a lone ESC
            }
        }
        switch kind {
        case .control:
            // Parameter and intermediate bytes, then a final byte; anything else ends it early.
            while index < scalars.endIndex {
                let value = scalars[index].value
                if (0x20...0x3F).contains(value) {
                    index = scalars.index(after: index)
                } else {
                    if (0x40...0x7E).contains(value) { index = scalars.index(after: index) }
                    break
                }
            }
            return index
        case .string:
            // Up to BEL or ST (ESC \ or U+009C). A terminal would swallow the rest of the file if the
            // terminator is missing; azad stops at the line break, so no text is lost.
            while index < scalars.endIndex {
                let value = scalars[index].value
                if value == 0x07 || value == 0x9C { return scalars.index(after: index) }
                if value == 0x1B {
                    let after = scalars.index(after: index)
                    if after < scalars.endIndex, scalars[after] == "\\" { return scalars.index(after: after) }
                    return index  // another sequence starts: this one was cut short
                }
                if value == 0x0A || value == 0x0D { return index }
                index = scalars.index(after: index)
            }
            return index
        }
    }
}
