import Testing

@testable import AzadCore

@Suite struct PageArtifactTests {
    @Test(arguments: [
        "P a g e | 2", "P a g e | 12", "Page | 3", "2 | P a g e", "2 | Page", "Page 2 of 5", "page 2 of 5", "Page 2",
        "Seite 2 von 5", "Page 2 sur 5", "صفحه ۲", "صفحه ۲ از ۵", "صفحه 2 از 5", "مخ ۳", "- 4 -", "– 4 –",
        "P a g e | ٢",
        "www.afgazad.com   2", "afgazad@gmail.com | Page 3 of 4", "www.afgazad.com",
    ])
    func recognisesFooters(line: String) {
        #expect(PageCleaner.isFooter(line))
    }

    @Test(arguments: [
        "Page after page of reports", "Pages 2 and 3 were missing", "2016", "صفحه تازه‌ای در تاریخ", "P a g e",
        "Page 2 of the report said the dam was unsafe, and page 3 agreed.", "🙂 2 🙂",
        "www.afgazad.com publishes in three languages", "Write to afgazad@gmail.com about page 2",
    ])
    func leavesOtherLinesAlone(line: String) {
        #expect(!PageCleaner.isFooter(line))
    }

    @Test(arguments: [
        ("2", true), ("(2)", true), ("12", true), ("2/5", true), ("2 of 5", true), ("۳", true), ("2016", false),
        ("2.", false),
    ])
    func recognisesBarePageNumbers(line: String, bare: Bool) {
        #expect(PageCleaner.isBarePageNumber(line) == bare)
    }

    @Test func footersAndRepeatedMastheadsGoAndSplitParagraphsJoin() throws {
        let article = try Fixture.article("crlf-and-form-feeds.txt")
        #expect(article.title == "CRLF And Form Feeds")
        #expect(article.date?.iso == "2015-06-05")
        #expect(
            article.blocks.map(\.text) == [
                "The opening paragraph stands on its own and ends properly.",
                "The first page ends in the middle of a sentence that the reader must see whole, because the extractor put a form feed where the page ended.",
                "A closing paragraph follows on the second page.",
            ])
        #expect(article.warnings == ["joined 1 paragraph(s) split by a page break"])
    }

    @Test func barePageNumbersGoOnlyAtPageEdges() throws {
        let article = try Fixture.article("bare-page-numbers-and-repeated-masthead.txt")
        let texts = article.blocks.map(\.text)
        #expect(
            texts == [
                "The first page holds one paragraph of ordinary prose that ends cleanly.",
                "The second page starts with its number. In 2017 the year alone on a line inside a page is kept.",
                "2017",
                "The last paragraph closes the article.",
                "A masthead repeated without a page break is removed as well.",
            ])
        #expect(article.warnings.filter { $0.contains("as a page number") }.count == 2)
    }

    @Test func aLaterPageOpeningWithTheSectionLineAloneLosesIt() throws {
        let text =
            Fixture.masthead()
            + "\n\nTitle\n\n2016-02-21\n\nThe first page ends here.\n\u{0C}European Languages\tزبان های اروپائی\n\nThe second page goes on."
        let article = try ExportParser.parse(text: text, path: "section-on-page-two.txt")
        #expect(article.blocks.map(\.text) == ["The first page ends here.", "The second page goes on."])
    }

    @Test func aHeadingOnAPageTopIsNotJoinedToTheParagraphBefore() throws {
        let text =
            Fixture.masthead()
            + "\n\nTitle\n\n2016-02-21\n\nA paragraph that stops at the page end without a stop\n\u{0C}THE NEXT PART\n\nMore text follows here."
        let article = try ExportParser.parse(text: text, path: "heading-on-page-top.txt")
        #expect(article.blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
    }
}
