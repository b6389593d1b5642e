import Foundation
import Testing

@testable import AzadCore

/// Couplets typeset as books set them, from the three ways exports write them, at pane widths
/// from a narrow split to a wide terminal.
@Suite struct VerseLayoutTests {
    static let fixtures = [
        "verse-couplets-tab-separated.txt", "verse-couplets-space-separated.txt", "verse-one-hemistich-per-line.txt",
    ]

    /// Every case: each fixture at each width.
    static let cases: [(String, Int)] = fixtures.flatMap { name in [40, 60, 100, 160].map { (name, $0) } }

    @Test(arguments: fixtures)
    func everyFormBecomesCouplets(name: String) throws {
        let article = try Fixture.article(name)
        let verse = try #require(article.blocks.first { $0.kind == .verse })
        let lines = verse.text.split(separator: "\n")
        #expect(lines.count >= 2)
        // One tab between the two hemistichs of every couplet: what a quote keeps.
        #expect(lines.allSatisfy { $0.split(separator: "\t").count == 2 })
    }

    @Test(arguments: cases)
    func coupletsAlignInColumnsOrStack(name: String, width: Int) throws {
        let article = try Fixture.article(name)
        let index = try #require(article.blocks.firstIndex { $0.kind == .verse })
        let text = article.blocks[index].text
        let couplets = text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let rows = ArticleLayout.lines(for: article, width: width).filter { $0.blockIndex == index }
        let hemistichWidths = couplets.flatMap { $0 }.map { ParagraphLayout.lines($0, width: 1000)[0].width }
        let widest = try #require(hemistichWidths.max())
        if 2 * widest + VerseLayout.minimumGap <= width {
            // Two columns: one row per couplet, every row the same width and margin, within the pane.
            #expect(rows.count == couplets.count)
            let total = rows[0].line.width
            #expect(total >= 2 * widest + VerseLayout.minimumGap)
            for (row, couplet) in zip(rows, couplets) {
                #expect(row.line.width == total)
                #expect(row.line.edgeMargin == rows[0].line.edgeMargin)
                #expect(row.line.indent(in: width) + row.line.width <= width)
                // Centred: the margins on either side differ by at most one column.
                let left = row.line.indent(in: width)
                #expect(abs(left - (width - left - total)) <= 1)
                // The first hemistich on the right, each column as wide as the widest hemistich.
                let right = String(row.line.text.suffix(widest))
                let leftColumn = String(row.line.text.prefix(widest))
                #expect(Self.words(right) == Self.words(ParagraphLayout.lines(couplet[0], width: 1000)[0].text))
                #expect(Self.words(leftColumn) == Self.words(ParagraphLayout.lines(couplet[1], width: 1000)[0].text))
                let gap = row.line.text.dropFirst(widest).dropLast(widest)
                #expect(gap.count >= VerseLayout.minimumGap && gap.allSatisfy { $0 == " " })
                // No stretched words: only spaces were added.
                #expect(row.line.text.filter { $0 != " " } == (leftColumn + right).filter { $0 != " " })
                // A quote of the row is the couplet as written, a tab between its hemistichs.
                #expect(String(text[row.line.logicalRange]) == couplet.joined(separator: "\t"))
            }
        } else {
            // Too narrow for two columns: the first hemistich at the right edge, the second under it,
            // two columns in.
            #expect(rows.count >= 2 * couplets.count)
            for row in rows {
                #expect(row.line.isRightToLeft)
                #expect(row.line.width <= width - row.line.edgeMargin)
                #expect([0, VerseLayout.narrowIndent].contains(row.line.edgeMargin))
                let source = String(text[row.line.logicalRange])
                let second = couplets.contains { $0[1].contains(source) && !$0[0].contains(source) }
                #expect(row.line.edgeMargin == (second ? VerseLayout.narrowIndent : 0), "«\(source)»")
            }
        }
    }

    /// A lone misra, or a heading line in a poem of couplets, is centred.
    @Test(arguments: [40, 60, 100, 160])
    func singleLinesAreCentred(width: Int) {
        let text = "بشنو این نی چون شکایت می‌کند\nسحر که باد صبا از کرانه برخیزد\tهزار زمزمه از کوه و خانه برخیزد"
        let lines = VerseLayout.lines(text, width: width, options: LayoutOptions(), direction: .rightToLeft)
        let lone = lines[0]
        let left = lone.indent(in: width)
        #expect(abs(left - (width - left - lone.width)) <= 1)
        #expect(String(text[lone.logicalRange]) == "بشنو این نی چون شکایت می‌کند")
    }

    /// A European stanza without tabs keeps its lines at the left edge.
    @Test func aStanzaWithoutTabsStaysAtItsEdge() {
        let text = "Der Wind geht über Herat,\nund Staub liegt auf dem Tor;\n雨 und 😀 und e\u{301}"
        let lines = VerseLayout.lines(text, width: 60, options: LayoutOptions(), direction: .leftToRight)
        #expect(lines.map(\.text) == text.split(separator: "\n").map(String.init))
        #expect(lines.allSatisfy { $0.indent(in: 60) == 0 })
    }

    @Test func justifyingWidensSpacesOnly() {
        let line = ParagraphLayout.lines("از کوه و خانه", width: 100)[0]
        let wider = VerseLayout.justified(line, to: line.width + 5)
        #expect(wider.width == line.width + 5)
        #expect(DisplayWidth.of(wider.text) == wider.width)
        #expect(wider.sourceIndices.count == wider.text.count)
        #expect(wider.text.split(separator: " ") == line.text.split(separator: " "))
        let word = ParagraphLayout.lines("کتاب", width: 100)[0]
        let centred = VerseLayout.justified(word, to: 10)
        #expect(centred.text.trimmingCharacters(in: .whitespaces) == word.text)
        #expect(centred.width == 10)
    }

    static func words(_ text: String) -> [Substring] { text.split(separator: " ") }

    /// Hostile verse: marks with no base, emoji, CJK, controls and escapes, empty hemistichs. Every
    /// line keeps the layout's promises: its width is its text's, one source index per grapheme,
    /// each inside its range, ranges in order, nothing wider than the pane but a lone grapheme.
    @Test(arguments: [
        "\u{064B}ب\tکتاب\u{0301}\n\u{0301}\t😀‍👩",
        "中文 詩\t日本語\n한국어\t\t\tشعر",
        "a\u{1B}[31mb\tc\u{7}d\n\t\n\n",
        "\u{202E}مخفی\u{202C}\tپیدا 👩‍👩‍👧\ne\u{301}\u{302}\tx",
        "ښځې او ځوانان\tد سولې زېری\nلا اله\tالا الله",
    ])
    func hostileVerseKeepsTheLayoutsPromises(text: String) {
        for width in [1, 2, 5, 12, 40, 160] {
            for mode in [BidiMode.visual, .terminal] {
                let lines = VerseLayout.lines(
                    text, width: width, options: LayoutOptions(bidiMode: mode), direction: .rightToLeft)
                var previousEnd = text.startIndex
                for line in lines {
                    #expect(line.width == DisplayWidth.of(line.text))
                    // Only a grapheme wider than the pane (an emoji sequence) may overflow it, alone.
                    #expect(line.width <= width || line.text.count == 1, "«\(line.text)» at \(width)")
                    #expect(line.sourceIndices.count == line.text.count)
                    #expect(line.sourceIndices.allSatisfy { line.logicalRange.contains($0) })
                    #expect(line.logicalRange.lowerBound >= previousEnd)
                    #expect(line.indent(in: width) >= 0)
                    #expect(Sanitizer.isSafe(line.text))
                    previousEnd = line.logicalRange.upperBound
                }
            }
        }
    }
}
