import AzadCore

/// The search prompt: which search it is, the line being edited, where `Up` is in the history, and
/// what `Esc` restores.
public struct SearchPrompt: Sendable, Hashable {
    public var kind: SearchKind = .archive
    public var line = PromptLine()
    /// The history entry the line shows (0 is the newest); nil while the line is the user's own.
    public var recalled: Int?
    /// The line the user typed, kept while `Up` shows the history.
    public var draft = PromptLine()
    /// Where the reader was when `/` opened the prompt.
    public var origin: SearchOrigin?

    public init() {}
}

/// What the screen showed when the prompt opened: `Esc` puts it back exactly.
public struct SearchOrigin: Sendable, Hashable {
    public var query: String?
    public var searching: String?
    public var search: SearchSession
    public var rows: ListRows
    public var list: ListMovement
    public var focus: Pane
    /// The open article's id, scroll and matches.
    public var articleID: Int64?
    public var paneScroll: ListMovement?
    public var matchRanges: [Int: [Range<String.Index>]]
    public var matches: [ArticleMatch]
    public var currentMatch: Int?
}
