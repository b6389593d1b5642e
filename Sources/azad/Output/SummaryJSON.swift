import AzadCore

/// An article summary as `list --json` and `search --json` print it.
struct SummaryJSON: Encodable {
    var id: Int64
    var path: String
    var title: String
    var authors: [String]
    var contributors: [Contributor]
    var date: String?
    var language: String
    var section: String?
    var snippet: String?
    var rank: Double?
    var dateText: String?
    var read: Bool
    var starred: Bool

    /// `dateText` is the date as the export wrote it; `marks` the reader's.
    init(
        _ summary: ArticleSummary, snippet: String? = nil, rank: Double? = nil, dateText: String? = nil,
        marks: ReadingMarks
    ) {
        id = summary.id
        path = summary.path
        title = summary.title
        authors = summary.authors
        contributors = summary.contributors
        date = summary.date?.iso
        language = summary.language
        section = summary.section
        self.snippet = snippet
        self.rank = rank
        self.dateText = dateText
        read = marks.read.contains(summary.path)
        starred = marks.starred.contains(summary.path)
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
        try container.encode(dateText, forKey: .dateText)
        try container.encode(read, forKey: .read)
        try container.encode(starred, forKey: .starred)
        try container.encode(contributors, forKey: .contributors)
    }

    enum CodingKeys: String, CodingKey {
        case id, path, title, authors, date, language, section, snippet, rank, dateText, read, starred, contributors
    }
}
