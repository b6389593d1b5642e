/// A row of the article list: what the list and search results show without loading the body.
public struct ArticleSummary: Sendable, Hashable, Identifiable {
    /// The cache's id for the article; stable while the file keeps its path.
    public var id: Int64
    public var path: String
    public var title: String
    public var authors: [String]
    /// Everyone the byline names with their role (`Article.contributors`).
    public var contributors: [Contributor]
    public var date: CivilDate?
    public var language: String
    public var section: String?

    public init(
        id: Int64, path: String, title: String, authors: [String] = [], contributors: [Contributor]? = nil,
        date: CivilDate? = nil, language: String, section: String? = nil
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.authors = authors
        self.contributors = contributors ?? authors.map { Contributor(name: $0, role: .author) }
        self.date = date
        self.language = language
        self.section = section
    }
}

/// One search result: the article, a snippet around the best match, and its rank (lower is better).
public struct SearchHit: Sendable, Hashable {
    public var summary: ArticleSummary
    public var snippet: String
    public var rank: Double

    public init(summary: ArticleSummary, snippet: String, rank: Double) {
        self.summary = summary
        self.snippet = snippet
        self.rank = rank
    }
}

/// A search hit before its summary is read: the article's id and its rank (lower is better).
public struct RankedArticle: Sendable, Hashable {
    public var id: Int64
    public var rank: Double

    public init(id: Int64, rank: Double) {
        self.id = id
        self.rank = rank
    }
}
