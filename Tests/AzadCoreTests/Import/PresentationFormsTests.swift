import Testing

@testable import AzadCore

/// Arabic presentation forms, as PDF-to-text converters write them, back to plain letters.
@Suite struct PresentationFormsTests {
    @Test(arguments: [
        ("\u{FEB3}\u{FEFC}\u{FEE1}", "سلام", 3),
        ("\u{FEFB}\u{FEDF}\u{FEEA}", "لاله", 3),
        ("\u{FDF2}", "الله", 1),
        ("\u{FB8E}\u{FE8E}\u{FE91}\u{FEDE}", "کابل", 4),
        ("ب\u{FE70}", "ب\u{064B}", 1),
        ("plain text 😀 中文 e\u{301}", "plain text 😀 中文 e\u{301}", 0),
        ("\u{FEFF}کتاب", "\u{FEFF}کتاب", 0),
        ("a\u{1B}[31m\u{FE8D}", "a\u{1B}[31mا", 1),
    ])
    func formsBecomeLetters(input: String, expected: String, count: Int) {
        let result = PresentationForms.normalised(input)
        #expect(result.text == expected)
        #expect(result.count == count)
    }

    @Test func parseAndCacheHoldPlainLettersWithAWarning() throws {
        let article = try Fixture.article("presentation-forms-from-pdf.txt")
        #expect(article.title == "قرارداد تازه در کابل")
        let allText = ([article.title] + article.blocks.map(\.text)).joined()
        #expect(!allText.unicodeScalars.contains(where: PresentationForms.isPresentationForm))
        #expect(article.blocks.last?.text == "باغ‌های کابل لاله و الله")
        #expect(article.warnings.contains("normalised 31 Arabic presentation forms to plain letters"))
    }
}
