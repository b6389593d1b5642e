/// How the article list is ordered: by a key, and whether that key's natural direction is reversed.
///
/// Each key's natural direction is the one a reader expects first: dates newest first, titles,
/// languages and sections from A. Ties go newest first, so that a language or a section reads like
/// a small list of its own. `ArticleCache` orders in SQL through an index per key.
public struct ListOrder: Sendable, Hashable, Codable {
    public enum Key: String, Sendable, Hashable, Codable, CaseIterable {
        case date
        case title
        case language
        case section

        /// The key after this one, as `sort` cycles them.
        public var next: Key {
            let all = Self.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }
    }

    public var key: Key
    public var reversed: Bool

    public init(key: Key = .date, reversed: Bool = false) {
        self.key = key
        self.reversed = reversed
    }

    /// The list's usual order: newest first.
    public static let newestFirst = ListOrder()

    /// What the list header says: `by date`, `by title, reversed`.
    public var label: String { label(in: .english) }

    /// `label` in the interface's language.
    public func label(in translation: Translation) -> String {
        let name =
            switch key {
            case .date: translation.tr("by date")
            case .title: translation.tr("by title")
            case .language: translation.tr("by language")
            case .section: translation.tr("by section")
            }
        return reversed ? translation.tr("{order}, reversed", ["order": name]) : name
    }

    /// Whether `left` comes before `right`: the order the cache's SQL gives, for a library with no
    /// database (dates newest first with undated ones last, then by id as the cache breaks ties).
    public func areInIncreasingOrder(_ left: ArticleSummary, _ right: ArticleSummary) -> Bool {
        let primary: Int
        switch key {
        case .date: primary = 0
        case .title: primary = Self.compare(left.title.lowercased(), right.title.lowercased())
        case .language: primary = Self.compare(left.language, right.language)
        case .section: primary = Self.compareOptional(left.section, right.section)
        }
        if primary != 0 { return reversed ? primary > 0 : primary < 0 }
        // Newest first (undated last), reversed with the key only for dates.
        let dates = Self.compareDatesNewestFirst(left, right)
        if dates != 0 { return key == .date && reversed ? dates > 0 : dates < 0 }
        return key == .date && reversed ? left.id < right.id : left.id > right.id
    }

    private static func compare<T: Comparable>(_ left: T, _ right: T) -> Int {
        left < right ? -1 : left > right ? 1 : 0
    }

    /// Articles without a section last.
    private static func compareOptional(_ left: String?, _ right: String?) -> Int {
        switch (left, right) {
        case (let left?, let right?): compare(left, right)
        case (nil, nil): 0
        case (nil, _): 1
        case (_, nil): -1
        }
    }

    private static func compareDatesNewestFirst(_ left: ArticleSummary, _ right: ArticleSummary) -> Int {
        switch (left.date, right.date) {
        case (let a?, let b?): a == b ? 0 : a > b ? -1 : 1
        case (nil, nil): 0
        case (nil, _): 1
        case (_, nil): -1
        }
    }
}
