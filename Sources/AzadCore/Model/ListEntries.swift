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
        // Four tallies, each row's into the next: in a run of rows of one language, each count
        // would otherwise wait for the one before it to be stored.
        var tallies = [Int](repeating: 0, count: 4 * 256)
        tallies.withUnsafeMutableBufferPointer { tallies in
            languageIndexes.withUnsafeBufferPointer { indexes in
                var row = 0
                while row + 4 <= indexes.count {
                    tallies[Int(indexes[row])] += 1
                    tallies[256 + Int(indexes[row + 1])] += 1
                    tallies[512 + Int(indexes[row + 2])] += 1
                    tallies[768 + Int(indexes[row + 3])] += 1
                    row += 4
                }
                for index in indexes[row...] { tallies[Int(index)] += 1 }
            }
        }
        return (0..<min(256, accepted.count)).reduce(0) { total, index in
            accepted[index]
                ? total + tallies[index] + tallies[256 + index] + tallies[512 + index] + tallies[768 + index] : total
        }
    }

    /// Which rows a pass keeps by their marks: the unread view keeps the rows not in the read
    /// marks, the starred view those in the starred ones.
    public enum MarkTest: Sendable {
        case any
        case marked(IDMembership)
        case unmarked(IDMembership)
    }

    /// The ids of the entries whose language `accepted` takes (as `acceptedLanguages(_:)` gives it)
    /// and whose marks pass `marks`, in their order, with room for `capacity`. The marks are a value
    /// rather than a closure: the test is then made in this module, once a row, without a call.
    public func ids(accepted: [Bool], capacity: Int, marks: MarkTest = .any) -> ArticleIDs {
        precondition(accepted.count == 256, "one answer for every language index")
        return accepted.withUnsafeBufferPointer { accepted in
            languageIndexes.withUnsafeBufferPointer { languages in
                switch marks {
                case .any:
                    ids.filtered(capacity: capacity) { row, _ in accepted[Int(languages[row])] }
                case .marked(let marked):
                    ids.filtered(capacity: capacity) { row, id in accepted[Int(languages[row])] && marked.contains(id) }
                case .unmarked(let marked):
                    ids.filtered(capacity: capacity) { row, id in accepted[Int(languages[row])] && !marked.contains(id)
                    }
                }
            }
        }
    }

    /// The entries whose language `accepts` takes and whose id is not in `excluded`, in their order:
    /// their ids a pick of this list's (`ArticleIDs.filtered(capacity:_:)`) when they are many, their
    /// languages a byte each.
    public func filtered(_ accepts: (String) -> Bool, excluding excluded: Set<Int64> = []) -> ListEntries {
        let accepted = acceptedLanguages(accepts)
        let shown = count(accepted)
        let excluded = IDMembership(excluded, rows: ids.count)
        var keptLanguages: [UInt8] = []
        keptLanguages.reserveCapacity(shown)
        let keptIDs = languageIndexes.withUnsafeBufferPointer { languages in
            ids.filtered(capacity: shown) { row, id in
                guard accepted[Int(languages[row])], !excluded.contains(id) else { return false }
                keptLanguages.append(languages[row])
                return true
            }
        }
        var kept = ListEntries()
        (kept.ids, kept.languageIndexes, kept.languages) = (keptIDs, keptLanguages, languages)
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
