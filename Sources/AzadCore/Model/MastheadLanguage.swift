/// The language of the site's masthead: the reader's `m` switches it, `masthead` in the
/// configuration and `azad masthead --language` choose it, and the reading state remembers it.
///
/// The raw values (`fa`, `en`) are how configuration files and the cache spell it.
public enum MastheadLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    case persian = "fa"
    case english = "en"

    /// The other one.
    public var toggled: MastheadLanguage { self == .persian ? .english : .persian }
}
