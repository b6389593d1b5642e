import AzadCore

/// Which of the site's languages the article list shows (`l` cycles through them): all of them, or
/// one `Language.Group`.
public enum LanguageFilter: String, CaseIterable, Sendable, Hashable {
    case all
    case persian
    case pashto
    case european

    /// The language group this filter keeps; nil for `all`.
    public var group: Language.Group? {
        switch self {
        case .all: nil
        case .persian: .persian
        case .pashto: .pashto
        case .european: .european
        }
    }

    /// The name in the list header, in the language itself.
    public var label: String { label(in: .english) }

    /// `label` in the interface's language; the languages' own names stay as they are.
    public func label(in translation: Translation) -> String {
        switch self {
        case .all: translation.tr("All")
        case .persian: Language.persian.nativeName
        case .pashto: Language.pashto.nativeName
        case .european: translation.tr("European languages")
        }
    }

    /// Whether an article in `language` (BCP 47) passes the filter.
    public func accepts(_ language: String) -> Bool {
        guard let group else { return true }
        return Language(tag: language).group == group
    }

    /// The filter after this one.
    public var next: LanguageFilter {
        let all = LanguageFilter.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
