import AzadCore
import Foundation
import Testing

/// Files a feed folder can hold that are broken or hostile, one fixture each: what the parser makes of
/// them, exactly.
@Suite("Bad input: broken and hostile export files")
struct BadInputTests {
    /// Files the parser must refuse, with the one line the user sees.
    static let refused: [(fixture: String, reason: ImportError.Reason, message: String)] = [
        ("empty-file.txt", .empty, "the file is empty, there is no article in it"),
        ("whitespace-and-form-feeds-only.txt", .empty, "the file is empty, there is no article in it"),
        ("utf8-bom-only.txt", .empty, "the file is empty, there is no article in it"),
        ("nul-bytes-binary.dat", .binary, "the file is binary, not a text export"),
        ("masthead-only.txt", .noArticle, "the file holds only the site's masthead, no article"),
    ]

    @Test("a file with no article in it is refused with one line naming it", arguments: refused)
    func refusedWithMessage(fixture: String, reason: ImportError.Reason, message: String) throws {
        let url = BadInputFixture.url(fixture)
        let error = #expect(throws: ImportError.self) { try ExportParser.parse(contentsOf: url) }
        #expect(error?.reason == reason)
        #expect(error?.path == url.path)
        #expect(error?.description == "\(url.path): \(message)")
    }

    /// Found by FuzzLayout: a combining mark right after a line break. Foundation's string search does
    /// not match a `\n` that a mark follows, so text is flattened scalar by scalar.
    @Test("a combining mark after a line break is kept, and nothing unsafe reaches the terminal")
    func lineBreakBeforeACombiningMark() throws {
        let url = BadInputFixture.url("line-break-before-a-combining-mark.txt")
        let text = try TextDecoding.decode(try Data(contentsOf: url))
        let safe = Sanitizer.sanitized(text, tabWidth: 1)
        #expect(safe.unicodeScalars.contains("\u{650}"))
        #expect(Sanitizer.isSafe(String(String.UnicodeScalarView(safe.unicodeScalars.filter { $0 != "\n" }))))
        let line = ParagraphLayout.truncatedLine(text, width: 200)
        #expect(!line.text.unicodeScalars.contains("\n"))
        #expect(Sanitizer.isSafe(line.text))
        let article = try ExportParser.parse(contentsOf: url)
        #expect(article.blocks.map(\.text).joined().unicodeScalars.contains("\u{650}"))
        for laidOut in ArticleLayout.lines(for: article, width: 30) {
            #expect(Sanitizer.isSafe(laidOut.line.text))
        }
    }

    @Test("escape sequences stay in the article's logical text, word for word")
    func escapeSequencesKept() throws {
        let article = try ExportParser.parse(contentsOf: BadInputFixture.url("escape-sequences-in-title-and-body.txt"))
        #expect(article.title == "Harbour Lights \u{1B}[2J\u{1B}[H\u{1B}]0;owned\u{07}Return to the Valley")
        #expect(article.authors == ["Mina Rahimi"])
        #expect(
            article.blocks == [
                Block(
                    .paragraph, "The ferry left at dawn.\u{1B}]52;c;cm0gLXJmIH4K\u{07} Nobody on the pier looked back."),
                Block(
                    .paragraph,
                    "A second paragraph rings the bell\u{07} and moves the cursor\u{1B}[10;10H before it ends."),
            ])
    }

    @Test("bidi overrides and isolates stay in the article's logical text")
    func bidiControlsKept() throws {
        let article = try ExportParser.parse(contentsOf: BadInputFixture.url("bidi-controls-in-title-and-body.txt"))
        #expect(article.title == "Invoice \u{202E}gpj.exe\u{202C} for the harbour")
        #expect(
            article.blocks == [
                Block(
                    .paragraph,
                    "An isolate \u{2067}reversed words\u{2069} sits inside this sentence, and an override \u{202E}that never closes."
                )
            ])
    }

    @Test("single-byte C1 controls stay in the article's logical text")
    func c1ControlsKept() throws {
        let article = try ExportParser.parse(contentsOf: BadInputFixture.url("c1-controls-in-body.txt"))
        #expect(article.title == "Lanterns on the River")
        #expect(
            article.blocks == [
                Block(
                    .paragraph,
                    "A single-byte CSI \u{9B}31m tries to paint this red, and an OSC \u{9D}0;title\u{9C} tries to rename the window."
                )
            ])
    }

    @Test("a UTF-8 file cut in the middle of a character stays UTF-8, the cut half-letter shown as U+FFFD")
    func truncatedUTF8() throws {
        let data = try BadInputFixture.data("utf8-truncated-mid-character.txt")
        let decoded = try TextDecoding.decodeDetectingEncoding(data)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.hasSuffix("نکرد.\nش\u{FFFD}"))
        let article = try ExportParser.parse(data: data, path: "utf8-truncated-mid-character.txt")
        #expect(article.title == "سفر به دره")
        #expect(article.authors == ["مینا رحیمی"])
        #expect(article.language == "fa")
        #expect(article.blocks.last?.text.hasSuffix("ش\u{FFFD}") == true)
    }

    @Test("UTF-16 with an odd number of bytes keeps the dangling half as U+FFFD")
    func utf16OddByteCount() throws {
        let decoded = try TextDecoding.decodeDetectingEncoding(BadInputFixture.data("utf16le-odd-byte-count.txt"))
        #expect(decoded.encoding == .utf16LittleEndian)
        #expect(decoded.text == "Harbour Lights\n\nBy Mina Rahimi\n\nThe ferry left at dawn.\n\u{FFFD}")
    }

    @Test("an unpaired UTF-16 surrogate becomes U+FFFD and the rest of the paragraph is kept")
    func utf16UnpairedSurrogate() throws {
        let article = try ExportParser.parse(contentsOf: BadInputFixture.url("utf16le-unpaired-surrogate.txt"))
        #expect(article.title == "Harbour Lights")
        #expect(article.blocks == [Block(.paragraph, "The ferry left at dawn \u{FFFD} and nobody looked back.")])
    }

    @Test("legacy Windows-1256 text is not mistaken for damaged UTF-8")
    func windows1256NotDamagedUTF8() throws {
        // «در شهر باران آمد و باد سرد بود» in Windows-1256, with a Latin word: ASCII must not tip it.
        let bytes: [UInt8] = [
            0xCF, 0xD1, 0x20, 0xD4, 0xE5, 0xD1, 0x20, 0xC8, 0xC7, 0xD1, 0xC7, 0xE4, 0x20, 0xC2, 0xE3, 0xCF, 0x20,
            0xE6, 0x20, 0xC8, 0xC7, 0xCF, 0x20, 0xD3, 0xD1, 0xCF, 0x20, 0xC8, 0xE6, 0xCF, 0x20, 0x4B, 0x61, 0x62,
            0x75, 0x6C, 0x0A,
        ]
        let decoded = try TextDecoding.decodeDetectingEncoding(Data(bytes))
        #expect(decoded.encoding == .windows1256)
        #expect(decoded.text == "در شهر باران آمد و باد سرد بود Kabul\n")
    }

    @Test("every bad-input fixture has a case in this suite")
    func everyFixtureCovered() {
        let covered =
            Set(Self.refused.map(\.fixture)).union([
                "escape-sequences-in-title-and-body.txt", "bidi-controls-in-title-and-body.txt",
                "c1-controls-in-body.txt", "utf8-truncated-mid-character.txt", "utf16le-odd-byte-count.txt",
                "utf16le-unpaired-surrogate.txt", "line-break-before-a-combining-mark.txt",
            ])
        #expect(Set(BadInputFixture.all) == covered)
    }
}
