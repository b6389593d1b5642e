import Foundation

/// Turns the bytes of an export into text: the encoding found, line ends made `\n`, page breaks kept.
///
/// Exports come from PDF text extraction on many machines over many years: UTF-8 with or without a
/// BOM, UTF-16 with a BOM, older Persian files in Windows-1256, LF, CRLF or bare CR line ends.
/// Form feeds (`\f`) survive as page breaks because the parser uses them to find page footers.
public enum TextDecoding {
    /// The encodings `decode` recognises, reported by `detect`.
    public enum Encoding: String, Sendable, Hashable, CaseIterable {
        case utf8
        case utf8WithBOM
        case utf16LittleEndian
        case utf16BigEndian
        case windows1256
        case windows1252
    }

    /// Decodes an export, or throws `ImportError` (without a path) when it is empty or binary.
    public static func decode(_ data: Data) throws -> String {
        try decodeDetectingEncoding(data).text
    }

    /// Decodes an export and tells which encoding it was in.
    public static func decodeDetectingEncoding(_ data: Data) throws -> (text: String, encoding: Encoding) {
        let bytes = [UInt8](data)
        let (raw, encoding) = try rawText(bytes)
        guard !looksBinary(raw) else { throw ImportError(.binary) }
        let text = normalizingLineEnds(raw)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw ImportError(.empty)
        }
        return (text, encoding)
    }

    /// The text with CRLF and lone CR made LF; form feeds and everything else untouched.
    public static func normalizingLineEnds(_ text: String) -> String {
        // Most exports have LF line ends already: a byte scan (CR, and the lead bytes of U+0085 and
        // U+2028) spares them the copy.
        guard hasOtherLineEnds(text) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                scalars.append("\n")
                previousWasCR = true
                continue
            case "\n" where previousWasCR:
                break
            case "\u{2028}", "\u{0085}":
                // Line and next-line separators are line ends that some converters emit.
                scalars.append("\n")
            default:
                scalars.append(scalar)
            }
            previousWasCR = false
        }
        return String(scalars)
    }

    private static func rawText(_ bytes: [UInt8]) throws -> (String, Encoding) {
        if bytes.isEmpty { throw ImportError(.empty) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (utf16(bytes.dropFirst(2), bigEndian: false), .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (utf16(bytes.dropFirst(2), bigEndian: true), .utf16BigEndian)
        }
        if let endianness = bomlessUTF16(bytes) {
            return (utf16(bytes[...], bigEndian: endianness), endianness ? .utf16BigEndian : .utf16LittleEndian)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        if isDamagedUTF8(bytes) {
            // A UTF-8 file cut mid-character or with a few corrupt bytes: keep it UTF-8, damage as U+FFFD,
            // rather than read every Persian letter in it as Windows-1256.
            return (String(decoding: bytes, as: UTF8.self), .utf8)
        }
        // Not UTF-8: a legacy code page. Windows-1256 unless the text is plainly Latin-script.
        let arabic = LegacyCodePage.windows1256.decode(bytes)
        if mixesScriptsInsideWords(arabic) {
            return (LegacyCodePage.windows1252.decode(bytes), .windows1252)
        }
        return (arabic, .windows1256)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        // A dangling odd byte is half a character: shown as U+FFFD, not dropped silently.
        if index < bytes.endIndex { units.append(0xFFFD) }
        return String(decoding: units, as: UTF16.self)
    }

    /// Whether bytes that are not valid UTF-8 are still UTF-8 with a little damage: valid multi-byte
    /// characters outnumber the broken sequences many times over.
    ///
    /// Text in a legacy code page breaks at nearly every non-ASCII letter, so it never passes; a file
    /// truncated mid-character or with a stray corrupt byte does.
    static func isDamagedUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var multiByte = 0
        var broken = 0
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if !scalar.isASCII { multiByte += 1 }
            case .error: broken += 1
            case .emptyInput: break decoding
            }
        }
        return broken > 0 && multiByte >= 8 * broken
    }

    /// Whether BOM-less bytes look like UTF-16 text (true: big-endian), from where the NULs fall.
    ///
    /// Text in Latin or Arabic script as UTF-16 has a zero in nearly every high byte; a binary file
    /// has NULs scattered on both sides.
    private static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 8, bytes.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (offset, byte) in bytes.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = bytes.count / 2
        // Arabic script puts 0x06 in the high byte, so require zeros in a third of the units only.
        if oddZeros * 3 >= pairs, evenZeros == 0 { return false }
        if evenZeros * 3 >= pairs, oddZeros == 0 { return true }
        return nil
    }

    /// Whether decoded text is binary: NULs, or control codes for more than a tenth of it.
    /// Whether `text` holds a CR, U+0085 or U+2028, by their UTF-8 bytes (C2 and E2 also lead
    /// common characters such as `é`, `·` and ZWNJ, so the byte after them is checked too).
    static func hasOtherLineEnds(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { hasOtherLineEnds(bytes: $0) } ?? hasOtherLineEnds(bytes: text.utf8)
    }

    private static func hasOtherLineEnds(bytes: some Sequence<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte == 0x0D { return true }
            if previous.1 == 0xC2 && byte == 0x85 { return true }
            if previous.0 == 0xE2 && previous.1 == 0x80 && byte == 0xA8 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    static func looksBinary(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { looksBinary(bytes: $0) } ?? looksBinary(bytes: text.utf8)
    }

    private static func looksBinary(bytes: some Sequence<UInt8>) -> Bool {
        // By UTF-8 bytes: every scalar has one byte that is not a continuation byte, controls are
        // single bytes, and U+FFFD is EF BF BD.
        var total = 0
        var control = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte & 0xC0 != 0x80 { total += 1 }
            switch byte {
            case 0: return true
            case 0x09, 0x0A, 0x0C, 0x0D: break
            case 0x01...0x1F, 0x7F: control += 1
            case 0xBD where previous == (0xEF, 0xBF): control += 1
            default: break
            }
            previous = (previous.1, byte)
        }
        return total > 0 && control * 10 > total
    }

    /// Whether Arabic letters sit inside Latin words: the mark of a Latin-1 file read as Windows-1256.
    private static func mixesScriptsInsideWords(_ text: String) -> Bool {
        var mixed = 0
        var arabicWords = 0
        for word in text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation }) {
            var latin = false
            var arabic = false
            for scalar in word.unicodeScalars {
                if scalar.isASCII, scalar.properties.isAlphabetic { latin = true }
                if (0x0600...0x06FF).contains(scalar.value) { arabic = true }
            }
            if latin && arabic { mixed += 1 } else if arabic { arabicWords += 1 }
        }
        return mixed > arabicWords
    }
}
