import Foundation

/// Lines of the cleaned text that stood together, with no blank line between them.
struct Chunk: Hashable {
    var lines: [String] {
        didSet { hasHalfLines = Self.anyHalfLines(lines) }
    }
    /// Whether a page break came between this chunk and the one before.
    var afterPageBreak: Bool

    /// Whether any line holds half-lines of verse, split by a tab or a wide run of spaces; kept with
    /// the lines because the header reader and the body builder each ask it of every chunk.
    private(set) var hasHalfLines: Bool

    init(lines: [String], afterPageBreak: Bool) {
        self.lines = lines
        self.afterPageBreak = afterPageBreak
        hasHalfLines = Self.anyHalfLines(lines)
    }

    /// The lines joined as running text.
    var joined: String { Chunk.join(lines) }

    /// Whether it is too long to be a header field (title, subtitle, byline): body starts here.
    var isLong: Bool { lines.count >= 3 || !joined.hasAtMost(250) }

    private static func anyHalfLines(_ lines: [String]) -> Bool {
        lines.contains { Chunk.mayHaveHalves($0) && Chunk.halves(of: $0).count > 1 }
    }

    /// Whether `line` holds a tab or three spaces in a row, without which `halves(of:)` finds one part
    /// at most: a byte scan that spares most lines the Character-by-Character split.
    static func mayHaveHalves(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            if memchr(base, 0x09, bytes.count) != nil { return true }
            // Without an A0 byte there is no no-break space (C2 A0), so a run of three is three plain
            // spaces; a line with one (or ؠ ڠ ۠, whose UTF-8 ends in A0 too) is walked byte by byte.
            if memchr(base, 0xA0, bytes.count) == nil { return hasThreeSpaces(bytes) }
            return mayHaveHalves(bytes: bytes)
        } ?? mayHaveHalves(bytes: line.utf8)
    }

    /// Whether three spaces stand in a row: every third byte is looked at, since any such run covers
    /// one of them, and only around a space are its neighbours read.
    private static func hasThreeSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 2
        while index < count {
            let probe = index
            if bytes[probe] == 0x20 {
                var start = probe
                while start > 0 && bytes[start - 1] == 0x20 { start -= 1 }
                var end = probe + 1
                while end < count && bytes[end] == 0x20 && end - start < 3 { end += 1 }
                if end - start >= 3 { return true }
            }
            index += 3
        }
        return false
    }

    private static func mayHaveHalves(bytes: some Sequence<UInt8>) -> Bool {
        var spaces = 0
        var afterC2 = false
        for byte in bytes {
            if byte == 0x09 { return true }
            if byte == 0x20 || (afterC2 && byte == 0xA0) {
                spaces += 1
                if spaces == 3 { return true }
            } else if byte != 0xC2 {
                spaces = 0
            }
            afterC2 = byte == 0xC2
        }
        return false
    }

    /// Groups cleaned entries into chunks.
    static func chunks(_ entries: [PageCleaner.Entry]) -> [Chunk] {
        var result: [Chunk] = []
        var current: [String] = []
        var sawBreak = false
        var currentAfterBreak = false
        func flush() {
            if !current.isEmpty { result.append(Chunk(lines: current, afterPageBreak: currentAfterBreak)) }
            current = []
        }
        for entry in entries {
            switch entry {
            case .text(let line):
                if current.isEmpty {
                    currentAfterBreak = sawBreak
                    sawBreak = false
                }
                current.append(line)
            case .blank:
                flush()
            case .pageBreak:
                flush()
                sawBreak = true
            }
        }
        flush()
        return result
    }

    /// Hard-wrapped lines joined back into one: a space between, none after a ZWNJ or a hyphen
    /// that ends a line before a lower-case word (kept: `well-known` and `con-tinue` look the same).
    static func join(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            if result.isEmpty {
                result = line
                continue
            }
            let last = result.last
            if result.unicodeScalars.last == "\u{200C}" {
                result += line
            } else if last == "-", result.dropLast().last?.isLetter == true, line.first?.isLowercase == true {
                result += line
            } else {
                result += " " + line
            }
        }
        return result
    }

    /// The half-lines of a verse line: split at tabs and at runs of three or more spaces.
    static func halves(of line: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var spaces = 0
        func flush() {
            let trimmed = current.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { parts.append(trimmed) }
            current = ""
        }
        for character in line {
            if character == "\t" {
                flush()
                spaces = 0
            } else if character == " " || character == "\u{00A0}" {
                spaces += 1
                if spaces == 3 { flush() } else if spaces < 3 { current.append(" ") }
            } else {
                spaces = 0
                current.append(character)
            }
        }
        flush()
        return parts
    }
}
