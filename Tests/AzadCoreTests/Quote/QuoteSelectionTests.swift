import Testing

@testable import AzadCore

@Suite struct QuoteSelectionTests {
    /// Paragraphs of every script the exports hold, each long enough to wrap at the widths below.
    static let paragraphs: [String] = [
        "The press in Kabul has been free in name for years, and free in fact for fewer of them.",
        "ما می‌خواهیم که صدای مردم در هر کوی و برزن شنیده شود، نه تنها در پایتخت.",
        "ژبه د یو ولس پېژندګلوي ده، او ښځې او نارینه یې په ګډه ساتي.",
        "در سال 2016 (۱۳۹۴) the word «آزادی» was written on every wall of Herat.",
        "漢字とかなの文章 😀👍🏽 and e\u{301}te\u{301} with combining marks\tand a tab.",
    ]

    static func hasPresentationForms(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFF).contains($0.value) }
    }

    @Test(arguments: paragraphs, [12, 23, 40])
    func selectingEveryLineGivesTheParagraph(paragraph: String, width: Int) {
        let lines = ParagraphLayout.lines(paragraph, width: width)
        #expect(lines.count > 1)
        let text = QuoteSelection.logicalText(of: lines, in: paragraph)
        #expect(Array(text.utf8) == Array(paragraph.utf8))
    }

    @Test(arguments: paragraphs, [12, 23])
    func selectingSomeLinesGivesTheirLogicalSlice(paragraph: String, width: Int) {
        let lines = ParagraphLayout.lines(paragraph, width: width)
        let middle = Array(lines[1..<min(3, lines.count)])
        let text = QuoteSelection.logicalText(of: middle, in: paragraph)
        let expected = paragraph[middle.first!.logicalRange.lowerBound..<middle.last!.logicalRange.upperBound]
        #expect(text == String(expected))
        #expect(paragraph.contains(text))
        #expect(!text.isEmpty && text.count < paragraph.count)
        #expect(!Self.hasPresentationForms(text))
    }

    @Test func aPersianLineKeepsItsZeroWidthNonJoiner() {
        let paragraph = "من می‌خواهم بروم"
        let lines = ParagraphLayout.lines(paragraph, width: 9)
        let second = QuoteSelection.logicalText(of: lines[1...1], in: paragraph)
        #expect(second == "می‌خواهم")
        #expect(second.unicodeScalars.contains("\u{200C}"))
    }

    static let article = Article(
        path: "/e/mixed.txt", title: "یک عنوان دراز برای آزمون", authors: ["نویسنده"],
        date: CivilDate(year: 2016, month: 2, day: 21), language: "fa", section: "ادبی",
        blocks: [
            Block(.heading, "سرآغاز"),
            Block(.paragraph, "ما می‌خواهیم که صدای مردم شنیده شود، نه تنها در پایتخت."),
            Block(.verse, "بسی رنج بردم\tدر این سال سی\nعجم زنده کردم\tبدین پارسی\n\nپایان شعر"),
            Block(.paragraph, "An English paragraph closes the article."),
        ])

    @Test(arguments: [10, 16, 30, 80])
    func selectingTheWholeBodyGivesEveryBlock(width: Int) {
        let lines = ArticleLayout.lines(for: Self.article, width: width)
        let text = QuoteSelection.logicalText(of: 0..<lines.count, in: lines, article: Self.article)
        #expect(text == Self.article.blocks.map(\.text).joined(separator: "\n\n"))
    }

    @Test(arguments: [10, 16, 30, 80])
    func selectingEachBlockGivesItsText(width: Int) {
        let lines = ArticleLayout.lines(for: Self.article, width: width)
        for (index, block) in Self.article.blocks.enumerated() {
            let positions = lines.indices.filter { lines[$0].blockIndex == index }
            let text = QuoteSelection.logicalText(
                of: positions.first!..<(positions.last! + 1), in: lines, article: Self.article)
            #expect(Array(text.utf8) == Array(block.text.utf8), "block \(index) at width \(width)")
        }
    }

    @Test func selectingTheSecondVerseLineGivesIt() {
        let lines = ArticleLayout.lines(for: Self.article, width: 80)
        let verse = lines.indices.filter { lines[$0].blockIndex == 2 }
        #expect(verse.count == 4)
        let text = QuoteSelection.logicalText(of: verse[1]..<verse[2], in: lines, article: Self.article)
        #expect(text == "عجم زنده کردم\tبدین پارسی")
    }

    @Test func headerLinesAreLeftToTheAttribution() {
        let lines = ArticleLayout.lines(for: Self.article, width: 80)
        let firstBody = lines.firstIndex { $0.blockIndex != nil }!
        let text = QuoteSelection.logicalText(of: 0..<(firstBody + 1), in: lines, article: Self.article)
        #expect(text == "سرآغاز")
        #expect(QuoteSelection.logicalText(of: 0..<firstBody, in: lines, article: Self.article).isEmpty)
    }

    @Test func aSelectionAcrossTwoBlocksJoinsThemWithABlankLine() {
        let lines = ArticleLayout.lines(for: Self.article, width: 16)
        let lastOfParagraph = lines.lastIndex { $0.blockIndex == 1 }!
        let firstOfVerse = lines.firstIndex { $0.blockIndex == 2 }!
        let text = QuoteSelection.logicalText(
            of: lastOfParagraph..<(firstOfVerse + 1), in: lines, article: Self.article)
        let parts = text.components(separatedBy: "\n\n")
        #expect(parts.count == 2)
        #expect(Self.article.blocks[1].text.hasSuffix(parts[0]))
        #expect(Self.article.blocks[2].text.hasPrefix(parts[1]))
    }
}
