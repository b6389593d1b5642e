import Foundation
import Testing

@testable import AzadCore

@Suite struct ArticleLayoutTests {
    static func fixture(_ name: String) throws -> Article {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "txt"))
        return try ExportParser.parse(contentsOf: url)
    }

    static let persian = Article(
        path: "persian.txt", title: "بازار کتاب در کابل", subtitle: "گزارشی از کوچه‌ی مندوی",
        authors: ["احمد کریمی", "Sara Lind"], date: CivilDate(year: 2016, month: 2, day: 21), language: "fa",
        section: "اجتماعی", source: "http://example.org/a b",
        blocks: [
            Block(.heading, "پیشینه"),
            Block(.paragraph, "در سال 2021 بیش از ۱۲ کتاب‌فروشی (در کوچه‌ی مندوی) بسته شد."),
            Block(.paragraph, "۱۴۰۲ سال دشواری بود."),
            Block(.verse, "همه سر به سر تن به کشتن دهیم\tاز آن به که کشور به دشمن دهیم\nچو کشور نباشد\tتن من مباد"),
        ])

    @Test func headerThenBlocksWithBlankLinesBetween() {
        let lines = ArticleLayout.lines(for: Self.persian, width: 80)
        let styles = lines.map(\.style)
        #expect(Array(styles.prefix(6)) == [.title, .subtitle, .byline, .meta, .meta, .meta])
        #expect(styles.filter { $0 == .blank }.count == Self.persian.blocks.count)
        #expect(lines.first { $0.style == .heading }?.blockIndex == 0)
        #expect(lines.filter { $0.style == .verse }.count == 2, "each verse line on one row at 80 columns")
        #expect(lines.filter { $0.style == .verse }.allSatisfy { $0.blockIndex == 3 })
    }

    @Test("The solar date as the site writes it, then the Gregorian one")
    func persianAndPashtoDates() {
        let meta = ArticleLayout.metaLines(for: Self.persian)
        #expect(meta[0] == "۲ حوت ۱۳۹۴ · ۲۱ فبروری ۲۰۱۶")
        let shown = ArticleLayout.lines(for: Self.persian, width: 60).first { $0.style == .meta }!.line
        // Right to left, each date's numbers reading left to right: the Gregorian date on the left.
        #expect(shown.isRightToLeft)
        #expect(shown.text.hasPrefix("۲۰۱۶ "), "«\(shown.text)»")
        #expect(shown.text.hasSuffix(" ۲"), "«\(shown.text)»")
        var pashto = Self.persian
        pashto.language = "ps"
        #expect(ArticleLayout.metaLines(for: pashto)[0] == "۲ حوت ۱۳۹۴ · ۲۱ فبروري ۲۰۱۶")
        var english = Self.persian
        english.language = "en"
        english.dateText = "21.02.2016"
        #expect(ArticleLayout.metaLines(for: english)[0] == "21 February 2016")
        english.date = nil
        english.dateText = "Sunday"
        #expect(ArticleLayout.metaLines(for: english)[0] == "Sunday")
    }

    @Test("A Persian paragraph that opens with a number still sits on the right")
    func directionFallsBackToTheLanguage() {
        let lines = ArticleLayout.lines(for: Self.persian, width: 60)
        let numberFirst = lines.first { $0.blockIndex == 2 }!
        #expect(numberFirst.line.isRightToLeft)
        let source = lines.first { $0.style == .meta && $0.line.text.hasPrefix("http") }!
        #expect(!source.line.isRightToLeft, "a URL reads left to right")
    }

    @Test("Block lines map back into their block's text", arguments: [12, 30, 80])
    func logicalRangesIndexTheBlock(width: Int) {
        for line in ArticleLayout.lines(for: Self.persian, width: width) {
            guard let block = line.blockIndex else { continue }
            let text = Self.persian.blocks[block].text
            let copied = String(text[line.line.logicalRange])
            #expect(!copied.isEmpty)
            #expect(text.contains(copied))
            #expect(line.line.width <= width)
        }
    }

    @Test("Verse half-lines go one under the other when the line does not fit")
    func verseHalves() {
        // Two hemistichs side by side need 2 × 28 + 3 columns: at 32 every couplet stacks, the second
        // hemistich under the first.
        let narrow = ArticleLayout.lines(for: Self.persian, width: 32).filter { $0.style == .verse }
        #expect(narrow.count == 4)
        #expect(narrow.map(\.line.edgeMargin) == [0, 2, 0, 2])
        #expect(
            narrow.map { String(Self.persian.blocks[3].text[$0.line.logicalRange]) }.first
                == "همه سر به سر تن به کشتن دهیم")
        #expect(narrow.allSatisfy { $0.line.isRightToLeft && $0.line.width <= 32 })
    }

    @Test func plainTextIndentsRightToLeftLinesAndTrimsTrailingSpaces() {
        let width = 50
        let text = ArticleLayout.plainText(for: Self.persian, width: width)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let lines = ArticleLayout.lines(for: Self.persian, width: width)
        #expect(rows.count == lines.count)
        for (row, line) in zip(rows, lines) {
            #expect(!row.hasSuffix(" "))
            #expect(DisplayWidth.of(row) <= width)
            if line.line.isRightToLeft && !line.line.text.isEmpty {
                #expect(DisplayWidth.of(row) + line.line.edgeMargin == width)
            }
        }
        #expect(Sanitizer.isSafe(text.replacingOccurrences(of: "\n", with: "")))
    }

    @Test("Hostile text in any field never reaches the output raw")
    func hostileFields() {
        let article = Article(
            path: "x", title: "\u{1B}]0;owned\u{7}عنوان", authors: ["\u{1B}[31mName"], language: "fa",
            section: "\u{202E}section", blocks: [Block(.paragraph, "متن \u{1B}]52;c;AAAA\u{7} \u{9B}2J پایان")])
        for mode in BidiMode.allCases {
            let text = ArticleLayout.plainText(for: article, width: 30, options: LayoutOptions(bidiMode: mode))
            #expect(Sanitizer.isSafe(text.replacingOccurrences(of: "\n", with: "")), "\(mode)")
        }
    }

    @Test("Parsed fixtures lay out in every mode", arguments: ["persian-mixed-direction", "pashto-mixed-direction"])
    func fixtures(_ name: String) throws {
        let article = try Self.fixture(name)
        #expect(["fa", "ps"].contains(article.language))
        #expect(article.blocks.count >= 4)
        let lines = ArticleLayout.lines(for: article, width: 40)
        #expect(lines.filter { $0.blockIndex != nil }.allSatisfy { $0.line.isRightToLeft })
    }
}
