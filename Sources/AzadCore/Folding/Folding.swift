/// Folds text for search: the one function that both the index and every query go through, so that
/// spelling variants of a word meet in the same folded form.
///
/// What it does, scalar by scalar:
/// - compatibility decomposition (NFKD), so presentation forms (`ﻻ`), ligatures (`ﬁ`), full-width
///   and superscript forms become the letters they stand for;
/// - Arabic letter variants to their Persian forms: `ي ى ئ → ی`, `ك ڪ → ک`, `ة ۀ ە ہ ھ → ه`,
///   `أ إ آ ٱ → ا`, `ؤ → و`, and Pashto `ګ → گ`, `ې ۍ → ی` (Persian keyboards have none of them);
/// - harakat (U+064B–U+065F, U+0670), Quranic annotation marks, hamza above/below, high hamza and
///   tatweel removed;
/// - ZWNJ, ZWJ, bidi controls, soft hyphens and other invisible format characters removed, so
///   `می‌شود` and `میشود` fold alike;
/// - Persian and Arabic-Indic digits to ASCII, so `146` finds `۱۴۶`;
/// - case folded, Latin/Greek/Cyrillic diacritics removed (`Gesprächsrunde → gesprachsrunde`),
///   `ß → ss`, `æ → ae`, `œ → oe`, `ø → o`, `ł → l`, `đ ð → d`, `þ → th`;
/// - each CJK ideograph and kana set apart by spaces, so words inside unspaced CJK text are found.
///
/// Everything else passes through unchanged. The result is only ever compared with other folded
/// text; it is not meant to be shown.
public enum Folding {
    /// Bumped whenever `fold` changes its output; a cache indexed with another version is rebuilt.
    public static let version = 3

    /// The folded form of `text`.
    public static func fold(_ text: String) -> String {
        var sink = ByteSink(recordsOrigins: false)
        run(text, into: &sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// The folded form of `pieces` joined by line feeds, written into one string reserved at
    /// `capacity` bytes: folding goes scalar by scalar and keeps a line feed, so this is
    /// `fold(pieces.joined(separator: "\n"))` without the joined text or the folded bytes' copy,
    /// each as big as a big article's body.
    public static func fold(lines pieces: some Sequence<String>, capacity: Int) -> String {
        var result = ""
        result.reserveCapacity(capacity)
        var sink = ByteSink(recordsOrigins: false)
        var first = true
        for piece in pieces {
            if !first { result.append("\n") }
            first = false
            sink.bytes.removeAll(keepingCapacity: true)
            run(piece, into: &sink)
            sink.bytes.withUnsafeBufferPointer { result += String(decoding: $0, as: UTF8.self) }
        }
        return result
    }

    /// The folded form of `text` with, for each folded byte, the original bytes it came from, so that a
    /// match found in the folded text can be shown in the original.
    public static func foldWithOrigins(_ text: String) -> FoldedText {
        var sink = ByteSink(recordsOrigins: true)
        run(text, into: &sink)
        return FoldedText(
            original: text, text: String(decoding: sink.bytes, as: UTF8.self), starts: sink.starts, ends: sink.ends)
    }

    /// Where folded bytes go, with their origins when asked.
    struct ByteSink {
        var bytes: [UInt8] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        let recordsOrigins: Bool

        init(recordsOrigins: Bool) { self.recordsOrigins = recordsOrigins }

        @inline(__always)
        mutating func append(_ byte: UInt8, from origin: Range<Int>) {
            bytes.append(byte)
            if recordsOrigins {
                starts.append(Int32(truncatingIfNeeded: origin.lowerBound))
                ends.append(Int32(truncatingIfNeeded: origin.upperBound))
            }
        }

        @inline(__always)
        mutating func append(scalar value: UInt32, from origin: Range<Int>) {
            if value < 0x80 {
                append(UInt8(value), from: origin)
            } else if value < 0x800 {
                append(UInt8(0xC0 | (value >> 6)), from: origin)
                append(UInt8(0x80 | (value & 0x3F)), from: origin)
            } else if value < 0x10000 {
                append(UInt8(0xE0 | (value >> 12)), from: origin)
                append(UInt8(0x80 | ((value >> 6) & 0x3F)), from: origin)
                append(UInt8(0x80 | (value & 0x3F)), from: origin)
            } else {
                append(UInt8(0xF0 | (value >> 18)), from: origin)
                append(UInt8(0x80 | ((value >> 12) & 0x3F)), from: origin)
                append(UInt8(0x80 | ((value >> 6) & 0x3F)), from: origin)
                append(UInt8(0x80 | (value & 0x3F)), from: origin)
            }
        }

        /// Appends a folded scalar, setting CJK ideographs and kana apart as words of their own.
        ///
        /// A character outside words (emoji, symbols) becomes a space: SQLite's own category tables
        /// stop short of some planes and would glue `rain🌧` into one token, so the index must never
        /// be left to decide where such a character splits words.
        @inline(__always)
        mutating func appendFolded(_ value: UInt32, from origin: Range<Int>) {
            if value >= 0x80, let scalar = Unicode.Scalar(value), !FoldedWords.isWordScalar(scalar) {
                append(0x20, from: origin)
            } else if Folding.isSpacedScript(value) {
                append(0x20, from: origin)
                append(scalar: value, from: origin)
                append(0x20, from: origin)
            } else {
                append(scalar: value, from: origin)
            }
        }
    }

    /// For each scalar below `FoldTable.denseLimit` (Persian, Arabic, Latin with diacritics, Greek,
    /// Cyrillic), the UTF-8 bytes that folding it appends: made once by the same `FoldTable.forEach`
    /// and `ByteSink.appendFolded` the other scalars go through, so folding those scripts is one lookup
    /// and a copy per scalar and cannot disagree with the rule. ASCII is folded inline; its slots are
    /// empty.
    static let denseOutput = ScalarBytes(scalars: 0..<FoldTable.denseLimit) { value in
        guard value >= 0x80 else { return [] }
        var sink = ByteSink(recordsOrigins: false)
        FoldTable.shared.forEach(value) { sink.appendFolded($0, from: 0..<0) }
        return sink.bytes
    }

    static func run(_ text: String, into sink: inout ByteSink) {
        var text = text
        let table = FoldTable.shared
        denseOutput.withBuffers { dense in
            run(&text, table: table, dense: dense, into: &sink)
        }
    }

    private static func run(
        _ text: inout String, table: FoldTable, dense: ScalarBytes.Buffers, into sink: inout ByteSink
    ) {
        text.withUTF8 { input in
            sink.bytes.reserveCapacity(input.count + 16)
            if sink.recordsOrigins {
                sink.starts.reserveCapacity(input.count + 16)
                sink.ends.reserveCapacity(input.count + 16)
            }
            let count = input.count
            var index = 0
            while index < count {
                let lead = input[index]
                if lead < 0x80 {
                    // ASCII: only case to fold.
                    let byte = lead &- 0x41 < 26 ? lead | 0x20 : lead
                    sink.append(byte, from: index..<index + 1)
                    index += 1
                    continue
                }
                // Swift strings hold valid UTF-8, so the lead byte gives the length.
                let length: Int
                var value: UInt32
                if lead < 0xE0 {
                    length = 2
                    value = UInt32(lead & 0x1F)
                } else if lead < 0xF0 {
                    length = 3
                    value = UInt32(lead & 0x0F)
                } else {
                    length = 4
                    value = UInt32(lead & 0x07)
                }
                for offset in 1..<length {
                    value = (value << 6) | UInt32(input[index + offset] & 0x3F)
                }
                let origin = index..<index + length
                if value < FoldTable.denseLimit {
                    for position in dense.range(Int(value)) {
                        sink.append(dense[position], from: origin)
                    }
                } else {
                    table.forEach(value) { sink.appendFolded($0, from: origin) }
                }
                index += length
            }
        }
    }

    /// CJK ideographs and kana, which are written without spaces and searched one by one.
    @inline(__always)
    static func isSpacedScript(_ value: UInt32) -> Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }
}
