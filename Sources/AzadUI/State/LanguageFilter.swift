/// Which of the site's languages the article list shows (`l` cycles through them).
public enum LanguageFilter: String, CaseIterable, Sendable, Hashable {
    case all
    case persian
    case pashto
    case european

    /// The name in the list header, in the language itself.
    public var label: String {
        switch self {
        case .all: "All"
        case .persian: "فارسی"
        case .pashto: "پښتو"
        case .european: "European languages"
        }
    }

    /// Whether an article in `language` (BCP 47) passes the filter.
    public func accepts(_ language: String) -> Bool {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch self {
        case .all: return true
        case .persian: return primary == "fa" || primary == "prs"
        case .pashto: return primary == "ps" || primary == "pbt" || primary == "pbu"
        case .european: return !LanguageFilter.persian.accepts(language) && !LanguageFilter.pashto.accepts(language)
        }
    }

    /// The filter after this one.
    public var next: LanguageFilter {
        let all = LanguageFilter.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
