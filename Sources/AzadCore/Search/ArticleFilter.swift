/// Which articles `ArticleCache.list` returns; nil fields do not filter.
public struct ArticleFilter: Sendable, Hashable {
    /// The articles whose language tag is exactly this one's (`fa` keeps `fa`, not `prs`).
    public var language: Language?
    /// The section, in the export's own words.
    public var section: String?

    public init(language: Language? = nil, section: String? = nil) {
        self.language = language
        self.section = section
    }

    /// The articles tagged `tag` (`fa`, `ps`, `en`, …) and in `section`.
    public init(language tag: String?, section: String? = nil) {
        self.init(language: tag.map(Language.init(tag:)), section: section)
    }
}
