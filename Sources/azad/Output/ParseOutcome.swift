import AzadCore

/// One element of `azad parse`'s output: an article, or why a file could not be read.
enum ParseOutcome {
    case article(Article)
    case failure(path: String, message: String)

    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }

    /// The element of the JSON array: the article, or `{"path": …, "error": …}`.
    var json: JSONValue {
        switch self {
        case .article(let article): return article.json
        case .failure(let path, let message): return .object([("path", .string(path)), ("error", .string(message))])
        }
    }

    /// A few lines a person reads: what the parser found and what it guessed.
    var summary: String {
        switch self {
        case .failure(let path, let message):
            return "\(Sanitizer.singleLine(path))\n  error: \(Sanitizer.singleLine(message))\n"
        case .article(let article):
            var lines = [Sanitizer.singleLine(article.path)]
            func add(_ label: String, _ value: String?) {
                guard let value, !value.isEmpty else { return }
                lines.append("  \(label): \(Sanitizer.singleLine(value))")
            }
            add("title", article.title)
            add("subtitle", article.subtitle)
            add("authors", article.authors.joined(separator: ", "))
            for role in Contributor.Role.allCases where role != .author {
                add("\(role.rawValue)s", Contributor.names(article.contributors, role: role).joined(separator: ", "))
            }
            let date = article.date.map { date in
                article.dateText.map { "\(date.iso) (\($0))" } ?? date.iso
            }
            add("date", date ?? article.dateText.map { "? (\($0))" })
            add("language", article.language)
            add("section", article.section)
            add("source", article.source)
            let counts = Block.Kind.allCases.map { kind in
                "\(article.blocks.filter { $0.kind == kind }.count) \(kind.rawValue)s"
            }
            add("blocks", counts.joined(separator: ", "))
            for warning in article.warnings { add("warning", warning) }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
