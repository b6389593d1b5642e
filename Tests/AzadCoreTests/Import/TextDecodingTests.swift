import Foundation
import Testing

@testable import AzadCore

@Suite struct TextDecodingTests {
    static let persian = "سلام دنیا ۱۳۹۴"

    /// Bytes in each encoding exports come in, and the text and encoding they must decode to.
    static let cases: [(name: String, bytes: [UInt8], text: String, encoding: TextDecoding.Encoding)] = [
        ("utf-8", Array("Kabul کابل 🌸".utf8), "Kabul کابل 🌸", .utf8),
        ("utf-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(persian.utf8), persian, .utf8WithBOM),
        ("utf-16 LE with BOM", [0xFF, 0xFE] + utf16(persian, bigEndian: false), persian, .utf16LittleEndian),
        ("utf-16 BE with BOM", [0xFE, 0xFF] + utf16(persian, bigEndian: true), persian, .utf16BigEndian),
        (
            "utf-16 LE without BOM", utf16("Page one of the export", bigEndian: false), "Page one of the export",
            .utf16LittleEndian
        ),
        (
            "utf-16 BE emoji", [0xFE, 0xFF] + utf16("نامه 🌸 e\u{301}", bigEndian: true), "نامه 🌸 e\u{301}",
            .utf16BigEndian
        ),
        // سلام in Windows-1256: س=D3 ل=E1 ا=C7 م=E3; گ=90, ک=98, ZWNJ=9D.
        (
            "windows-1256", [0xD3, 0xE1, 0xC7, 0xE3, 0x20, 0x90, 0xE1, 0x9D, 0xE5, 0xC7], "سلام گل\u{200C}ها",
            .windows1256
        ),
        // German in Latin-1: read as 1256, ä would land inside Latin words as the Arabic letter ن.
        (
            "windows-1252", [0x42, 0xE4, 0x72, 0x20, 0x66, 0xFC, 0x72, 0x20, 0x4B, 0xE4, 0x73, 0x65], "Bär für Käse",
            .windows1252
        ),
    ]

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test(arguments: cases)
    func decodesEveryEncodingExportsUse(
        testCase: (name: String, bytes: [UInt8], text: String, encoding: TextDecoding.Encoding)
    ) throws {
        let decoded = try TextDecoding.decodeDetectingEncoding(Data(testCase.bytes))
        #expect(decoded.text == testCase.text, "\(testCase.name)")
        #expect(decoded.encoding == testCase.encoding, "\(testCase.name)")
    }

    @Test(arguments: [
        ("a\r\nb\r\nc", "a\nb\nc"),
        ("a\rb\rc", "a\nb\nc"),
        ("a\nb\n", "a\nb\n"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("mixed\r\nends\rand\nhere", "mixed\nends\nand\nhere"),
        ("page one\u{0C}page two", "page one\u{0C}page two"),
        ("صفحه\r\n\u{0C}\r\nدوم", "صفحه\n\u{0C}\nدوم"),
        ("tab\tkept\u{2028}line", "tab\tkept\nline"),
    ])
    func normalisesLineEndsAndKeepsPageBreaks(input: String, expected: String) throws {
        #expect(try TextDecoding.decode(Data(input.utf8)) == expected)
    }

    @Test(arguments: [
        ("empty", [UInt8](), ImportError.Reason.empty),
        ("only whitespace", Array(" \n\t\r\n".utf8), .empty),
        ("only a BOM", [0xEF, 0xBB, 0xBF], .empty),
        ("NUL bytes", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42], .binary),
        ("control codes", Array(repeating: [0x01, 0x02, 0x41, 0x1B], count: 10).flatMap { $0 }, .binary),
    ])
    func refusesWhatIsNotText(name: String, bytes: [UInt8], reason: ImportError.Reason) {
        #expect(throws: ImportError(reason)) { try TextDecoding.decode(Data(bytes)) }
    }

    @Test func binaryFixtureIsAnErrorNamingTheFile() throws {
        let url = Fixture.url("binary-with-nul-bytes.bin")
        let error = #expect(throws: ImportError.self) { try ExportParser.parse(contentsOf: url) }
        #expect(error?.reason == .binary)
        #expect(error?.description.hasPrefix(url.path) == true)
        #expect(error?.description.contains("binary") == true)
    }

    @Test func windows1256TableCoversEveryHighByte() {
        let text = LegacyCodePage.windows1256.decode((0x80...0xFF).map { UInt8($0) })
        #expect(text.unicodeScalars.count == 128)
        #expect(!text.unicodeScalars.contains("\u{FFFD}"))
        // The Persian letters Arabic lacks are all in the code page.
        for letter in ["پ", "چ", "ژ", "گ", "ک"] { #expect(text.contains(letter)) }
    }
}
