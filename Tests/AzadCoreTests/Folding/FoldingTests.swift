import Testing

@testable import AzadCore

@Suite struct FoldingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var folded: String
        var note: String
        var testDescription: String { note }
    }

    static let cases: [Case] = [
        Case(input: "ي ى ك ة", folded: "ی ی ک ه", note: "Arabic yeh, alef maksura, kaf, teh marbuta"),
        Case(input: "أحمد إيران آب ٱلله", folded: "احمد ایران اب الله", note: "hamza-seated alefs, madda, wasla"),
        Case(input: "مؤسسه مسئله", folded: "موسسه مسیله", note: "waw and yeh with hamza"),
        Case(input: "خانۀ خانهٔ", folded: "خانه خانه", note: "heh with hamza, both encodings"),
        Case(input: "مُحَمَّدٌ", folded: "محمد", note: "harakat"),
        Case(input: "قرآن الرَّحْمٰن", folded: "قران الرحمن", note: "superscript alef"),
        Case(input: "کتابـــها", folded: "کتابها", note: "tatweel"),
        Case(input: "می\u{200C}شود", folded: "میشود", note: "ZWNJ"),
        Case(input: "\u{200F}سلام\u{200E} \u{202B}دنیا\u{202C}", folded: "سلام دنیا", note: "bidi controls"),
        Case(input: "۱۴۶ ١٤٦ 146", folded: "146 146 146", note: "Persian and Arabic-Indic digits"),
        Case(input: "ګډوډي پښتو ږ ځ", folded: "گډوډی پښتو ږ ځ", note: "Pashto: gaf and yeh variants, own letters kept"),
        Case(input: "آزادۍ بیې ښځې", folded: "ازادی بیی ښځی", note: "Pashto ۍ and ې, as Persian keyboards write them"),
        Case(input: "ﻻ ﷲ", folded: "لا الله", note: "Arabic presentation forms"),
        Case(input: "Gesprächsrunde Straße ÄÖÜ", folded: "gesprachsrunde strasse aou", note: "German"),
        Case(input: "Élève Français Œuvre naïve", folded: "eleve francais oeuvre naive", note: "French"),
        Case(input: "Gespra\u{308}chsrunde", folded: "gesprachsrunde", note: "decomposed umlaut"),
        Case(input: "ﬁle ＡＢＣ x²", folded: "file abc x2", note: "ligature, full-width, superscript"),
        Case(input: "Ελλάδα Ёлка", folded: "ελλαδα елка", note: "Greek and Cyrillic"),
        Case(input: "我们学习中文", folded: " 我  们  学  习  中  文 ", note: "CJK ideographs set apart"),
        Case(input: "한국어", folded: "한국어", note: "Hangul kept"),
        Case(input: "ok 👍🏽!", folded: "ok   !", note: "emoji and their modifiers separate words"),
        Case(input: "rain🌧 «باران»", folded: "rain   باران ", note: "emoji and guillemets glued to words"),
        Case(input: "a\u{0}b\u{1B}[31m", folded: "a\u{0}b\u{1B}[31m", note: "control characters pass through"),
        Case(input: "", folded: "", note: "empty"),
    ]

    @Test(arguments: cases)
    func folds(_ row: Case) {
        #expect(Folding.fold(row.input) == row.folded)
    }

    @Test(arguments: cases)
    func foldingWithOriginsGivesTheSameText(_ row: Case) {
        let folded = Folding.foldWithOrigins(row.input)
        #expect(folded.text == row.folded)
        #expect(folded.starts.count == folded.text.utf8.count)
    }

    @Test func spellingVariantsMeet() {
        let variants = [
            ["می‌شود", "میشود"], ["كتاب", "کتاب"], ["ايران", "ایران"], ["gesprachsrunde", "Gesprächsrunde"],
        ]
        for pair in variants {
            #expect(Folding.fold(pair[0]) == Folding.fold(pair[1]), "\(pair)")
        }
    }

    @Test func cjkTextSplitsIntoSearchableWords() {
        let words = FoldedWords.words(in: Folding.fold("我们学习中文 and 한국어"))
        #expect(words == ["我", "们", "学", "习", "中", "文", "and", "한국어"])
    }

    @Test func marksStayInsideWords() {
        // Devanagari vowel signs are marks: they must not split a word.
        #expect(FoldedWords.words(in: Folding.fold("हिन्दी भाषा")) == ["हिन्दी", "भाषा"])
    }

    @Test func denseScalarsFoldAsTheTableSays() {
        // Every scalar the one-lookup path serves, alone and between letters, against the rule it replaces.
        var mismatches: [String] = []
        for value in UInt32(0x80)..<FoldTable.denseLimit {
            let scalar = Unicode.Scalar(value)!
            var sink = Folding.ByteSink(recordsOrigins: false)
            FoldTable.shared.forEach(value) { sink.appendFolded($0, from: 0..<0) }
            let expected = "a" + String(decoding: sink.bytes, as: UTF8.self) + "b"
            let text = "A" + String(scalar) + "B"
            if Folding.fold(text) != expected || Folding.foldWithOrigins(text).text != expected {
                mismatches.append(String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty)
        #expect(Folding.fold("يكي") == "یکی")
    }
}
