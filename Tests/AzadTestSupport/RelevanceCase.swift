/// One query of the search relevance set: the articles of ``RelevanceArchive`` it must find, those it
/// must not, and the one it must rank first when that matters.
public struct RelevanceCase: Sendable {
    public var query: String
    public var finds: [String]
    public var avoids: [String]
    public var first: String?

    public init(_ query: String, finds: [String], avoids: [String] = [], first: String? = nil) {
        self.query = query
        self.finds = finds
        self.avoids = avoids
        self.first = first
    }

    public var testDescription: String { query }

    /// Every case; each names its articles by export name (without `.txt`).
    public static let all: [RelevanceCase] = inflections + compounds + fields

    static let inflections: [RelevanceCase] = [
        // English
        .init(
            "hydrogeologist", finds: ["en-hydrogeologist", "en-hydrogeologists"], avoids: ["en-geology"],
            first: "en-hydrogeologist"),
        .init(
            "hydrogeologists", finds: ["en-hydrogeologists", "en-hydrogeologist"], avoids: ["en-geology"],
            first: "en-hydrogeologists"),
        .init("ceasefire", finds: ["en-ceasefire", "en-ceasefires"], first: "en-ceasefire"),
        .init("ceasefires", finds: ["en-ceasefires", "en-ceasefire"], first: "en-ceasefires"),
        .init("\"hydrogeologist\"", finds: ["en-hydrogeologist"], avoids: ["en-hydrogeologists"]),
        .init("\"ceasefires\"", finds: ["en-ceasefires"], avoids: ["en-ceasefire"]),
        .init("vote", finds: ["en-ceasefires", "en-voting"]),
        .init("market", finds: ["en-kabul-winter"], avoids: ["en-voting"]),
        .init("donkeys", finds: ["en-voting"]),
        .init("well", finds: ["en-hydrogeologists"], avoids: ["en-voting"]),
        .init("geologist", finds: [], avoids: ["en-hydrogeologist", "en-geology"]),
        // German
        .init("Wahl", finds: ["de-wahlen"]),
        .init("Haus", finds: ["de-haeuser"], avoids: ["de-hausmeister"]),
        .init("Häusern", finds: ["de-haeuser"], avoids: ["de-hausmeister"]),
        .init("Ergebnis", finds: ["de-wahlen"]),
        .init("\"Haus\"", finds: [], avoids: ["de-haeuser", "de-hausmeister"]),
        // French
        .init("économie", finds: ["fr-economie"], avoids: ["fr-ecologie"]),
        .init("jardin", finds: ["fr-economie", "fr-ecologie"], first: "fr-ecologie"),
        .init("jardins", finds: ["fr-economie", "fr-ecologie"], first: "fr-economie"),
        .init("glacier", finds: ["fr-ecologie"], avoids: ["fr-economie"]),
        // Persian
        .init("نامه", finds: ["fa-letters"], avoids: ["fa-names"]),
        .init("\"نامه\"", finds: [], avoids: ["fa-letters"]),
        .init("کتاب", finds: ["fa-letters"], avoids: ["fa-writers"]),
        .init("بزرگ", finds: ["fa-letters"]),
        .init("پسر", finds: ["fa-letters"]),
        .init("نویسنده", finds: ["fa-writers"]),
        .init("کتابخانه", finds: ["fa-writers"]),
        .init("کامیون", finds: ["fa-load"]),
        .init("باران", finds: ["fa-rain"], avoids: ["fa-load"]),
        .init("بار", finds: ["fa-load"], avoids: ["fa-rain"]),
        .init("انس", finds: ["fa-load"], avoids: ["fa-rain"]),
        .init("انسان", finds: ["fa-rain"], avoids: ["fa-load"]),
        .init("زمستان", finds: ["fa-rain"]),
        .init("نام", finds: ["fa-names"], avoids: ["fa-letters"]),
        // Pashto
        .init("کور", finds: ["ps-houses"], avoids: ["ps-course"]),
        .init("ماشوم", finds: ["ps-houses"]),
        .init("کتاب lang:ps", finds: ["ps-course"], avoids: ["fa-letters"]),
        .init("کورس", finds: ["ps-course"], avoids: ["ps-houses"]),
    ]

    static let compounds: [RelevanceCase] = [
        .init("آتش بس", finds: ["fa-ceasefire-zwnj", "fa-ceasefire-apart", "fa-ceasefire-joined", "fa-fire-enough"]),
        .init(
            "آتش‌بس", finds: ["fa-ceasefire-zwnj", "fa-ceasefire-apart", "fa-ceasefire-joined"],
            avoids: ["fa-fire-enough"]),
        .init(
            "آتشبس", finds: ["fa-ceasefire-zwnj", "fa-ceasefire-apart", "fa-ceasefire-joined"],
            avoids: ["fa-fire-enough"]),
        .init("اتش بس", finds: ["fa-ceasefire-zwnj", "fa-ceasefire-apart", "fa-ceasefire-joined"]),
        .init("\"آتش بس\"", finds: ["fa-ceasefire-apart"], avoids: ["fa-fire-enough"]),
        .init("آتش‌بس کندز", finds: ["fa-ceasefire-apart"], avoids: ["fa-ceasefire-zwnj", "fa-ceasefire-joined"]),
        .init(
            "آتش‌بس", finds: ["fa-ceasefire-zwnj", "fa-ceasefire-joined", "fa-ceasefire-apart"],
            first: "fa-ceasefire-zwnj"),
    ]

    static let fields: [RelevanceCase] = [
        .init("title:kabul", finds: ["en-kabul-winter"], avoids: ["en-hydrogeologists", "fr-economie"]),
        .init("kabul", finds: ["en-kabul-winter", "en-hydrogeologists"]),
        .init("title:\"winter nights\"", finds: ["en-kabul-winter"]),
        .init("title:کابل", finds: ["fa-rain"]),
        .init("author:milton", finds: ["en-hydrogeologists"], avoids: ["en-geology"]),
        .init("author:\"Sarah Milton\"", finds: ["en-hydrogeologists"], avoids: ["en-geology"]),
        .init("author:نوری", finds: ["fa-letters", "fa-ceasefire-zwnj", "fa-ceasefire-apart"], avoids: ["fa-load"]),
        .init("author:کریمی بار", finds: ["fa-load"], avoids: ["fa-names", "fa-ceasefire-joined"]),
        .init("lang:de", finds: ["de-wahlen", "de-haeuser", "de-hausmeister"], avoids: ["en-voting", "fr-economie"]),
        .init("lang:fr jardin", finds: ["fr-economie", "fr-ecologie"], avoids: ["en-voting"]),
        .init("lang:en,de herat", finds: ["en-hydrogeologists", "de-haeuser"], avoids: ["fa-writers"]),
        .init("section:ادبی", finds: ["fa-rain", "fa-writers", "fa-fire-enough"], avoids: ["fa-letters", "fa-load"]),
        .init("section:ادبی باران", finds: ["fa-rain"], avoids: ["fa-load", "fa-writers"]),
        .init(
            "year:2016", finds: ["en-hydrogeologists", "en-kabul-winter", "de-wahlen", "fa-letters"],
            avoids: ["en-ceasefire", "fa-names"]),
        .init(
            "year:2016 lang:en", finds: ["en-hydrogeologists", "en-kabul-winter"], avoids: ["de-wahlen", "fa-letters"]),
        .init("year:1394", finds: ["fa-letters", "fa-names"], avoids: ["fa-rain", "fa-writers"]),
        .init("year:۱۳۹۴ نام", finds: ["fa-names"], avoids: ["fa-letters", "fa-rain"]),
        .init(
            "year:1397 آتش‌بس", finds: ["fa-ceasefire-zwnj", "fa-ceasefire-apart", "fa-ceasefire-joined"],
            avoids: ["fa-fire-enough"]),
        .init(
            "after:2016-02 before:2017-01-01", finds: ["en-hydrogeologists", "de-wahlen", "fa-letters", "fa-rain"],
            avoids: ["en-kabul-winter", "en-hydrogeologist", "fa-names"]),
        .init("after:2017-06 ceasefire", finds: ["en-ceasefire", "en-ceasefires"]),
        .init("before:2018 ceasefire", finds: ["en-ceasefire"], avoids: ["en-ceasefires"]),
        .init(
            "after:1397 lang:fa", finds: ["fa-ceasefire-zwnj", "fa-ceasefire-apart", "fa-ceasefire-joined"],
            avoids: ["fa-load", "fa-letters"]),
        .init("before:1394-06 after:1394", finds: ["fa-names"], avoids: ["fa-letters"]),
        .init("foo:hydrogeologist", finds: [], avoids: ["en-hydrogeologist"]),
        .init("year:soon kabul", finds: [], avoids: ["en-kabul-winter"]),
        .init("TITLE:Kabul", finds: ["en-kabul-winter"], avoids: ["en-hydrogeologists"]),
    ]
}

extension RelevanceCase {
    /// What is wrong with `found` (export names, best first) for this case, one line each; empty when
    /// the search found what it must, none of what it must not, and the right one first.
    public func problems(_ found: [String]) -> [String] {
        var problems: [String] = []
        for name in finds where !found.contains(name) { problems.append("\(query): missed \(name) (found \(found))") }
        for name in avoids where found.contains(name) { problems.append("\(query): found the decoy \(name)") }
        if let first, found.first != first {
            problems.append("\(query): \(found.first ?? "nothing") first, not \(first)")
        }
        return problems
    }
}
