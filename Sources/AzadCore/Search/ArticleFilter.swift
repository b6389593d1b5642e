/// Which articles `ArticleCache.list` returns; nil fields do not filter.
public struct ArticleFilter: Sendable, Hashable {
    /// BCP 47 language tag (`fa`, `ps`, `en`, …).
    public var language: String?
    /// The section, in the export's own words.
    public var section: String?

    public init(language: String? = nil, section: String? = nil) {
        self.language = language
        self.section = section
    }
}
