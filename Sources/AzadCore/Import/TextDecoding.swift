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
        /// A PDF, read through poppler (`PDFImport`): not an encoding but where the text came from.
        case pdf
    }

    /// Decodes an export, or throws `ImportError` (without a path) when it is empty or binary.
    public static func decode(_ data: Data) throws -> String {
        try decodeDetectingEncoding(data).text
    }

    /// Decodes an export and tells which encoding it was in.
    public static func decodeDetectingEncoding(_ data: Data) throws -> (text: String, encoding: Encoding) {
        // A PDF's text comes out as an export's would, so every reader of exports reads PDFs too.
        if PDFImport.isPDF(data) { return (try PDFImport.text(of: data), .pdf) }
        // Read in place: a copy of the bytes would be one more export-sized buffer at the peak.
        let (raw, encoding) = try data.withUnsafeBytes { try rawText($0.bindMemory(to: UInt8.self)) }
        let census = Census(raw)
        guard !census.looksBinary else { throw ImportError(.binary) }
        let text = census.hasOtherLineEnds ? rewritingLineEnds(raw) : raw
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
        return rewritingLineEnds(text)
    }

    private static func rewritingLineEnds(_ text: String) -> String {
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

    private static func rawText(_ bytes: UnsafeBufferPointer<UInt8>) throws -> (String, Encoding) {
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

    private static func utf16(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, bigEndian: Bool) -> String {
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
    static func isDamagedUTF8(_ bytes: some Sequence<UInt8>) -> Bool {
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
    private static func bomlessUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
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

    /// Whether `text` holds a CR, U+0085 or U+2028.
    static func hasOtherLineEnds(_ text: String) -> Bool { Census(text).hasOtherLineEnds }

    /// Whether decoded text is binary: NULs, or control codes (and U+FFFD) for more than a tenth of it.
    static func looksBinary(_ text: String) -> Bool { Census(text).looksBinary }

    /// What one pass over a text's UTF-8 bytes tells: whether it looks binary and whether it has line
    /// ends other than LF. Every export goes through it, so it is a single loop with a table lookup per byte.
    struct Census {
        private(set) var looksBinary = false
        private(set) var hasOtherLineEnds = false

        init(_ text: String) {
            var text = text
            self = text.withUTF8 { Census(bytes: $0) }
        }

        /// Byte classes: `lead` starts a scalar (controls are single bytes); `control` is one of the
        /// C0 controls other than tab, LF, FF and CR, or DEL; `follows` ends U+0085 (C2 85), U+2028
        /// (E2 80 A8) or U+FFFD (EF BF BD) when the bytes before it match (C2 and E2 also lead common
        /// characters such as `é`, `·` and ZWNJ).
        private static let lead: UInt8 = 1
        private static let control: UInt8 = 2
        private static let nul: UInt8 = 4
        private static let carriageReturn: UInt8 = 8
        private static let follows: UInt8 = 16

        private static let classes: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
            var flags: UInt8 = byte & 0xC0 == 0x80 ? 0 : lead
            switch byte {
            case 0: flags |= nul
            case 0x0D: flags |= carriageReturn
            case 0x09, 0x0A, 0x0C: break
            case 0x01...0x1F, 0x7F: flags |= control
            case 0x85, 0xA8, 0xBD: flags |= follows
            default: break
            }
            return flags
        }

        private init(bytes: UnsafeBufferPointer<UInt8>) {
            var total = 0
            var controls = 0
            var previous: UInt8 = 0
            var beforePrevious: UInt8 = 0
            var nul = false
            Self.classes.withUnsafeBufferPointer { classes in
                for byte in bytes {
                    let flags = classes[Int(byte)]
                    total &+= Int(flags & Self.lead)
                    if flags > Self.lead {
                        if flags & Self.nul != 0 { nul = true }
                        if flags & Self.control != 0 { controls += 1 }
                        if flags & Self.carriageReturn != 0 { hasOtherLineEnds = true }
                        if flags & Self.follows != 0 {
                            switch (beforePrevious, previous, byte) {
                            case (_, 0xC2, 0x85), (0xE2, 0x80, 0xA8): hasOtherLineEnds = true
                            case (0xEF, 0xBF, 0xBD): controls += 1
                            default: break
                            }
                        }
                    }
                    beforePrevious = previous
                    previous = byte
                }
            }
            looksBinary = nul || (total > 0 && controls * 10 > total)
        }
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
