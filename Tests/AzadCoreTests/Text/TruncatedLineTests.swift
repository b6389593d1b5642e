import Testing

@testable import AzadCore

@Suite struct TruncatedLineTests {
    @Test(
        "One line, cut at the logical end with an ellipsis",
        arguments: [
            ("fits", "azad", 10),
            ("English", "Deadly bombings kill scores in Syria", 12),
            ("Persian", "بازار کتاب در کابل پس از زمستان", 12),
            ("Pashto", "د کندهار د ښوونځيو نوې ودانۍ", 9),
            ("CJK", "漢字漢字漢字漢字", 7),
            ("emoji", "😀😀😀😀😀", 5),
            ("several lines, flattened", "first\nsecond", 20),
            ("several lines, cut", "first\nsecond", 8),
            ("hostile", "\u{1B}]52;c;AAAA\u{7}title", 4),
            ("controls wider as placeholders", "\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}abc", 5),
        ])
    func truncated(_ name: String, _ text: String, _ width: Int) {
        for options in [LayoutOptions(), LayoutOptions(bidiMode: .terminal)] {
            let line = ParagraphLayout.truncatedLine(text, width: width, options: options)
            #expect(line.width <= width, "\(name)")
            #expect(line.width == DisplayWidth.of(line.text), "\(name)")
            #expect(line.sourceIndices.count == line.text.count, "\(name)")
            #expect(Sanitizer.isSafe(line.text), "\(name)")
            let flat = text.replacingOccurrences(of: "\n", with: " ")
            let cut = ParagraphLayout.lines(flat, width: width, options: options).count > 1
            #expect(line.text.contains("…") == cut, "\(name)")
        }
    }

    @Test func ellipsisAtTheLogicalEnd() {
        let persian = ParagraphLayout.truncatedLine("بازار کتاب در کابل", width: 8)
        #expect(persian.text.hasPrefix("…"))
        #expect(persian.isRightToLeft)
        let english = ParagraphLayout.truncatedLine("Afghanistan Azad", width: 8)
        #expect(english.text == "Afghani…")
    }

    @Test func lineBreaksAndTabsBecomeSpacesAndNoWidthIsNoText() {
        #expect(ParagraphLayout.truncatedLine("first\nsecond\tthird", width: 40).text == "first second third")
        #expect(ParagraphLayout.truncatedLine("کابل\nهرات", width: 40).text == "ﺕﺍﺮﻫ ﻞﺑﺎﮐ")
        #expect(ParagraphLayout.truncatedLine("azad", width: 0).text.isEmpty)
        #expect(ParagraphLayout.truncatedLine("azad", width: 1).text == "…")
    }
}
