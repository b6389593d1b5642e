import Foundation
import Testing

@testable import AzadCore

@Suite struct SearchQueryTests {
    @Test func plainWordsAreSeparateClauses() {
        let query = SearchQuery("Kerry Lavrov")
        #expect(query.clauses.map { $0[0].words } == [["kerry"], ["lavrov"]])
        #expect(query.ftsPattern == "(\"kerry\") AND (\"lavrov\")")
    }

    @Test func quotedTextIsOnePhrase() {
        let query = SearchQuery("\"cessation of hostilities\" syria")
        #expect(query.clauses.count == 2)
        #expect(query.clauses[0][0].words == ["cessation", "of", "hostilities"])
    }

    @Test func starMarksAPrefix() {
        #expect(SearchQuery("kerr*").clauses[0][0] == .init(words: ["kerr"], isPrefix: true))
        #expect(SearchQuery("\"secretary of sta\"*").clauses[0][0].isPrefix)
        #expect(SearchQuery("\"secretary of sta*\"").clauses[0][0].isPrefix)
    }

    @Test func persianPrefixWrittenApartJoinedOrWithHalfSpaceIsOneClause() {
        let apart = SearchQuery("می شود")
        #expect(apart.clauses.count == 1)
        #expect(apart.clauses[0].map(\.words).contains(["میشود"]))
        let joined = SearchQuery("میشود")
        #expect(joined.clauses[0].map(\.words).contains(["می", "شود"]))
        let suffix = SearchQuery("کتاب ها")
        #expect(suffix.clauses[0].map(\.words).contains(["کتابها"]))
    }

    static let hostile: [String] = [
        "", " ", "\"", "\"\"", "\"unbalanced", "unbalanced\"", "AND", "OR", "NOT", "a AND", "OR b", "NOT NOT",
        "NEAR(", "NEAR(a b, 2)", "title:syria", "{title body}: x", "-syria", "+", "^syria", "*", "***", "a*b*",
        "(", ")", "((a) OR b", "'; DROP TABLE article; --", "\" OR 1=1 --", "a\" OR \"b", "\\", "%", "_",
        "\u{0}", "\u{1B}[31m", "👍🏽", "«می شود", "سلام\"", "中文*", String(repeating: "word ", count: 500),
        String(repeating: "\"", count: 101),
    ]

    @Test(arguments: hostile)
    func anyInputIsSafe(_ input: String) throws {
        let directory = try TemporaryDirectory()
        let cache = try ArticleCache(directory: directory.url)
        try directory.write(
            "syria.txt", Export.text(title: "Syria talks", body: ["A word about title and syria, or not."]))
        _ = try cache.sync(feeds: [directory.url])
        _ = try cache.search(input)
        #expect(try cache.count() == 1)
        let query = SearchQuery(input)
        #expect(query.clauses.count <= SearchQuery.maximumClauses)
        if let pattern = query.ftsPattern {
            // Every phrase is a quoted string: quotes balance, and nothing else is outside them but
            // the operators the query itself wrote.
            #expect(pattern.filter { $0 == "\"" }.count % 2 == 0)
        }
    }

    @Test func rangesMatchTheOriginalText() {
        let text = "این می‌شود و میشود و می شود"
        let ranges = SearchQuery("میشود").ranges(in: text)
        #expect(ranges.map { String(text[$0]) } == ["می‌شود", "میشود", "می شود"])
    }

    @Test(arguments: [
        ("Die Gesprächsrunde begann", "gesprachsrunde", ["Gesprächsrunde"]),
        ("Die Gespra\u{308}chsrunde", "Gesprächsrunde", ["Gespra\u{308}chsrunde"]),
        ("Kerry said, kerry went", "kerr*", ["Kerry", "kerry"]),
        ("a cessation of hostilities", "\"cessation of\"", ["cessation of"]),
        ("شماره ۱۴۶ است", "146", ["۱۴۶"]),
        ("مُحَمَّد آمد", "محمد", ["مُحَمَّد"]),
        ("我们学习中文", "中文", ["中文"]),
        ("no match here", "syria", []),
    ])
    func ranges(_ text: String, _ query: String, _ expected: [String]) {
        #expect(SearchQuery(query).ranges(in: text).map { String(text[$0]) } == expected)
    }

    // MARK: - Spellings folding cannot make alike

    @Test(arguments: [
        ("Gespraechsrunde", "Gesprächsrunde"), ("Muenchen", "München"), ("Koeln", "Köln"), ("Haeuser", "Häuser"),
        ("Oesterreich", "Österreich"), ("Ueberschwemmung", "Überschwemmung"), ("SCHROEDER", "SCHRÖDER"),
        ("Schaeuble", "Schäuble"), ("Gruene, Muenchner!", "Grüne, Münchner!"), ("Moenchen*", "Mönchen*"),
        ("Koeln und کابل 👍🏽", "Köln und کابل 👍🏽"),
    ])
    func umlautTransliterationsContract(_ typed: String, _ contracted: String) {
        #expect(SearchQuery.umlautsContracted(typed) == contracted)
    }

    /// English, French and German words whose `ae oe ue` is no umlaut.
    @Test(arguments: [
        "blue", "due", "true", "queue", "Israel", "Israeli", "Michael", "poet", "does", "Feuer", "neue", "Bauer",
        "Steuer", "coeur", "oeuvre", "Boeing", "guest", "league", "guerre", "aérien", "cœur", "Monroe", "algae",
        "Kabul", "کابل‌ها", "中文", "",
    ])
    func wordsThatAreNoUmlautStayAsTyped(_ typed: String) {
        #expect(SearchQuery.umlautsContracted(typed) == nil)
    }

    @Test(
        arguments: [
            ("München", "Muenchen"), ("Köln", "Koeln"), ("ÜBER", "UeBER"), ("Gespra\u{308}chsrunde", "Gespraechsrunde"),
            ("کابل", nil), ("Straße", nil),
        ] as [(String, String?)])
    func umlautsSpellOut(_ typed: String, _ spelled: String?) {
        #expect(SearchQuery.umlautsSpelledOut(typed) == spelled)
    }

    @Test(arguments: [
        ("امان الله", ["امان الله", "امانالله"]), ("امان‌الله", ["امانالله", "امان الله"]),
        ("عبدالله", ["عبدالله", "عبد الله"]), ("عبد الرحمن", ["عبد الرحمن", "عبدالرحمن"]),
        ("نصر الله", ["نصر الله", "نصرالله"]), ("حبیب‌الله", ["حبیبالله", "حبیب الله"]),
        ("ذبیح الله", ["ذبیح الله", "ذبیحالله"]), ("برهان‌الدین", ["برهانالدین", "برهان الدین"]),
        ("Amanullah", ["amanullah", "aman ullah"]), ("Abdul Rahman", ["abdul rahman", "abdulrahman"]),
        ("اعضاء", ["اعضاء", "اعضا"]), ("وزرا", ["وزرا", "وزراء"]),
        ("ضیاالحق", ["ضیاالحق", "ضیا الحق", "ضیاءالحق", "ضیاء الحق"]),
        ("Muenchen", ["muenchen", "munchen"]), ("München", ["munchen", "muenchen"]),
        ("مسئله", ["مسیله", "مساله"]), ("هیأت", ["هیات", "هییت"]), ("مسؤول", ["مسوول", "مسیول"]),
        ("سئوال", ["سیوال", "سووال", "سوال"]), ("رئیس", ["رییس"]),
    ])
    func aClauseMatchesEverySpelling(_ typed: String, _ spellings: [String]) {
        let query = SearchQuery(typed)
        #expect(query.clauses.count == 1)
        #expect(query.clauses.first?.map { $0.words.joined(separator: " ") } == spellings)
    }

    /// Words that only look like a compound's half stay separate clauses, ANDed.
    @Test(arguments: ["عبد صالح", "الله اکبر", "Abdullah Abdullah", "ullah aman", "عبد ال", "شاه احمد"])
    func onlyNamesJoin(_ typed: String) {
        let words = typed.split(separator: " ").map { Folding.fold(String($0)) }
        #expect(SearchQuery(typed).clauses.map { $0[0].words } == words.map { [$0] })
    }

    @Test(arguments: [
        ("محمد علی", "محمدعلی"), ("احمد شاه", "احمدشاه"), ("خود کشی", "خودکشی"), ("غلام محمد", "غلاممحمد"),
    ])
    func looseHalvesStayTwoWordsAndAlsoMatchJoined(_ typed: String, _ joined: String) {
        let query = SearchQuery(typed)
        let words = typed.split(separator: " ").map(String.init)
        #expect(query.clauses.map { $0.map(\.words) } == words.map { [[$0], [joined]] })
        #expect(SearchQuery(joined).clauses.map { $0.map(\.words) } == [[[joined], words]])
        #expect(SearchQuery("\"\(typed)\"").clauses.map { $0.map(\.words) } == [[words, [joined]]])
    }

    @Test(
        arguments: [
            ("l'économie", "économie"), ("L’Afghanistan", "Afghanistan"), ("jusqu'à", "à"), ("qu'il", "il"),
            ("al-Assad", "Assad"), ("Al-Qaeda", "Qaeda"), ("Karzai's", "Karzai"), ("Karzai’s", "Karzai"),
            ("d'Assad's", "Assad"), ("کابل's", "کابل"), ("aujourd'hui", nil), ("O'Brien", nil), ("don't", nil),
            ("l'", nil), ("n'", nil), ("l'2016", nil), ("al-", nil), ("Alabama", nil), ("al-2016", nil), ("'s", nil),
        ] as [(String, String?)])
    func cliticsAreDropped(_ typed: String, _ word: String?) {
        #expect(SearchQuery.withoutClitics(typed) == word)
    }

    @Test(
        arguments: [
            ("US", ["u", "s"]), ("NATO", ["n", "a", "t", "o"]), ("us", nil), ("USAID", nil), ("U.S.", nil), ("A", nil),
            ("کابل", nil), ("ÜN", nil),
        ] as [(String, [String]?)])
    func capitalsAlsoMatchDottedLetters(_ typed: String, _ letters: [String]?) {
        #expect(SearchQuery.acronymLetters(typed) == letters)
        let phrases = SearchQuery(typed).clauses.first?.map(\.words) ?? []
        #expect(phrases.contains(letters ?? ["-"]) == (letters != nil))
    }

    @Test func quotedElisionStays() {
        #expect(SearchQuery("\"l'économie\"").clauses[0][0].words == ["l", "economie"])
        #expect(SearchQuery("l'économie").clauses.map { $0[0].words } == [["economie"]])
    }

    @Test(arguments: [
        ("1000", ["1000", "1 000"]), ("1,000", ["1 000", "1000"]), ("۲۰۰۰۰", ["20000", "20 000"]),
        ("1.234.567", ["1 234 567", "1234567"]), ("12", ["12"]), ("1,5", ["1 5"]),
    ])
    func numbersMatchWithAndWithoutThousandsSeparators(_ typed: String, _ spellings: [String]) {
        #expect(SearchQuery(typed).clauses.first?.map { $0.words.joined(separator: " ") } == spellings)
    }
}
