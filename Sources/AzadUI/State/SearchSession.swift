import AzadCore

/// The last search's results and what the list does when awaited results come.
public struct SearchSession: Sendable, Hashable {
    /// What the list does when the results come: go to the first row (a new query), or keep the
    /// article that was selected (the same query after the library changed).
    public enum Selection: Sendable, Hashable {
        case first
        case keep(Int64?)
    }

    /// The text the library ran, and its results unfiltered: the language filter and redraws reuse
    /// them instead of searching again.
    public var text: String?
    public var results: [ArticleSummary] = []
    public var selectionAfter: Selection = .first
    /// Whether the results awaited are the ones Enter kept, to be announced on the status line.
    public var announce = false
    /// For results that are empty, the nearest spelling the index knows (`did you mean …`).
    public var didYouMean: String?
    /// Whether `results` are a screen of the first hits, the rest still on the way: the list then
    /// goes on awaiting them, and nothing counts them yet.
    public var isPartial = false
    /// The article selected when the first hits were shown: a selection moved since then stays
    /// when the rest come.
    public var selectedInHead: Int64?

    public init() {}

    /// The results of `text`, if they are at hand.
    public func results(of text: String) -> [ArticleSummary]? { self.text == text ? results : nil }

    /// Forgets the results: the library changed, so a search must run again.
    public mutating func forget() {
        text = nil
        results = []
        didYouMean = nil
        isPartial = false
    }
}
