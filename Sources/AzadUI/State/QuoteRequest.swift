import AzadCore

/// A quote the reader asks the app to export: the logical text of the selected lines.
public struct QuoteRequest: Sendable, Hashable {
    public var summary: ArticleSummary
    public var article: Article
    /// The logical original text, never the shaped, reordered text the screen shows.
    public var text: String
    /// The blocks the selection touched, in order.
    public var blockIndices: [Int]
}
