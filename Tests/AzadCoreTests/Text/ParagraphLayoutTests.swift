import Foundation
import Testing

@testable import AzadCore

@Suite struct ParagraphLayoutTests {
    static let logical = LayoutOptions(bidiMode: .terminal)

    @Test(
        "Wrapping in logical order at line-break opportunities",
        arguments: [
            ("English at spaces", "the quick brown fox jumps", 10, ["the quick", "brown fox", "jumps"]),
            ("exact fit", "abcde fghij", 5, ["abcde", "fghij"]),
            (
                "a word longer than the width is broken by width", "abcdefghijklmnopqrstuvwxy", 10,
                ["abcdefghij", "klmnopqrst", "uvwxy"]
            ),
            ("long word after a short one", "ab abcdefghijkl", 6, ["ab", "abcdef", "ghijkl"]),
            ("Persian at spaces", "افغانستان آزاد ــ آزاد افغانستان", 15, ["افغانستان آزاد", "ــ آزاد", "افغانستان"]),
            ("Pashto at spaces", "پښتو ژبه په افغانستان کې", 11, ["پښتو ژبه په", "افغانستان", "کې"]),
            ("ZWNJ is no break opportunity", "کتاب‌های خوب", 8, ["کتاب‌های", "خوب"]),
            ("CJK breaks between ideographs", "漢字漢字漢字", 4, ["漢字", "漢字", "漢字"]),
            ("CJK never split in half", "漢字漢字", 3, ["漢", "字", "漢", "字"]),
            ("emoji are two columns", "😀😀😀 ok", 4, ["😀😀", "😀", "ok"]),
            (
                "combining marks stay with their base", "e\u{301}e\u{301}e\u{301}e\u{301}", 2,
                ["e\u{301}e\u{301}", "e\u{301}e\u{301}"]
            ),
            ("harakat stay with their letter", "بِسْمِ اللّٰه", 4, ["بِسْمِ", "اللّٰه"]),
            ("break after a hyphen", "well-known", 6, ["well-", "known"]),
            ("hard line breaks", "one\ntwo\r\nthree", 20, ["one", "two", "three"]),
            ("empty lines kept between breaks", "a\n\nb", 20, ["a", "", "b"]),
            ("spaces hang at the line end", "ab     cd", 3, ["ab", "cd"]),
            ("leading indentation is kept", "  indented", 20, ["  indented"]),
            ("no-break space holds", "10\u{A0}km away", 6, ["10\u{A0}km", "away"]),
            ("control characters wrap as placeholders", "ab\u{7}cd", 3, ["ab␇", "cd"]),
            ("empty paragraph", "", 10, [""]),
        ])
    func wrapping(_ name: String, _ text: String, _ width: Int, _ expected: [String]) {
        let lines = ParagraphLayout.lines(text, width: width, options: Self.logical)
        #expect(lines.map(\.text) == expected, "\(name)")
        for line in lines {
            #expect(line.width == DisplayWidth.of(line.text), "\(name)")
            #expect(line.width <= max(width, 2), "\(name): «\(line.text)» is \(line.width) wide")
        }
    }

    /// Texts the invariants are checked on, in every mode.
    static let corpus: [String] = [
        "U.S. Secretary met his counterpart on Sunday; talks (in Geneva) went on for 12 hours.",
        "کابل (پایتخت افغانستان) شهری کهن است و ۴۰۰۰ سال تاریخ دارد.",
        "د کابل ښار (۲۰۲۳ کال) ډېر لوی دی او UN هلته دفتر لري.",
        "بِسْمِ اللّٰهِ الرَّحْمٰنِ الرَّحِیْمِ لا اله الا الله",
        "漢字とかなの文章、そして한국어 문장도 있습니다。",
        "emoji 👨‍👩‍👧 family 👍🏽 and flags 🇦🇫 in a line",
        "tab\tseparated\tverse\tمصراع\tدوم",
        "hostile \u{1B}]52;c;AAAA\u{7} text \u{1B}[2J with \u{202E}override\u{202C} and \u{8}\u{7F}",
        String(repeating: "بدون‌فاصله", count: 30),
        "line one\nخط دوم\n\nline four",
    ]

    static let modes: [LayoutOptions] = [
        LayoutOptions(), LayoutOptions(shaping: false), LayoutOptions(bidiMode: .terminal),
        LayoutOptions(tabWidth: 4),
    ]

    @Test(
        "Lines are safe, fit, map every grapheme to its source, and cover the paragraph in order",
        arguments: [7, 13, 30, 80])
    func invariants(width: Int) {
        for options in Self.modes {
            for text in Self.corpus {
                let lines = ParagraphLayout.lines(text, width: width, options: options)
                #expect(!lines.isEmpty)
                var previousEnd = text.startIndex
                for line in lines {
                    #expect(Sanitizer.isSafe(line.text), "«\(line.text)»")
                    #expect(line.width == DisplayWidth.of(line.text))
                    #expect(line.width <= width, "«\(line.text)» is \(line.width) wide in \(width)")
                    #expect(line.sourceIndices.count == line.text.count, "«\(line.text)»")
                    #expect(line.logicalRange.lowerBound >= previousEnd, "ranges in order and disjoint")
                    previousEnd = line.logicalRange.upperBound
                    for index in line.sourceIndices {
                        #expect(line.logicalRange.contains(index), "source index outside the line's range")
                    }
                    #expect(line.indent(in: width) == (line.isRightToLeft && line.width > 0 ? width - line.width : 0))
                }
                // Nothing but whitespace and what the sanitiser removes lies between the lines.
                let covered = lines.map { String(text[$0.logicalRange]) }.joined()
                let letters = { (s: String) in s.unicodeScalars.filter { $0.properties.isAlphabetic }.count }
                #expect(letters(covered) == letters(text), "every letter is on some line")
            }
        }
    }

    @Test("Right-to-left paragraphs are right-aligned, whatever their first line holds")
    func rightToLeftAlignment() {
        let lines = ParagraphLayout.lines("سلام دنیا (hello world) و دوستان", width: 12)
        #expect(lines.count > 1)
        for line in lines {
            #expect(line.isRightToLeft)
            #expect(line.indent(in: 12) == 12 - line.width)
        }
        let english = ParagraphLayout.lines("hello سلام", width: 40)
        #expect(english.allSatisfy { !$0.isRightToLeft && $0.indent(in: 40) == 0 })
        let forced = ParagraphLayout.lines("hello سلام", width: 40, direction: .rightToLeft)
        #expect(forced.allSatisfy { $0.isRightToLeft })
        #expect(ParagraphDirection(firstStrongIn: "۱۴۰۲/۱۲/۰۲", fallback: .rightToLeft) == .rightToLeft)
        #expect(ParagraphDirection(firstStrongIn: "2016 سال") == .rightToLeft)
        #expect(ParagraphDirection(firstStrongIn: "\u{202B}abc") == .leftToRight)
        #expect(
            ParagraphDirection(firstStrongIn: "\u{1B}]52;c;QUJD\u{7}متن") == .rightToLeft,
            "payload letters are not text")
    }

    @Test("Visual order: each grapheme's source index points at the character it shows")
    func sourceIndicesInVisualOrder() {
        let text = "کابل (UN) ۱۲"
        let line = ParagraphLayout.lines(text, width: 40, options: LayoutOptions(shaping: false))[0]
        #expect(line.text == "۱۲ (UN) لباک")
        let shown = Array(line.text)
        for (position, index) in line.sourceIndices.enumerated() {
            let source = text[index]
            let mirrored: Character = source == "(" ? ")" : source == ")" ? "(" : source
            #expect(shown[position] == mirrored, "position \(position)")
        }
    }

    @Test("Shaped lines: a lam-alef ligature points at the lam and takes one column")
    func lamAlefSourceIndex() {
        let text = "بلا"
        let line = ParagraphLayout.lines(text, width: 10)[0]
        #expect(line.text == "\u{FEFC}\u{FE91}")
        #expect(line.width == 2)
        #expect(line.sourceIndices == [text.index(after: text.startIndex), text.startIndex])
        #expect(String(text[line.logicalRange]) == text)
        let unshaped = ParagraphLayout.lines(text, width: 10, options: LayoutOptions(shaping: false))[0]
        #expect(unshaped.width == 3)
    }

    @Test(
        "Combining marks follow their base in visual order",
        arguments: ["بِسْمِ اللّٰهِ", "لَا إِلٰهَ", "ۀ و ئ و أ", "اَلسَّلامُ عَلَیْکُم"])
    func marksAfterBase(_ text: String) {
        for options in [LayoutOptions(), LayoutOptions(shaping: false)] {
            for line in ParagraphLayout.lines(text, width: 40, options: options) {
                for character in line.text {
                    let first = character.unicodeScalars.first!
                    #expect(
                        first.properties.generalCategory != .nonspacingMark,
                        "a grapheme starts with a mark in «\(line.text)»")
                }
                #expect(line.text.unicodeScalars.first?.properties.generalCategory != .nonspacingMark)
            }
        }
    }

    @Test("Terminal mode keeps logical order and the characters that steer the terminal's bidi")
    func terminalMode() {
        let text = "می\u{200C}خواهم (UN)"
        let line = ParagraphLayout.lines(text, width: 40, options: Self.logical)[0]
        #expect(line.text == text)
        #expect(line.isRightToLeft)
        #expect(line.sourceIndices == Array(text.indices))
        let visual = ParagraphLayout.lines(text, width: 40)[0]
        #expect(!visual.text.unicodeScalars.contains("\u{200C}"), "ZWNJ has done its work once shaped")
    }

    @Test(
        "A long line without a break opportunity is laid out in linear time",
        arguments: [("x", 80), ("ب", 80), ("喀", 80), ("e\u{301}", 80)])
    func longLineIsLinear(unit: String, width: Int) {
        // The bound is on growth, not on seconds, so that it holds in a debug build, under ASan and
        // TSan (several times slower) and on a loaded machine alike: four times the line is four times
        // the work when layout is linear and sixteen times when each display line rescans the
        // paragraph. Each size takes the faster of two runs, so one run slowed by a busy neighbour on
        // a shared core does not decide.
        var seconds: [Double] = []
        for bytes in [131_072, 524_288] {
            let text = String(repeating: unit, count: bytes / unit.utf8.count)
            var lines: [VisualLine] = []
            let runs = (0..<2).map { _ in ThreadCPUTime.seconds { lines = ParagraphLayout.lines(text, width: width) } }
            seconds.append(runs.min() ?? 0)
            let perLine = width / DisplayWidth.of(unit)
            #expect(lines.count == (text.count + perLine - 1) / perLine)
            #expect(lines.allSatisfy { $0.width <= width })
            #expect(lines.reduce(0) { $0 + $1.text.count } == text.count)
        }
        #expect(seconds[1] < seconds[0] * 8, "\(unit): \(seconds[0]) s for 128 KiB, \(seconds[1]) s for 512 KiB")
    }
}

extension ParagraphLayoutTests {
    @Test(
        "Clusters stay whole when a right-to-left line is reversed",
        arguments: ["سلام 👨‍👩‍👧 دنیا", "پرچم 🇦🇫 افغانستان", "خوب 👍🏽 است", "کلمه e\u{301}tude در متن", "فارسی و 漢字"])
    func clustersStayWhole(_ text: String) {
        let line = ParagraphLayout.lines(text, width: 80)[0]
        #expect(line.isRightToLeft)
        let clusters = text.filter { !$0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } && $0 != " " }
        for cluster in clusters {
            #expect(line.text.contains(cluster), "\(cluster.unicodeScalars.map(\.value)) kept whole in «\(line.text)»")
        }
        #expect(line.text.count == line.sourceIndices.count)
    }
}

extension ParagraphLayoutTests {
    @Test(
        "Shaped visual lines: every grapheme's source index points at the letters it shows",
        arguments: [
            "کابل (پایتخت) ۱۴۰۲ UN لا و لأن",
            "بِسْمِ اللّٰهِ و سلام‌ها [۲]",
            "د کندهار ښار {۳} کې ځوانان",
            "مصراع اول\tمصراع دوم",
        ])
    func shapedSourceIndices(_ text: String) {
        let mirror: [Character: Character] = ["(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{"]
        for width in [10, 40] {
            for line in ParagraphLayout.lines(text, width: width) {
                for (grapheme, index) in zip(line.text, line.sourceIndices) {
                    if text[index] == "\t" {
                        #expect(grapheme == " ", "a tab's spaces point at the tab")
                        continue
                    }
                    // A presentation form folds back to its letter, a lam-alef ligature to both.
                    let shown = String(mirror[grapheme] ?? grapheme).precomposedStringWithCompatibilityMapping
                    #expect(
                        text[index...].unicodeScalars.starts(with: shown.unicodeScalars),
                        "«\(grapheme)» \(grapheme.unicodeScalars.map(\.value)) does not start the source at its index")
                }
            }
        }
    }
}
