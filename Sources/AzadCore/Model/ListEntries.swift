/// The listed articles in the list's order, held compactly: each one's id and language and nothing
/// else, so that a list of a million articles takes five megabytes. Titles, dates and the rest are
/// read for the rows on the screen (`ArticleCache.summaries(ids:)`).
public struct ListEntries: Sendable, Hashable {
    /// The articles' ids, in the list's order.
    public var ids = ArticleIDs()
    /// Per article, the index in `languages` of its language tag.
    public var languageIndexes: [UInt8] = []
    /// Each language tag once.
    public var languages: [String] = []

    public init() {}

    /// The entries of `summaries`, in their order.
    public init(_ summaries: [ArticleSummary]) {
        ids.reserveCapacity(summaries.count)
        languageIndexes.reserveCapacity(summaries.count)
        var known: [String: UInt8] = [:]
        for summary in summaries { append(id: summary.id, language: summary.language, known: &known) }
    }

    public var count: Int { ids.count }

    /// Per language index, whether `accepts` takes its tag: what `count(_:)` and a filter's pass
    /// over the rows look up, one byte a row.
    public func acceptedLanguages(_ accepts: (String) -> Bool) -> [Bool] {
        // Every index a row may hold, the one more tags than an index holds share included.
        languages.map(accepts) + Array(repeating: false, count: 256 - languages.count)
    }

    /// How many entries have a language `accepted` takes.
    public func count(_ accepted: [Bool]) -> Int {
        var perLanguage = [Int](repeating: 0, count: 256)
        for index in languageIndexes { perLanguage[Int(index)] += 1 }
        return zip(accepted, perLanguage).reduce(0) { $0 + ($1.0 ? $1.1 : 0) }
    }

    /// The entries whose language `accepts` takes and whose id is not in `excluded`, in their order.
    public func filtered(_ accepts: (String) -> Bool, excluding excluded: Set<Int64> = []) -> ListEntries {
        let accepted = acceptedLanguages(accepts)
        var kept = ListEntries()
        kept.languages = languages
        let shown = count(accepted)
        kept.ids.reserveCapacity(shown)
        kept.languageIndexes.reserveCapacity(shown)
        let excluded = IDMembership(excluded, rows: ids.count)
        for row in languageIndexes.indices where accepted[Int(languageIndexes[row])] && !excluded.contains(ids[row]) {
            kept.ids.append(ids[row])
            kept.languageIndexes.append(languageIndexes[row])
        }
        return kept
    }

    /// Adds one article; `known` maps the tags seen so far to their index.
    public mutating func append(id: Int64, language: String, known: inout [String: UInt8]) {
        let index: UInt8
        if let existing = known[language] {
            index = existing
        } else {
            // More distinct tags than an index holds share the last one: the filter then treats them
            // as that tag's language, which a real archive (a few dozen tags) never meets.
            if languages.count <= Int(UInt8.max) {
                index = UInt8(languages.count)
                languages.append(language)
            } else {
                index = UInt8.max
            }
            known[language] = index
        }
        ids.append(id)
        languageIndexes.append(index)
    }
}
