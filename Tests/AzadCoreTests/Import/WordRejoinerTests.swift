import Testing

@testable import AzadCore

/// Split words come back whole, into words of the vocabulary and nothing else.
@Suite struct WordRejoinerTests {
    static let vocabulary = RepairVocabulary(words: [
        "افغانستان", "نمایندگان", "سیاسی", "کتاب", "کتاب‌ها", "آتش‌بس", "و", "در", "گر", "گرو", "درو", "د", "په",
        "لاره", "بزګران", "زګ", "ران", "زار", "رگ", "برگزار", "می‌شود", "میشود", "نمی‌رسد",
    ])

    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var rejoined: String
        var joins: Int
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: "ا ف غانستان", rejoined: "افغانستان", joins: 1),
        Case(line: "ن مایند گان و سیاس ی", rejoined: "نمایندگان و سیاسی", joins: 2),
        Case(line: "د ب زګ ران لاره", rejoined: "د بزګران لاره", joins: 1),
        Case(line: "ب رگ زار", rejoined: "برگزار", joins: 1),
        // A ZWNJ turned into a space: `ها` is no word alone, `کتاب‌ها` is.
        Case(line: "کتاب ها", rejoined: "کتاب‌ها", joins: 1),
        // Both pieces are words: `گر و` and `در و` could be either, so they stay.
        Case(line: "گر و در و", rejoined: "گر و در و", joins: 0),
        // The join would make no known word: nothing is guessed.
        Case(line: "س زز کتاب", rejoined: "س زز کتاب", joins: 0),
        Case(line: "ب کتاب", rejoined: "ب کتاب", joins: 0),
        // Other scripts and symbols pass through untouched.
        Case(line: "東京 ا ف غانستان 🙂 e\u{301} \u{07}", rejoined: "東京 افغانستان 🙂 e\u{301} \u{07}", joins: 1),
        Case(line: "ن  مایندگان", rejoined: "ن  مایندگان", joins: 0),
        Case(line: "", rejoined: "", joins: 0),
    ])
    func splitWordsComeBackWhole(_ row: Case) {
        let result = WordRejoiner(vocabulary: Self.vocabulary).rejoined(row.line)
        #expect(result.text == row.rejoined)
        #expect(result.joins == row.joins)
    }

    @Test(arguments: [
        ("آتشبس", "آتش‌بس", 1), ("همسایهها", "همسایهها", 0), ("نمیرسد", "نمی‌رسد", 1),
        // Seen written both ways: restoring the ZWNJ would be a guess.
        ("میشود", "میشود", 0),
    ])
    func zwnjComesBackOnlyWhereTheVocabularyAlwaysWritesIt(_ line: String, _ repaired: String, _ zwnjs: Int) {
        let result = WordRejoiner(vocabulary: Self.vocabulary).rejoined(line)
        #expect(result.text == repaired)
        #expect(result.zwnjs == zwnjs)
    }

    @Test func wordsTheTextWritesWholeAreJoinedInto() {
        let text = "گفتگوهای صلح و گفت گ وهای جنگ، ب زګ ران زګ"
        let whole = WordRejoiner.wholeWords(in: text)
        #expect(whole == ["گفتگوهای", "وهای"])
        let rejoiner = WordRejoiner(vocabulary: RepairVocabulary(words: ["و", "صلح"]), wholeWords: whole)
        #expect(rejoiner.rejoined(text).text == "گفتگوهای صلح و گفتگوهای جنگ، ب زګ ران زګ")
    }

    @Test func lamAlefReadBackwardsIsPutInOrder() {
        let result = WordRejoiner(vocabulary: Self.vocabulary).rejoined("په الره")
        #expect(result.text == "په لاره")
        #expect(result.lamAlefs == 1)
        #expect(WordRejoiner(vocabulary: Self.vocabulary).rejoined("الرهی").text == "الرهی")
    }

    @Test func removedSpacesAreNamedByTheirOffsetInTheLine() {
        let result = WordRejoiner(vocabulary: Self.vocabulary).rejoined("و ن مایند گان")
        #expect(result.removedSpaces == [3, 9])
    }

    @Test(arguments: [
        ("ف", true), ("ب", true), ("ی", true), ("ا", false), ("د", false), ("و", false), ("ړ", false), ("a", false),
    ])
    func joiningTypeOfLetters(_ letter: Unicode.Scalar, _ dual: Bool) {
        #expect(WordRejoiner.isDualJoining(letter) == dual)
    }

    @Test func builtInListsServePersianAndPashtoOnly() throws {
        let persian = try #require(RepairVocabulary.builtIn(for: "fa"))
        let pashto = try #require(RepairVocabulary.builtIn(for: "ps"))
        #expect(persian.count > 500 && pashto.count > 200)
        #expect(RepairVocabulary.builtIn(for: "en") == nil && RepairVocabulary.builtIn(for: "de") == nil)
    }
}
