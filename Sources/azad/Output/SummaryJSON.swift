import AzadCore

/// An article summary as `list --json` and `search --json` print it.
struct SummaryJSON: Encodable {
    var id: Int64
    var path: String
    var title: String
    var authors: [String]
    var date: String?
    var language: String
    var section: String?
    var snippet: String?
    var rank: Double?

    init(_ summary: ArticleSummary, snippet: String? = nil, rank: Double? = nil) {
        id = summary.id
        path = summary.path
        title = summary.title
        authors = summary.authors
        date = summary.date?.iso
        language = summary.language
        section = summary.section
        self.snippet = snippet
        self.rank = rank
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(authors, forKey: .authors)
        // Absent values are null, not missing keys: scripts can rely on every key.
        try container.encode(date, forKey: .date)
        try container.encode(language, forKey: .language)
        try container.encode(section, forKey: .section)
        if let snippet { try container.encode(snippet, forKey: .snippet) }
        if let rank { try container.encode(rank, forKey: .rank) }
    }

    enum CodingKeys: String, CodingKey {
        case id, path, title, authors, date, language, section, snippet, rank
    }
}
