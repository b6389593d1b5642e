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

    @Test(arguments: [
        ("۱۲ ث و ر ۱۴۰۴", "۱۲ ثور ۱۴۰۴"), ("۳ ق وس ۱۴۰۲", "۳ قوس ۱۴۰۲"), ("12 ح م ل 1399", "12 حمل 1399"),
        // The month first in the run after the day, last in the run before the year.
        ("۱۲ ث و ر سال ۱۴۰۴", "۱۲ ثور سال ۱۴۰۴"), ("در ماه ج و زا ۱۴۰۰", "در ماه جوزا ۱۴۰۰"),
        ("۵ ف ب ر و ری ۲۰۲۴", "۵ فبروری ۲۰۲۴"),
        // No number beside it, or pieces that are words of their own: no date, no join.
        ("ث و ر", "ث و ر"), ("ث و ر، ۱۴۰۴", "ث و ر، ۱۴۰۴"), ("۲ دل و", "۲ دل و"), ("۱۲  ث و ر", "۱۲  ث و ر"),
        ("東京 ۱۲ ث و ر 🙂", "東京 ۱۲ ثور 🙂"),
    ])
    func monthNameSpelledInPiecesBesideANumberIsJoined(_ line: String, _ rejoined: String) {
        let vocabulary = RepairVocabulary(words: ["دل", "و", "سال", "در", "ماه"])
        #expect(WordRejoiner(vocabulary: vocabulary).rejoined(line).text == rejoined)
    }

    @Test func wordsTheArchiveHoldsAreJoinedIntoAndNoOthers() {
        var asked: [String] = []
        let archive = ArchiveWords { word in
            asked.append(word)
            return ["ملالی", "لاجوردفروشان", "کهنهکار", "صدیقی"].contains(word)
        }
        let vocabulary = RepairVocabulary(words: ["و", "که"])
        let line = "م لا لی صدیقی، لا ج و ردفر وشان که نهکا ر، ک تاب"
        let rejoiner = WordRejoiner(vocabulary: vocabulary, archive: archive)
        let result = rejoiner.rejoined(line)
        // `کهنه‌کار` folds without its ZWNJ: the archive says the letters make a word, not where a ZWNJ goes.
        #expect(result.text == "ملالی صدیقی، لاجوردفروشان کهنهکار، ک تاب")
        #expect(result.joins == 3)
        #expect(result.lonePieces == 2)
        #expect(WordRejoiner(vocabulary: vocabulary).rejoined(line).text == line)
        // Asked by folded form (no ZWNJ, Arabic yeh and kaf as Persian), each word once.
        #expect(Set(asked).count == asked.count)
        #expect(!asked.isEmpty && asked.allSatisfy { Folding.fold($0) == $0 })
        #expect(ArchiveWords { _ in true }.holds("ك\u{200C}تاب ي") == false)
    }

    @Test func builtInListsServePersianAndPashtoOnly() throws {
        let persian = try #require(RepairVocabulary.builtIn(for: "fa"))
        let pashto = try #require(RepairVocabulary.builtIn(for: "ps"))
        #expect(persian.count > 500 && pashto.count > 200)
        #expect(RepairVocabulary.builtIn(for: "en") == nil && RepairVocabulary.builtIn(for: "de") == nil)
    }
}
