import Testing

@testable import AzadCore

/// List titles cut at the width by grapheme cluster, at their reading end, with `…`: every column
/// used, never a cut inside a cluster.
@Suite struct ClippedLineTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        var width: Int
        /// The line's columns: `width`, or one less where a wide character would cross the edge.
        var expectedWidth: Int
        var testDescription: String { "\(text.prefix(12))… @\(width)" }
    }

    static let rows: [Row] = [
        Row(text: "Les jardins de Babur à Kaboul retrouvent leurs visiteurs", width: 29, expectedWidth: 29),
        Row(text: "باغ‌های بابر در کابل دوباره بازدیدکننده دارند", width: 20, expectedWidth: 20),
        Row(text: "د کابل د بابر باغونه بیا لیدونکي لري او ښکلي دي", width: 17, expectedWidth: 17),
        Row(text: "喀布尔的巴布尔花园重新迎来游客", width: 10, expectedWidth: 9),
        Row(text: "喀布尔的巴布尔花园重新迎来游客", width: 11, expectedWidth: 11),
        Row(text: "Gärten 🌷🌷🌷🌷🌷 of Babur 👩‍👩‍👧 and more", width: 12, expectedWidth: 12),
        Row(text: "Cafe\u{301} cafe\u{301} cafe\u{301} cafe\u{301} cafe\u{301}", width: 13, expectedWidth: 13),
        Row(text: "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ وَ الْحَمْدُ لِلَّهِ", width: 15, expectedWidth: 15),
        Row(text: "tabs\tand\nbreaks and\u{1B}[31m escapes in a title", width: 18, expectedWidth: 18),
    ]

    @Test(arguments: rows)
    func aLongTitleFillsItsWidth(row: Row) {
        let line = ParagraphLayout.clippedLine(row.text, width: row.width)
        #expect(line.width == row.expectedWidth, "\(line.text)")
        #expect(DisplayWidth.of(line.text) == line.width)
        #expect(line.sourceIndices.count == line.text.count)
        if line.isRightToLeft {
            #expect(line.text.hasPrefix("…"))
        } else {
            #expect(line.text.hasSuffix("…"))
        }
        #expect(!line.text.unicodeScalars.contains { $0.value < 0x20 })
    }

    /// Where the old cut stopped at a word, leaving columns empty, the clipped line uses them.
    @Test func theCutIsNotMovedBackToAWord() {
        let title = "Les jardins de Babur retrouvent leurs visiteurs"
        let word = ParagraphLayout.truncatedLine(title, width: 29)
        let clipped = ParagraphLayout.clippedLine(title, width: 29)
        #expect(word.text == "Les jardins de Babur…")
        #expect(clipped.text == "Les jardins de Babur retrouv…")
        #expect(clipped.width == 29)
    }

    /// The cut keeps the start of the title in logical order: the reading end is what goes.
    @Test(arguments: [
        ("باران بهاری در دره‌های شمال", 12), ("د ښار نوې ودانۍ جوړه شوه", 9), ("Mountain roads closed", 10),
    ])
    func theStartOfTheTitleStays(text: String, width: Int) {
        let line = ParagraphLayout.clippedLine(text, width: width, options: LayoutOptions(bidiMode: .terminal))
        // The ellipsis stands where the reading goes on: first in a right-to-left line.
        #expect(line.isRightToLeft ? line.text.hasPrefix("…") : line.text.hasSuffix("…"))
        let kept = line.text.replacingOccurrences(of: "…", with: "")
        #expect(text.hasPrefix(kept), "\(line.text)")
        // A cut just after a space leaves that space out.
        #expect(line.width == width || line.width == width - 1 && text.hasPrefix(kept + " "))
    }

    /// A lam-alef ligature is one column for two letters and is never cut in half.
    @Test(arguments: 2...12)
    func aLigatureIsNeverSplit(width: Int) {
        let text = "لالالالالالالالالالالالالالا"
        let line = ParagraphLayout.clippedLine(text, width: width)
        #expect(line.width <= width)
        #expect(!line.text.unicodeScalars.contains { (0x0627...0x0644).contains($0.value) })
    }

    @Test(arguments: ["short", "کوتاه", "漢字", "", "👩‍👩‍👧"])
    func aTitleThatFitsIsWhole(text: String) {
        let line = ParagraphLayout.clippedLine(text, width: 20)
        #expect(!line.text.contains("…"))
        #expect(line.width == DisplayWidth.of(text) || text.unicodeScalars.contains { $0.value >= 0x600 })
        #expect(ParagraphLayout.clippedLine(text, width: 0).text.isEmpty)
    }
}
