import Foundation
import Testing

@testable import AzadCore

/// `pdftotext`'s output of PDFs laid out as the site's (Noto Naskh Arabic for Persian and Pashto)
/// parses like the export each PDF was made from.
@Suite struct PdftotextOfPDFFixturesTests {
    /// Letters alone: the spaces and ZWNJs a repair could not be sure of aside.
    static func letters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != " " && $0 != "\u{200C}" }))
    }

    @Test func everyPDFFixtureHasBothOutputsBesideItsExport() throws {
        let pdfs = try FileManager.default.contentsOfDirectory(
            atPath: PdftotextFixture.folder.deletingLastPathComponent().appendingPathComponent("pdf").path
        ).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count >= 5)
        #expect(PdftotextFixture.names(in: "site-pdf").map { $0 + ".pdf" } == pdfs.sorted())
        #expect(PdftotextFixture.sitePairs.count == 2 * pdfs.count)
        for name in PdftotextFixture.names(in: "site-pdf") {
            let export = PdftotextFixture.folder.deletingLastPathComponent().appendingPathComponent("pdf/\(name).txt")
            #expect(try PdftotextFixture.text("site-pdf/\(name).txt") == String(contentsOf: export, encoding: .utf8))
        }
    }

    @Test(arguments: PdftotextFixture.sitePairs)
    func outputOfAPDFFixtureParsesLikeItsExport(_ pair: PdftotextFixture.Pair) throws {
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
        #expect(!ExtractionRepairTests.holdsControl(damaged.title))
        #expect(!damaged.blocks.contains { ExtractionRepairTests.holdsControl($0.text) })
        // Right-to-left lines are what `pdftotext` wraps in embeddings; a Latin-script PDF has few.
        let repaired = damaged.warnings.contains { $0.hasPrefix(ExtractionRepair.warningStart) }
        #expect(repaired == (pair.language != nil))
    }

    /// An article whose words no word list holds: its date, section and language come out as the
    /// export has them, its title and byline with every letter in place, though some words stay split.
    @Test(arguments: PdftotextFixture.unseenPairs)
    func outputOfAnUnseenArticleKeepsItsHeader(_ pair: PdftotextFixture.Pair) throws {
        let clean = try PdftotextFixture.parse(pair.clean)
        let damaged = try PdftotextFixture.parse(pair.damaged)
        #expect(clean.date != nil && clean.section != nil && !clean.authors.isEmpty)
        #expect(damaged.date == clean.date)
        #expect(damaged.dateText == clean.dateText)
        #expect(damaged.language == clean.language)
        #expect(damaged.section == clean.section)
        #expect(Self.letters(damaged.title) == Self.letters(clean.title))
        #expect(damaged.authors.map(Self.letters) == clean.authors.map(Self.letters))
        #expect(damaged.contributors.map { Self.letters($0.name) } == clean.contributors.map { Self.letters($0.name) })
        #expect(damaged.contributors.map(\.role) == clean.contributors.map(\.role))
        #expect(!ExtractionRepairTests.holdsControl(damaged.title))
        #expect(!damaged.blocks.contains { ExtractionRepairTests.holdsControl($0.text) })
        let warning = try #require(damaged.warnings.first)
        #expect(warning.hasPrefix(ExtractionRepair.warningStart))
        #expect(warning.contains("lines cut at a lam-alef joined: 8"))
        #expect(warning.contains(ExtractionRepair.lonePiecesNote))
    }

    /// The date line as `pdftotext` wrote it, month name in letters, is in the fixture.
    @Test(arguments: PdftotextFixture.unseenPairs)
    func unseenFixtureWritesTheMonthInLetters(_ pair: PdftotextFixture.Pair) throws {
        let logical = try #require(ExtractionRepair.logicalLines(try PdftotextFixture.text(pair.damaged)))
        #expect(logical.text.contains("۱۲ ث و ر ۱۴۰۴"))
    }
}
