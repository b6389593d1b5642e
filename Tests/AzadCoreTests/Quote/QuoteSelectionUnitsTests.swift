import Testing

@testable import AzadCore

/// Widening a selection of laid-out lines to whole blocks, whole couplets, or leaving it as lines.
@Suite struct QuoteSelectionUnitsTests {
    static let couplets: [String] = [
        "هر آن کس که دانش بیاموزد\tفرا گیرد او گنج بی‌رنج را",
        "د ښار په کوڅو کې باران\tاوري نن او سبا هم اوري",
        "漢字の雨が降る町で\t🙂 e\u{301}te\u{301} roofs and walls",
    ]

    /// A prose paragraph, then a verse block of all the couplets, laid out so that each couplet
    /// takes two rows.
    static func layout() -> (lines: [ArticleLine], article: Article) {
        let article = Article(
            path: "/p.txt", title: "T", language: "fa",
            blocks: [
                Block(.paragraph, "A paragraph of prose that wraps over a few lines at this width."),
                Block(.verse, couplets.joined(separator: "\n")),
            ])
        return (ArticleLayout.lines(for: article, width: 30), article)
    }

    @Test func eachCoupletTakesTwoRows() {
        let (lines, _) = Self.layout()
        #expect(lines.filter { $0.style == .verse }.count == 2 * Self.couplets.count)
    }

    @Test(arguments: 0..<6)
    func oneVerseRowWidensToItsCouplet(row: Int) {
        let (lines, article) = Self.layout()
        let first = lines.firstIndex { $0.style == .verse }!
        let line = first + row
        let widened = QuoteSelection.widened(line...line, in: lines, article: article, to: .couplet)
        let couplet = first + row / 2 * 2
        #expect(widened == couplet...(couplet + 1))
        let text = QuoteSelection.logicalText(
            of: widened.lowerBound..<(widened.upperBound + 1), in: lines, article: article)
        #expect(text == Self.couplets[row / 2])
        #expect(QuoteSelection.widened(line...line, in: lines, article: article, to: .line) == line...line)
    }

    @Test func proseLinesStayLinesUnderCouplets() {
        let (lines, article) = Self.layout()
        let prose = lines.indices.filter { lines[$0].blockIndex == 0 }
        #expect(prose.count >= 2)
        let one = prose[1]
        #expect(QuoteSelection.widened(one...one, in: lines, article: article, to: .couplet) == one...one)
        #expect(
            QuoteSelection.widened(one...one, in: lines, article: article, to: .block) == prose.first!...prose.last!)
    }

    @Test func aBlockSelectionTakesEveryBlockItTouchesAndNoHeader() {
        let (lines, article) = Self.layout()
        let lastProse = lines.lastIndex { $0.blockIndex == 0 }!
        let firstVerse = lines.firstIndex { $0.blockIndex == 1 }!
        let widened = QuoteSelection.widened(lastProse...firstVerse, in: lines, article: article, to: .block)
        #expect(widened == lines.firstIndex { $0.blockIndex == 0 }!...(lines.count - 1))
        // A header line stays where it is: the attribution carries it.
        #expect(QuoteSelection.widened(0...0, in: lines, article: article, to: .block) == 0...0)
    }
}
