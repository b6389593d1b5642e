/// The fields of a query that narrow which articles it finds rather than which words they hold:
/// `lang:`, `section:`, `year:`, `after:`, `before:` and `is:`.
///
/// `is:unread` and `is:starred` ask about the reader's marks, kept in the reading state rather than the
/// cache: the cache leaves them to the caller (`azad search` and the reader each hold the marks).
public struct SearchFilter: Sendable, Hashable {
    /// Language tags, any of which an article may have (`lang:fa lang:ps`); empty for all.
    public var languages: [String] = []
    /// Folded words that must all be in the article's section (`section:سیاسی`, `section:european`).
    public var sections: [String] = []
    /// The first day (days since 1970-01-01) an article may be dated, inclusive.
    public var from: Int?
    /// The day an article must be dated before, exclusive.
    public var until: Int?
    /// Only articles not marked read.
    public var unread = false
    /// Only starred articles.
    public var starred = false

    public init() {}

    /// Nothing is filtered.
    public var isEmpty: Bool { self == SearchFilter() }

    /// Whether the cache itself can tell an article passes: everything but the reader's marks.
    var narrowsArticles: Bool { !languages.isEmpty || !sections.isEmpty || from != nil || until != nil }

    /// Takes `field:value` into the filter; false when the value means nothing for the field (then the
    /// text is searched as words, never an error).
    mutating func take(_ field: SearchField, value typed: String) -> Bool {
        let value = Folding.fold(typed)
        switch field {
        case .language:
            let tags = value.split(separator: ",").map(String.init)
            guard !tags.isEmpty, tags.allSatisfy({ (2...3).contains($0.count) && $0.allSatisfy(\.isLetter) }) else {
                return false
            }
            languages += tags
        case .section:
            let words = FoldedWords.words(in: value)
            guard !words.isEmpty else { return false }
            sections += words
        case .year:
            guard let days = Self.days(of: value, precision: 1) else { return false }
            narrow(from: days.lowerBound, until: days.upperBound)
        case .after:
            guard let days = Self.days(of: value, precision: nil) else { return false }
            narrow(from: days.lowerBound, until: nil)
        case .before:
            guard let days = Self.days(of: value, precision: nil) else { return false }
            narrow(from: nil, until: days.lowerBound)
        case .state:
            switch value {
            case "unread": unread = true
            case "starred": starred = true
            default: return false
            }
        case .title, .author:
            return false
        }
        return true
    }

    private mutating func narrow(from start: Int?, until end: Int?) {
        if let start { from = max(from ?? start, start) }
        if let end { until = min(until ?? end, end) }
    }

    /// Solar years are written 13xx and 14xx (the site's Afghan calendar); Gregorian ones from 1500 on.
    static let solarYears = 1200..<1500

    /// The days of the year, month or day written in folded `value` (`2016`, `2016-02`, `2016-02-21`,
    /// `1394`, `1394/12`, `1394-12-02`), as days since 1970-01-01, end exclusive; `precision` asks for
    /// exactly that many parts. Years 1200–1499 are solar (Afghan), the rest Gregorian.
    static func days(of value: String, precision: Int?) -> Range<Int>? {
        let strings = value.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        let parts = strings.compactMap { Int($0) }
        guard (1...3).contains(parts.count), parts.count == strings.count, strings[0].count == 4,
            precision.map({ $0 == parts.count }) ?? true
        else { return nil }
        let year = parts[0]
        let month = parts.count > 1 ? parts[1] : 1
        let day = parts.count > 2 ? parts[2] : 1
        // The day a date starts, counted in the calendar its year belongs to.
        let dayNumber: (Int, Int, Int) -> Int? =
            solarYears.contains(year)
            ? { SolarDate(year: $0, month: $1, day: $2)?.gregorian.daysSinceEpoch }
            : { CivilDate(year: $0, month: $1, day: $2)?.daysSinceEpoch }
        guard let start = dayNumber(year, month, day) else { return nil }
        // A year or a month runs to the first day of the next one; a whole date is one day.
        let end: Int?
        switch parts.count {
        case 1: end = dayNumber(year + 1, 1, 1)
        case 2: end = month == 12 ? dayNumber(year + 1, 1, 1) : dayNumber(year, month + 1, 1)
        default: end = nil
        }
        return start..<(end ?? start + 1)
    }
}
