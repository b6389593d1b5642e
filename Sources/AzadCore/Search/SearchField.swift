/// A field a query may name before a colon: `title:kabul`, `year:1394`.
public enum SearchField: String, Sendable, Hashable, CaseIterable {
    case title
    case author
    case language = "lang"
    case section
    case year
    case after
    case before
    case state = "is"

    /// The column of the search index a word field searches, or nil for a filter.
    var column: String? {
        switch self {
        case .title: "title"
        // Every contributor's name (authors, translators, editors) is in this column.
        case .author: "authors"
        default: nil
        }
    }

    /// The field `name` (any case) names, or nil.
    init?(name: some StringProtocol) {
        self.init(rawValue: name.lowercased())
    }

    /// One line per field for `azad search --help` and the docs.
    public static let help = [
        ("title:WORD", Translation.noop("the word (or \"phrase\") in the title")),
        ("author:NAME", Translation.noop("in a contributor's name: authors, translators, editors")),
        ("lang:fa", Translation.noop("in that language (fa, ps, en, de, fr, …; lang:fa,ps for either)")),
        ("section:WORD", Translation.noop("in a section whose name holds the word (section:سیاسی)")),
        ("year:2016", Translation.noop("dated that year; 13xx and 14xx are Afghan solar years (year:1394)")),
        ("after:2016-02", Translation.noop("dated on or after that year, month or day (solar too)")),
        ("before:2017-01-01", Translation.noop("dated before that year, month or day")),
        ("is:unread", Translation.noop("not marked read in the reader; is:starred, starred")),
    ]
}
