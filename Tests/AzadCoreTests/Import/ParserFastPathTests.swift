import Foundation
import Testing

@testable import AzadCore

/// The parser's fast paths give exactly what the definitions they shortcut give.
@Suite struct ParserFastPathTests {
    static let samples = [
        "Gesprächsrunde ÉCOLE Straße", "می‌شود میشود", "كتاب يك ة", "أإآٱ ؤ ئ ۀ", "ﻻ ﺑﺴﻢ ﷲ", "۱۴۶ ١٤٦ 146",
        "مُحَمَّد ـــ تطويل", "پښتو ټول ږ ګ", "東京 かな 한국어", "emoji 👍🏽 🇦🇫", "e\u{0301} a\u{0308}\u{0323}",
        "ctl\u{07}\u{1B}[31m", "\u{200E}\u{200F}\u{FEFF}mark", "ΣΊΣΥΦΟΣ İstanbul", "ﬁ ² ½ Ⅻ",
        "\u{0645}\u{0654}\u{0651}",
        "", "   ", "ǅ ǈ", "\u{0670}\u{0656}",
    ]

    @Test(arguments: samples)
    func foldMatchesDefinition(text: String) {
        #expect(MatchKey.fold(text) == MatchKey.slowFold(text))
        #expect(MatchKey.compact(text) == MatchKey.compactScalars(MatchKey.slowFold(text)))
        #expect(MatchKey.fold(text).unicodeScalars.elementsEqual(MatchKey.slowFold(text).unicodeScalars))
    }

    @Test func everyTableScalarFoldsAsDefined() {
        var mismatches: [UInt32] = []
        for range in [0x0..<0x800, 0x2000..<0x2070, 0xFB50..<0xFF00] as [Range<UInt32>] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                // Each scalar beside a letter and a mark, so context is exercised too.
                let text = "a\(scalar)\u{064E}b\(scalar)"
                if !MatchKey.fold(text).unicodeScalars.elementsEqual(MatchKey.slowFold(text).unicodeScalars) {
                    mismatches.append(value)
                }
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: samples + ["\t lead and trail \u{00A0}", "\u{FEFF}\u{200E} x \u{2003}", "\u{200B}zw\u{200B}"])
    func trimmingMatchesFoundation(text: String) {
        let edges = CharacterSet.whitespaces.union(["\u{FEFF}", "\u{200E}", "\u{200F}", "\u{00A0}"])
        #expect(PageCleaner.trimmed(Substring(text)) == text.trimmingCharacters(in: edges))
    }

    @Test(arguments: [
        ("one half only", false), ("a\tb", true), ("a   b", true), ("a  b", false), ("a\u{00A0}\u{00A0} b", true),
        ("مصراع اول\tمصراع دوم", true), ("  ", false), ("x \u{00A0}y", false),
    ])
    func halfLineCheckNeverMissesHalves(line: String, may: Bool) {
        #expect(Chunk.mayHaveHalves(line) == may)
        if !may { #expect(Chunk.halves(of: line).count <= 1) }
    }

    /// Lines with runs of spaces at every alignment, no-break spaces, tabs and the letters whose UTF-8
    /// ends in the no-break space's A0 byte.
    static let spacedLines: [String] =
        (0..<7).flatMap { offset in
            let lead = String(repeating: "x", count: offset)
            return [
                lead + "   y", lead + "  y", lead + "   ", "کتاب" + lead + "   ب", lead + " \u{00A0} z", lead + "ؠ  ڠ",
            ]
        } + ["   ", "  ", " ", "", "a\tb", "۠   ۠", "ؠ ؠ ؠ", "a\u{00A0}\u{00A0}\u{00A0}", "e\u{0301}   f", "·  ·"]

    @Test(arguments: spacedLines)
    func halfLineCheckIsATabOrThreeSpaces(line: String) {
        var run = 0
        var expected = line.unicodeScalars.contains("\t")
        for scalar in line.unicodeScalars where !expected {
            run = scalar == " " || scalar == "\u{00A0}" ? run + 1 : 0
            if run == 3 { expected = true }
        }
        #expect(Chunk.mayHaveHalves(line) == expected)
    }

    @Test(arguments: ["a\r\nb", "a\rb", "a\u{2028}b", "a\u{0085}b", "plain\nلف\n", "ñ é ‐"])
    func lineEndsNormalised(text: String) {
        let result = TextDecoding.normalizingLineEnds(text)
        #expect(!result.unicodeScalars.contains { $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{0085}" })
        #expect(result.split(separator: "\n").count == text.split(whereSeparator: \.isNewline).count)
    }

    @Test(arguments: [
        ("short", 5, true), ("short", 4, false), ("کتابخانه", 8, true), ("e\u{0301}e\u{0301}", 2, true), ("", 0, true),
    ])
    func lengthCheck(text: String, limit: Int, atMost: Bool) {
        #expect(text.hasAtMost(limit) == atMost)
        #expect((text.count <= limit) == atMost)
    }
}

/// The scalar-by-scalar splits give what the Character-by-Character ones give.
@Suite struct ParserSplitFastPathTests {
    static let texts = [
        "one\ntwo\n\nthree\u{0C}four\n", "\u{0C}\u{0C}", "", "\n", "a\r\nb\nc\rd", "صفحه ۱\u{0C}صفحه ۲\n\u{0C}",
        "x\n\u{0301}y", "e\u{0301}\n\u{200D}\n", "👍🏽\n🇦🇫\n", "tab\there\u{07}\n", "東京\nかな",
        "\r\n\r\n", "\n\r\n\r", "a\r\r\nb\n\n", "\u{0C}\n\u{0C}\r\n",
    ]

    @Test(arguments: texts)
    func pagesAndLinesSplitLikeCharacters(text: String) {
        let pages = PageCleaner.pages(of: text)
        #expect(pages == text.split(separator: "\u{0C}", omittingEmptySubsequences: false))
        for page in pages {
            #expect(PageCleaner.lines(of: page) == page.split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    static let wordTexts = [
        "The market and the people", "می‌شود و در به از است", "مُحَمَّد گفت: «کتابخانه» بسته است.",
        "l'homme d'État, c'est ça", "' lone ' quote '\u{0301} marked", "\u{200C}start and end\u{200C}",
        "Gesprächsrunde über Straße", "x\n\u{0301}y\t\u{064E}z", "ΣΊΣΥΦΟΣ Ελλάδα Москва",
        "emoji 👍🏽 and 🇦🇫 flags", "\u{0600}۱۲ prepend", "© and ® signs", "soft\u{00AD}hyphen", "a\r\nb",
        "پښتو: ټول ږ ګ ځ څ", "東京 かな 한국어", "١٢٣ ۴۵۶ 789", "", "   ", "a\u{0308}\u{0323}b",
    ]

    @Test(arguments: wordTexts)
    func wordsSplitLikeCharacters(text: String) {
        let expected = text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{200C}" })
        if let words = LanguageGuess.scalarWords(text) {
            #expect(words.map(String.init) == expected.map(String.init))
        }
        var counts: [String: Int] = [:]
        for word in expected { counts[MatchKey.slowFold(word), default: 0] += 1 }
        #expect(LanguageGuess.wordCounts(text) == counts)
    }

    /// Texts where a long word ends in a scalar the fold table lacks, or folds shorter than it is
    /// written (tatweel, ZWNJ, harakat, presentation forms), next to plain common words.
    static let commonWordTexts =
        wordTexts + [
            "دـــر و بـــه از", "د\u{200C}ر او په چې کې", "فِي مِنْ عَلَى الذي", "ﻭ ﺩﺭ ﺑﻪ ﺍﺯ ﻛﻪ",
            "the\u{0301} and\u{0323} of", "THE AND Für DASS été ÉTÉ", "كان هذا في الكتاب ك",
            "lapare لپاره لپارهه ځکه", "the\u{1F600} and 👍🏽 the", "ctl\u{07}the\u{1B}[31mand",
            "longwordthatisnotcommon\u{0301}\u{1D400} and",
        ]

    @Test(arguments: commonWordTexts)
    func commonWordCountsMatchWordCounts(text: String) {
        let counts = LanguageGuess.wordCounts(text)
        let expected = LanguageGuess.commonLists.map { list in list.reduce(0) { $0 + (counts[$1] ?? 0) } }
        #expect(LanguageGuess.commonWordCounts(text) == expected)
    }

    @Test func plainPersianAndEnglishTakeTheScalarPath() {
        #expect(LanguageGuess.scalarWords("مُحَمَّد می‌شود. The market, l'homme.") != nil)
        #expect(LanguageGuess.scalarWords("emoji 👍🏽") == nil)
    }

    @Test func alphabeticTableMatchesProperties() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)..<0x900 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if ScalarClass.isAlphabetic(scalar) != scalar.properties.isAlphabetic { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }
}
