import Foundation
import Testing

@testable import AzadCore

/// PDF-to-text output parses like the clean export it was made from.
@Suite struct ExtractionRepairTests {
    static let controls: ClosedRange<UInt32> = 0x202A...0x202E
    static let isolates: ClosedRange<UInt32> = 0x2066...0x2069

    static func holdsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { controls.contains($0.value) || isolates.contains($0.value) }
    }

    @Test func everyCleanExportHasEveryDamagedForm() throws {
        #expect(PdftotextFixture.names.count >= 5)
        #expect(PdftotextFixture.names.contains { $0.hasPrefix("fa-") })
        #expect(PdftotextFixture.names.contains { $0.hasPrefix("ps-") })
        for pair in PdftotextFixture.pairs {
            #expect(FileManager.default.fileExists(atPath: PdftotextFixture.url(pair.damaged).path), "\(pair.damaged)")
        }
    }

    @Test(arguments: PdftotextFixture.pairs)
    func damagedExportParsesLikeItsCleanOne(_ pair: PdftotextFixture.Pair) throws {
        let clean = try PdftotextFixture.parse(pair.clean)
        let damaged = try PdftotextFixture.parse(pair.damaged)
        #expect(damaged.title == clean.title)
        #expect(damaged.date == clean.date)
        #expect(damaged.dateText == clean.dateText)
        #expect(damaged.language == clean.language)
        #expect(damaged.section == clean.section)
        #expect(damaged.authors == clean.authors)
        #expect(damaged.contributors == clean.contributors)
        #expect(clean.section != nil && !clean.authors.isEmpty && clean.date != nil)
        #expect(!Self.holdsControl(damaged.title))
        #expect(!damaged.blocks.contains { Self.holdsControl($0.text) })
        #expect(damaged.warnings.first?.hasPrefix("repaired PDF-to-text output (bidi controls removed: ") == true)
        #expect(clean.warnings.isEmpty)
    }

    @Test(arguments: ["fa-water-in-herat", "fa-teachers-in-bamyan", "ps-girls-school-in-khost"])
    func halfLinesSideBySideBecomeOneVerseLine(_ name: String) throws {
        let clean = try PdftotextFixture.parse("clean/\(name).txt")
        let verse = try #require(clean.blocks.first { $0.kind == .verse })
        let swapped = try PdftotextFixture.parse("variants/\(name).swapped-hemistichs.txt")
        #expect(swapped.blocks.filter { $0.kind == .verse } == [verse])
        // From `pdftotext -layout`, a piece the rejoining could not be sure of stays apart (`کاری ز`).
        let layout = try PdftotextFixture.parse("layout/\(name).txt").blocks.filter { $0.kind == .verse }
        let halves = { (text: String) in text.split(separator: "\t").map { $0.filter { $0 != " " } } }
        #expect(layout.map { halves($0.text) } == [halves(verse.text)])
    }

    /// From `pdftotext -layout`, paragraphs and verse come back as the clean export has them, up to
    /// the spaces the rejoining could not be sure of.
    @Test(arguments: [
        "fa-water-in-herat", "fa-teachers-in-bamyan", "fa-carpet-weavers-of-andkhoy", "ps-girls-school-in-khost",
    ])
    func layoutOutputGivesTheCleanBlocks(_ name: String) throws {
        let clean = try PdftotextFixture.parse("clean/\(name).txt").blocks
        let layout = try PdftotextFixture.parse("layout/\(name).txt").blocks
        let squeezed = { (blocks: [Block]) in blocks.map { "\($0.kind) " + $0.text.filter { $0 != " " } } }
        #expect(squeezed(layout) == squeezed(clean))
    }

    @Test(arguments: [
        ("a\n\nb\n\n\nc\n\nd\n\u{0C}", "a\nb\n\nc\nd\n\u{0C}"),
        ("a\n\n\nb\n\n  \n\nc", "a\n\nb\n\nc"),
    ])
    func layoutLineSpacingIsClosedUp(_ text: String, _ closed: String) {
        #expect(ExtractionRepair.closingLayoutGaps(text) == closed)
    }

    @Test(arguments: ["a\nb\n\nc", "a\n\nb\n\nc", "a", "", "a\n\n\nb"])
    func textWithoutLayoutSpacingKeepsItsLines(_ text: String) {
        #expect(ExtractionRepair.closingLayoutGaps(text) == nil)
    }

    @Test(arguments: PdftotextFixture.names)
    func embeddingControlsAloneGiveTheCleanBlocks(_ name: String) throws {
        let clean = try PdftotextFixture.parse("clean/\(name).txt")
        let damaged = try PdftotextFixture.parse("variants/\(name).embedding-controls.txt")
        #expect(damaged.blocks == clean.blocks)
    }

    /// Text without pdftotext's mark is the author's: its bidi controls stay.
    @Test(arguments: [
        "plain English\nsecond line",
        "کابل \u{202B}شهر\u{202C} است\nدومین خط",
        "\u{202B}یک خط پیچیده\u{202C}\nدو\nسه\nچهار",
        "Invoice \u{202E}gpj.exe\u{202C} for the harbour\n\u{2067}isolate\u{2069}",
        "د \u{200F}کابل\u{200E} ښار",
        "東京 🙂 e\u{301} \u{07}\u{1B}[31m",
        "",
    ])
    func textWithoutThePdftotextMarkIsLeftAlone(_ text: String) {
        let result = ExtractionRepair.repair(text)
        #expect(result.text == text)
        #expect(result.warnings.isEmpty)
    }

    /// Broken embeddings in text with pdftotext's mark: every control goes, nothing else is lost.
    @Test(arguments: [
        "\u{202B}\u{202B}\u{202A}نیمه‌باز", "\u{202C}\u{202C}\u{202C}", "\u{202B}\u{202C}", "\u{202A}\u{202A}\u{202A} x",
        "\u{202B}\u{200C}\u{200C} \u{202A}\u{202E}東京\u{2066}\u{202C}",
        "\u{202B}\u{202D}e\u{301}🙂\u{2069}\u{202C}\u{202C}\u{202C}",
        "\u{202B}ب پ ت ث ج چ ح خ\u{202C}",
        "\u{202B}  \u{202B}ا\u{202C}   \u{202B}\u{202C}  \u{202B}\u{202A}1\u{202C}\u{202C}",
    ])
    func brokenEmbeddingsLoseTheirControlsOnly(_ line: String) {
        let wrapped = "\u{202B}سطر اول\u{202C}\n\(line)\n\u{202B}سطر آخر\u{202C}"
        let result = ExtractionRepair.repair(wrapped)
        #expect(!Self.holdsControl(result.text))
        let kept = { (text: String) in
            text.unicodeScalars.filter { !EmbeddedLine.isControl($0) && $0 != " " && $0 != "\t" }.map(String.init)
                .sorted()
        }
        #expect(kept(result.text) == kept(wrapped))
        #expect(result.warnings.count == 1)
    }

    @Test func bidiFixtureOfTheBadInputSetKeepsItsControls() throws {
        let text = try String(
            contentsOf: BadInputFixture.url("bidi-controls-in-title-and-body.txt"), encoding: .utf8)
        #expect(ExtractionRepair.repair(text) == ExtractionRepair.Result(text: text, warnings: []))
    }

    struct LineCase: Sendable, CustomTestStringConvertible {
        var line: String
        var logical: String
        var controls: Int
        var testDescription: String { logical }
    }

    @Test(arguments: [
        LineCase(
            line: "\u{202B}نویسنده\u{202A} :\u{202C}فریبا سلطانی\u{202C}", logical: "نویسنده: فریبا سلطانی", controls: 4
        ),
        LineCase(
            line: "\u{202B}\u{202A} ۱۸\u{202C}سرطان \u{202A}۱۴۰۲\u{202C}\u{202C}", logical: "۱۸ سرطان ۱۴۰۲", controls: 6
        ),
        LineCase(
            line: "\u{202B}در سال \u{202A} ،2014\u{202C}ماموریت\u{202C}", logical: "در سال 2014، ماموریت", controls: 4),
        LineCase(line: "\u{202B}باشد \u{202A},\u{202C}\u{202C}", logical: "باشد,", controls: 4),
        LineCase(
            line: "\u{202B}نام \u{202A} Resolute Support\u{202C}جای\u{202C}", logical: "نام Resolute Support جای",
            controls: 4),
        LineCase(
            line: "\u{202B}\u{202A}www.afgazad.com afgazad@gmail.com\u{202C}\u{202C}",
            logical: "www.afgazad.com afgazad@gmail.com", controls: 4),
        LineCase(
            line: "   \u{202B}دوم مصراع\u{202C}        \u{202B}اول مصراع\u{202C}", logical: "اول مصراع\tدوم مصراع",
            controls: 4),
        LineCase(line: "\u{202B}شهر \u{202A} 東京\u{202C}لوی ښار\u{202C}", logical: "شهر 東京 لوی ښار", controls: 4),
        LineCase(line: "\u{202B}سلام \u{202A}🙂\u{202C}\u{202C}", logical: "سلام 🙂", controls: 4),
        LineCase(line: "\u{202B}کافه \u{202A} Cafe\u{301}\u{202C}\u{202C}", logical: "کافه Cafe\u{301}", controls: 4),
        LineCase(
            line: "\u{202B}متن\u{200F}\u{2067}x\u{2069}\u{061C} \u{07}\u{202C}", logical: "متنx \u{07}", controls: 6),
        LineCase(line: "\u{202A}English line\u{202C}", logical: "English line", controls: 2),
        LineCase(line: "\u{202B}بی‌پایان\u{202C}\u{202C}", logical: "بی‌پایان", controls: 3),
    ])
    func lineComesBackInLogicalOrder(_ row: LineCase) {
        let repair = EmbeddedLine.repaired(Substring(row.line))
        #expect(repair.text == row.logical)
        #expect(repair.controls == row.controls)
        #expect(!Self.holdsControl(repair.text))
    }
}
