import Foundation

/// The article as JSON: the keys of the command-line contract, in its
/// order, with missing values as explicit `null`s so scripts can rely on every key being there.
extension Article: Codable {
    enum CodingKeys: String, CodingKey {
        case path, title, subtitle, authors, date, dateText, language, section, source, blocks, warnings, contributors
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(subtitle, forKey: .subtitle)
        try container.encode(authors, forKey: .authors)
        try container.encode(date, forKey: .date)
        try container.encode(dateText, forKey: .dateText)
        try container.encode(language, forKey: .language)
        try container.encode(section, forKey: .section)
        try container.encode(source, forKey: .source)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(contributors, forKey: .contributors)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            path: try container.decode(String.self, forKey: .path),
            title: try container.decode(String.self, forKey: .title),
            subtitle: try container.decodeIfPresent(String.self, forKey: .subtitle),
            authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
            contributors: try container.decodeIfPresent([Contributor].self, forKey: .contributors),
            date: try container.decodeIfPresent(CivilDate.self, forKey: .date),
            dateText: try container.decodeIfPresent(String.self, forKey: .dateText),
            language: try container.decode(String.self, forKey: .language),
            section: try container.decodeIfPresent(String.self, forKey: .section),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            blocks: try container.decodeIfPresent([Block].self, forKey: .blocks) ?? [],
            warnings: try container.decodeIfPresent([String].self, forKey: .warnings) ?? []
        )
    }

    /// The article as `azad parse --json` writes it, keys in the contract's order.
    public var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("title", .string(title)),
            ("subtitle", .optional(subtitle)),
            ("authors", .array(authors.map(JSONValue.string))),
            ("date", .optional(date?.iso)),
            ("dateText", .optional(dateText)),
            ("language", .string(language)),
            ("section", .optional(section)),
            ("source", .optional(source)),
            (
                "blocks",
                .array(blocks.map { .object([("kind", .string($0.kind.rawValue)), ("text", .string($0.text))]) })
            ),
            ("warnings", .array(warnings.map(JSONValue.string))),
            ("contributors", Self.json(contributors)),
        ])
    }

    /// Contributors as the JSON contract writes them: `[{"name": …, "role": …}]`.
    public static func json(_ contributors: [Contributor]) -> JSONValue {
        .array(contributors.map { .object([("name", .string($0.name)), ("role", .string($0.role.rawValue))]) })
    }
}
