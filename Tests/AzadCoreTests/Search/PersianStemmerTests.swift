import Testing

@testable import AzadCore

/// Each rule of the Persian and Pashto stemmer with words it must strip and words it must leave.
@Suite struct PersianStemmerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var word: String
        var stem: String
        var pashto = false
        var rule: String
        var testDescription: String { "\(rule): \(word) → \(stem)" }
    }

    static let strips: [Case] = [
        Case(word: "کتاب‌ها", stem: "کتاب", rule: "plural ها"),
        Case(word: "کتابها", stem: "کتاب", rule: "plural ها, joined"),
        Case(word: "کتاب‌های", stem: "کتاب", rule: "plural های"),
        Case(word: "کتاب‌هایی", stem: "کتاب", rule: "plural هایی"),
        Case(word: "مردان", stem: "مرد", rule: "plural ان"),
        Case(word: "دانشجویان", stem: "دانشجو", rule: "plural یان after و"),
        Case(word: "آقایان", stem: "آقا", rule: "plural یان after ا"),
        Case(word: "نویسندگان", stem: "نویسنده", rule: "plural گان for ه"),
        Case(word: "مقامات", stem: "مقام", rule: "plural ات"),
        Case(word: "مجاهدین", stem: "مجاهد", rule: "plural ین"),
        Case(word: "کتابی", stem: "کتاب", rule: "indefinite ی"),
        Case(word: "خانهٔ", stem: "خانه", rule: "ezafe ٔ (folded away)"),
        Case(word: "خانۀ", stem: "خانه", rule: "ezafe ۀ (folded to ه)"),
        Case(word: "کتاب‌هایم", stem: "کتاب", rule: "possessive م after ها"),
        Case(word: "کتاب‌هایت", stem: "کتاب", rule: "possessive ت after ها"),
        Case(word: "کتاب‌هایش", stem: "کتاب", rule: "possessive ش after ها"),
        Case(word: "کتاب‌هاش", stem: "کتاب", rule: "possessive ش after ها, short"),
        Case(word: "کتاب‌هایمان", stem: "کتاب", rule: "possessive مان after ها"),
        Case(word: "کتاب‌هایتان", stem: "کتاب", rule: "possessive تان after ها"),
        Case(word: "کتاب‌هایشان", stem: "کتاب", rule: "possessive شان after ها"),
        Case(word: "بزرگتر", stem: "بزرگ", rule: "comparative تر"),
        Case(word: "بزرگ‌ترین", stem: "بزرگ", rule: "superlative ترین"),
        Case(word: "کورونه", stem: "کور", rule: "Pashto plural ونه"),
        Case(word: "کتابونه", stem: "کتاب", rule: "Pashto plural ونه"),
        Case(word: "ماشومان", stem: "ماشوم", rule: "Pashto plural ان"),
        Case(word: "کورو", stem: "کور", pashto: true, rule: "Pashto oblique plural و"),
        Case(word: "لارې", stem: "لار", pashto: true, rule: "Pashto plural ې (folded to ی)"),
        Case(word: "ایرانی", stem: "ایران", rule: "ی, then a kept word"),
        Case(word: "افغانستانی", stem: "افغانستان", rule: "ی, then a kept ending"),
    ]

    static let keeps: [Case] = [
        Case(word: "ایران", stem: "ایران", rule: "ان: not ایر + ان"),
        Case(word: "زمستان", stem: "زمستان", rule: "ان: not زمست + ان"),
        Case(word: "انسان", stem: "انسان", rule: "ان: not انس + ان"),
        Case(word: "باران", stem: "باران", rule: "ان: not بار + ان"),
        Case(word: "افغانستان", stem: "افغانستان", rule: "ستان ends no plural"),
        Case(word: "زنان", stem: "زنان", rule: "ان: a stem of two letters is too short to tell"),
        Case(word: "تنها", stem: "تنها", rule: "ها: not تن + ها"),
        Case(word: "حیات", stem: "حیات", rule: "ات: stem too short"),
        Case(word: "ملاقات", stem: "ملاقات", rule: "ات: kept"),
        Case(word: "زمین", stem: "زمین", rule: "ین: stem too short"),
        Case(word: "ماشین", stem: "ماشین", rule: "ین: kept"),
        Case(word: "دفتر", stem: "دفتر", rule: "تر: kept"),
        Case(word: "کامپیوتر", stem: "کامپیوتر", rule: "تر: kept"),
        Case(word: "کیلومتر", stem: "کیلومتر", rule: "متر ends no comparative"),
        Case(word: "علی", stem: "علی", rule: "ی: stem too short"),
        Case(word: "ماهی", stem: "ماهی", rule: "ی: fish is not moon"),
        Case(word: "نمونه", stem: "نمونه", rule: "ونه: stem too short"),
        Case(word: "دارو", stem: "دارو", rule: "و: Pashto's alone"),
        Case(word: "کتاب", stem: "کتاب", rule: "nothing to strip"),
        Case(word: "کابل", stem: "کابل", rule: "nothing to strip"),
        Case(word: "ښار", stem: "ښار", pashto: true, rule: "Pashto letters, nothing to strip"),
    ]

    @Test(arguments: strips + keeps)
    func stem(_ item: Case) {
        let stemmer = PersianStemmer(pashto: item.pashto)
        #expect(stemmer.stem(Folding.fold(item.word)) == Folding.fold(item.stem))
    }

    @Test(arguments: [
        ("خانه", "خانه‌ای", true), ("خان", "خان‌های", true), ("بار", "باران", false), ("ایر", "ایران", false),
        ("انس", "انسانی", false), ("نامه", "نام‌ها", false), ("کتاب", "کتابخانه", false), ("کور", "کورس", false),
        ("نویسنده", "نویسندگان", true),
    ])
    func inflects(stem: String, candidate: String, expected: Bool) {
        #expect(PersianStemmer().inflects(Folding.fold(candidate), stem: Folding.fold(stem)) == expected)
    }

    @Test func everyRuleIsTriedLongestFirst() {
        let lengths = PersianStemmer.rules.map(\.suffix.count)
        #expect(lengths == lengths.sorted(by: >))
        #expect(PersianStemmer.rules.contains { $0.pashtoOnly })
    }
}

/// Snowball's stemmers through libstemmer, and the forms a query word is searched with.
@Suite struct InflectionFormsTests {
    @Test(arguments: [
        ("en", "hydrogeologists", "hydrogeologist"), ("en", "ceasefires", "ceasefir"), ("en", "ceasefire", "ceasefir"),
        ("de", "hauser", "haus"), ("de", "wahlen", "wahl"), ("fr", "economies", "econom"), ("fr", "jardins", "jardin"),
    ])
    func snowballStems(language: String, word: String, stem: String) throws {
        let stemmer = try #require(SnowballStemmer(language: language))
        #expect(stemmer.stem(word) == stem)
    }

    @Test func anUnknownLanguageHasNoStemmer() {
        #expect(SnowballStemmer(language: "fa") == nil)
        #expect(SnowballStemmer(language: "xx") == nil)
    }

    @Test(arguments: [
        ("ceasefire", "ceasefires", true), ("hydrogeologist", "hydrogeologists", true), ("vote", "voted", true),
        ("vote", "voting", true), ("haus", "hauser", true), ("wahl", "wahlen", true), ("ergebnis", "ergebnissen", true),
        ("haus", "hausmeister", false), ("geologist", "hydrogeologist", false), ("economie", "ecologie", false),
    ])
    func europeanForms(word: String, form: String, expected: Bool) {
        let stemmers = SnowballStemmer.defaultLanguages.compactMap { SnowballStemmer(language: $0) }
        #expect(SearchQuery.snowballForms(of: word, stemmers: stemmers).contains(form) == expected)
    }

    @Test func aQuotedWordAndAPrefixAreMatchedAsTyped() {
        #expect(SearchQuery("\"ceasefire\"").clauses == [[SearchQuery.Phrase(words: ["ceasefire"])]])
        #expect(SearchQuery("ceasef*").clauses == [[SearchQuery.Phrase(words: ["ceasef"], isPrefix: true)]])
        let plain = SearchQuery("ceasefire")
        #expect(plain.clauses == [[SearchQuery.Phrase(words: ["ceasefire"])]])
        #expect(plain.extensions[0].contains(SearchQuery.Phrase(words: ["ceasefires"], origin: .inflection)))
        #expect(SearchQuery("\"ceasefire\"").extensions == [[]])
        #expect(SearchQuery("ceasefire").typedPattern == "(\"ceasefire\")")
    }

    @Test(arguments: ["آتش بس", "اتش بس"])
    func twoArabicScriptWordsAlsoMatchJoined(_ typed: String) {
        let query = SearchQuery(typed)
        let joined = SearchQuery.Phrase(words: [Folding.fold("آتشبس")], origin: .compound)
        #expect(query.clauses.count == 2)
        #expect(query.extensions.allSatisfy { $0.contains(joined) })
    }

    @Test func aJoinedWordSplitsWhereTheIndexHoldsBothHalves() {
        let word = Folding.fold("آتش‌بس")
        let known: Set<String> = [Folding.fold("آتش"), Folding.fold("بس")]
        let query = SearchQuery("آتش‌بس").resolved { known.contains($0) }
        let halves = Array(known.sorted { $0.count > $1.count })
        #expect(query.extensions[0].contains(SearchQuery.Phrase(words: halves, origin: .compound)))
        #expect(query.clauses == [[SearchQuery.Phrase(words: [word])]])
        #expect(SearchQuery("\"آتش‌بس\"").resolved { known.contains($0) }.extensions == [[]])
    }
}
