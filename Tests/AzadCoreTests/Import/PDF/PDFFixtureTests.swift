import Foundation
import Testing

@testable import AzadCore

/// The fixture PDFs (scripts/make-pdf-fixtures) against the text exports they were laid out from.
@Suite struct PDFFixtureTests {
    static let articles = [
        "persian-pomegranate-harvest", "pashto-first-snow-in-kunar", "english-night-buses-salang",
        "french-andkhoy-carpet-weavers", "german-herat-water-pipes",
    ]

    /// The text without ZWNJ: a PDF keeps no zero-width non-joiner (the glyphs' shapes stand for it,
    /// and cairo writes no text for it), and search folding ignores it too.
    static func withoutJoinerControls(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{200C}" }))
    }

    @Test(arguments: articles)
    func pdfParsesToTheFieldsAndBlocksOfItsExport(_ name: String) throws {
        let export = try Fixture.article("pdf/\(name).txt")
        let pdf = try Fixture.article("pdf/\(name).pdf")
        let plain = Self.withoutJoinerControls
        #expect(plain(pdf.title) == plain(export.title))
        #expect(pdf.subtitle.map(plain) == export.subtitle.map(plain))
        #expect(pdf.authors.map(plain) == export.authors.map(plain))
        #expect(pdf.date == export.date)
        #expect(pdf.dateText == export.dateText)
        #expect(pdf.language == export.language)
        #expect(pdf.section == export.section)
        #expect(pdf.source == export.source)
        #expect(pdf.blocks.map(\.kind) == export.blocks.map(\.kind))
        #expect(pdf.blocks.map { plain($0.text) } == export.blocks.map { plain($0.text) })
        #expect(pdf.warnings == export.warnings)
        // Something to compare: a header and a few blocks were found, the masthead kept out.
        #expect(pdf.date != nil)
        #expect(pdf.blocks.count >= 6)
        for block in pdf.blocks {
            for word in Fixture.mastheadWords { #expect(!block.text.contains(word)) }
        }
    }

    @Test(arguments: articles)
    func extractedTextHasPagesAndNoPageNumbers(_ name: String) throws {
        let text = try TextDecoding.decode(try Fixture.data("pdf/\(name).pdf"))
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count == 2)
        #expect(!text.contains("P a g e"))
        #expect(!text.contains("\u{202B}") && !text.contains("\u{202A}") && !text.contains("\u{202C}"))
        // The masthead of the first page is there for the parser; later pages' copies are dropped.
        #expect(pages[0].hasPrefix("افغانستان آزاد ــ آزاد افغانستان\nAA-AA\n"))
        #expect(!pages[1].contains("AA-AA"))
        // A couplet's half-lines in their order, a tab between them, as in an export.
        #expect(text.contains("همه سر به سر تن به کشتن دهیم\tاز آن به که کشور به دشمن دهیم"))
        #expect(text.contains("www.afgazad.com\tafgazad@gmail.com"))
    }

    @Test func persianLinesComeOutInLogicalOrderWithNumbersAndLatinWords() throws {
        let pages = try TextDecoding.decode(try Fixture.data("pdf/persian-pomegranate-harvest.pdf"))
        // Hard wraps aside, as the parser joins them.
        let text = pages.replacingOccurrences(of: "\n", with: " ")
        // Spaces on the right sides of numbers and punctuation (poppler's own text moves them).
        #expect(text.contains("در مندوی شهر به ۶۵۰ افغانی فروخته"))
        #expect(text.contains("نویسنده: نسرین احمدزی"))
        #expect(text.contains("۱۲ میزان ۱۴۰۲"))
        // Words split at letters that do not join are whole.
        #expect(text.contains("باغداران"))
        #expect(text.contains("گفتهٔ آنان"))
    }

    @Test func softHyphenAtALineEndIsUndone() throws {
        let text = try TextDecoding.decode(try Fixture.data("pdf/german-herat-water-pipes.pdf"))
        #expect(!text.contains("\u{AD}"))
        #expect(text.contains("zurückgezahlt"))
    }

    @Test(arguments: [
        ("encrypted-needs-password.pdf", ImportError.Reason.pdfEncrypted),
        ("damaged-cut-short.pdf", .pdfDamaged("PDF document is damaged")),
        ("image-only-no-text-layer.pdf", .pdfNoText),
        // FuzzPDF's find: a text layer whose lines are whitespace alone.
        ("fuzz-crash-whitespace-only-text.pdf", .pdfNoText),
        ("too-many-pages.pdf", .pdfTooLarge(.pages(501, limit: 500))),
    ])
    func unreadablePDFsSayWhy(_ name: String, _ reason: ImportError.Reason) throws {
        let url = Fixture.url("pdf/bad/\(name)")
        #expect(throws: ImportError(reason, path: url.path)) { try ExportParser.parse(contentsOf: url) }
        let message = ImportError(reason).message
        #expect(message.hasPrefix("the PDF "))
        #expect(message.contains("skipped"))
    }

    @Test func aPDFLargerThanAnArticleIsNotOpened() throws {
        var data = Data("%PDF-1.4\n".utf8)
        data.append(Data(count: PDFImport.largestFile + 1 - data.count))
        #expect(throws: ImportError(.pdfTooLarge(.megabytes(64, limit: 64)))) {
            try PDFImport.text(of: data)
        }
        #expect(
            ImportError(.pdfTooLarge(.megabytes(64, limit: 64))).message
                == "the PDF is too large for an article (64 MB, more than the 64 MB an article takes), skipped")
        #expect(
            ImportError(.pdfTooLarge(.pages(501, limit: 500))).message
                == "the PDF is too large for an article (501 pages, more than the 500 an article takes), skipped")
    }

    @Test(arguments: [
        ("%PDF-1.7\n", true), ("%PDF-", true), ("%PDF", false), (" %PDF-1.4", false),
        ("Page 1 mentions %PDF-1.4", false), ("افغانستان آزاد", false), ("", false),
    ])
    func aPDFIsKnownByItsHeader(_ head: String, _ isPDF: Bool) {
        #expect(PDFImport.isPDF(Data(head.utf8)) == isPDF)
    }
}
