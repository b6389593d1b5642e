import Foundation

/// One quote in the clipboard file: the quoted text in logical order, and where it came from.
///
/// `formatted()` writes it in the clipboard file's format and `QuoteEntry.parse(_:)` reads that back;
/// the format is documented in README ("Quotes and the clipboard file").
public struct QuoteEntry: Sendable, Hashable {
    /// The quoted text exactly as the article holds it (logical order, ZWNJ and all).
    public var text: String
    public var title: String
    public var authors: [String]
    /// Translators, editors and compilers the byline names, in its order (`authors` holds the authors).
    public var otherContributors: [Contributor]
    /// The publication date (Gregorian).
    public var date: CivilDate?
    /// The same day in the solar calendar, as Persian and Pashto readers write it (`۲ حوت ۱۳۹۴`).
    public var solarDate: String?
    public var section: String?
    public var source: String?
    /// The export file the article came from.
    public var path: String?
    /// BCP 47 language of the article.
    public var language: String?
    /// When the quote was exported, in whole seconds (UTC).
    public var exportedAt: Date

    public init(
        text: String, title: String, authors: [String] = [], otherContributors: [Contributor] = [],
        date: CivilDate? = nil, solarDate: String? = nil, section: String? = nil, source: String? = nil,
        path: String? = nil, language: String? = nil, exportedAt: Date = Date()
    ) {
        self.text = text
        self.title = title
        self.authors = authors
        self.otherContributors = otherContributors.filter { $0.role != .author }
        self.date = date
        self.solarDate = solarDate
        self.section = section
        self.source = source
        self.path = path
        self.language = language
        // The file holds whole seconds; rounding here keeps an entry equal to what parsing returns.
        self.exportedAt = Date(timeIntervalSince1970: exportedAt.timeIntervalSince1970.rounded(.down))
    }

    /// A quote of `text` from `article`, with its attribution.
    ///
    /// Articles whose language dates by the solar calendar (Persian, Pashto) also get their date in
    /// it, with that language's month names.
    public init(text: String, article: Article, exportedAt: Date = Date()) {
        var solar: String? = nil
        if case .solar(let style) = Language(tag: article.language).calendar, let date = article.date {
            solar = SolarDate(gregorian: date).formatted(style: style)
        }
        self.init(
            text: text, title: article.title, authors: article.authors,
            otherContributors: article.contributors.filter { $0.role != .author }, date: article.date, solarDate: solar,
            section: article.section, source: article.source, path: article.path, language: article.language,
            exportedAt: exportedAt)
    }
}
