import AzadCore

/// What the reader's logic asks of the world after an input: the app's own work (quit, sync, a
/// theme, a quote, a redraw) and every piece of I/O. Each I/O effect is answered by a
/// `ReaderMessage` carrying its result, so the logic stays a function of state and input.
public enum Effect: Sendable, Hashable {
    case none
    case quit
    case sync
    case theme(String)
    case quote(QuoteRequest)
    /// Draw every cell again on the next frame (`C-l`).
    case redraw
    /// Read the reading record (answered by `.recordLoaded`).
    case loadRecord
    /// Read article summaries (answered by `.summariesLoaded`).
    case loadSummaries(SummariesRequest)
    /// Read one article to open it (answered by `.articleLoaded`).
    case loadArticle(ArticleRequest)
    /// Run a search, as the library runs it (answered by `.searchFinished`).
    case search(String)
    /// Read an export's text as it is on disk (answered by `.rawTextLoaded`).
    case loadRawText(ArticleSummary)
    /// Save the reading record (answered by `.saveFailed` only when it fails).
    case save(ReadingRecord)
    /// Ask the index for the nearest spelling of a search that found nothing (answered by
    /// `.spellingSuggested`).
    case suggestSpelling(String)
    /// Read the library's generation, to see a change made elsewhere (answered by `.generationRead`).
    case checkGeneration
    /// Stop to the shell until `fg` (`C-z`), the terminal handed over and taken back.
    case suspend
    /// Open a sanitised http or https URL in the browser (answered by `.ran`).
    case openURL(String)
    /// Run a shell command the user typed with `text` on its stdin, the terminal handed over
    /// (answered by `.ran`).
    case pipe(command: String, text: String)
    /// Write an article's text to a file (answered by `.saveAnswered`).
    case saveText(SaveRequest)

    /// Whether the effect reads the list again.
    var readsTheList: Bool {
        if case .loadSummaries = self { return true }
        return false
    }

    /// Whether the effect is I/O answered by a message, rather than work for the app itself.
    public var isInputOutput: Bool {
        switch self {
        case .none, .quit, .sync, .theme, .quote, .redraw, .suspend, .openURL, .pipe: false
        case .loadRecord, .loadSummaries, .loadArticle, .search, .loadRawText, .save, .checkGeneration,
            .suggestSpelling, .saveText:
            true
        }
    }
}

/// Which summaries to read, and why: the answer is applied as the reason says.
public struct SummariesRequest: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// The first frame: the newest `limit` articles and the count of all.
        case firstFrame
        /// The rest of start-up: every article, then the last article reopened.
        case finishStart
        /// A sync of this reader's ended (with `error` if it failed); `before` articles were listed.
        case syncFinished(error: String?, before: Int)
        /// Another process changed the library; `before` articles were listed.
        case outsideChange(before: Int)
        /// The list's order changed (`sort`, `reverse-sort`).
        case reordered
        /// The whole list a `ListWindow` waited for has been read: it takes the window's place.
        case wholeList
    }

    public var reason: Reason
    /// The rows that fit the screen: the list's ends and count are read at once and every id on a
    /// thread of its own (`ListWindow`), from a library that can; nil for every row at once.
    public var limit: Int?
}

/// An article to open in the reading pane.
public struct ArticleRequest: Sendable, Hashable {
    public var summary: ArticleSummary
    /// What gets the keyboard once it is open.
    public var focus: Pane
    /// The search (as the library runs it) whose matches to highlight, if any.
    public var searchText: String?
    /// The line to scroll to once it is laid out (reopening the last article).
    public var scroll: Int?
    /// Shown as the selection rests on it in the list: neither marked read nor given the keyboard.
    public var preview = false
}

/// Summaries read for a `SummariesRequest`.
public struct LoadedSummaries: Sendable, Hashable {
    /// The library's generation, read before the summaries: a change made meanwhile shows next time.
    public var generation: Int
    public var catalogue: Result<ArticleCatalogue, LoadFailure>
    /// How many articles there are in all, when only some were read.
    public var total: Int?

    public init(generation: Int, catalogue: Result<ArticleCatalogue, LoadFailure>, total: Int?) {
        self.generation = generation
        self.catalogue = catalogue
        self.total = total
    }

    /// Summaries read in full, as a library with no cheaper way gives them.
    public init(generation: Int, summaries: Result<[ArticleSummary], LoadFailure>, total: Int?) {
        self.init(generation: generation, catalogue: summaries.map { ArticleCatalogue($0) }, total: total)
    }
}

/// An article read for an `ArticleRequest`, with where the search matched in it.
public struct LoadedArticle: Sendable, Hashable {
    public var article: Article
    public var matchRanges: [Int: [Range<String.Index>]]
}
