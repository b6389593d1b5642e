/// One article from a text export, as the parser understood it.
///
/// Everything the parser could not place stays in `blocks`; each guess it made is in `warnings`.
public struct Article: Sendable, Hashable {
    /// The export file this article came from, as given to the parser.
    public var path: String
    public var title: String
    public var subtitle: String?
    /// The authors alone, in byline order (translators, editors and compilers are in `contributors`).
    public var authors: [String]
    /// Everyone the byline names with their role, in byline order; the authors among them are `authors`.
    public var contributors: [Contributor]
    /// The publication date, always Gregorian.
    public var date: CivilDate?
    /// The date as the export wrote it (solar calendar, Persian digits and all).
    public var dateText: String?
    /// BCP 47 language tag: `en`, `fa`, `ps`, `de`, `fr`, …
    public var language: String
    /// The site section, in the export's own words (`European Languages`, `سیاسی`, …).
    public var section: String?
    /// The source URL, repaired (a URL never holds a space).
    public var source: String?
    public var blocks: [Block]
    public var warnings: [String]

    public init(
        path: String,
        title: String,
        subtitle: String? = nil,
        authors: [String] = [],
        contributors: [Contributor]? = nil,
        date: CivilDate? = nil,
        dateText: String? = nil,
        language: String,
        section: String? = nil,
        source: String? = nil,
        blocks: [Block] = [],
        warnings: [String] = []
    ) {
        self.path = path
        self.title = title
        self.subtitle = subtitle
        // Authors given alone are the whole byline; a byline given alone names the authors.
        self.contributors = contributors ?? authors.map { Contributor(name: $0, role: .author) }
        self.authors = authors.isEmpty ? Contributor.names(self.contributors, role: .author) : authors
        self.date = date
        self.dateText = dateText
        self.language = language
        self.section = section
        self.source = source
        self.blocks = blocks
        self.warnings = warnings
    }
}
