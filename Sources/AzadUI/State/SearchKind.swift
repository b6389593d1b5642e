import AzadCore

/// The two searches: every article (from the list, or `\` in the pane) and the open article (`/` in
/// the pane). Each keeps its own history.
public enum SearchKind: String, Sendable, Hashable, CaseIterable {
    case archive
    case article

    /// What the prompt says it is.
    public var label: String {
        switch self {
        case .archive: Translation.noop("Search articles")
        case .article: Translation.noop("Find in article")
        }
    }
}
