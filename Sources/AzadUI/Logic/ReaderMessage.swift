import AzadCore

/// Everything that changes the reader's state: input, the app's reports, and the answers to effects.
public enum ReaderMessage: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Run an operation as if its key had been pressed.
    case perform(Operation)
    /// Begin start-up: restore the record, and with `firstRows` load only the newest that many.
    case start(firstRows: Int?)
    /// End start-up: load every article and reopen the last one.
    case finishLoading
    case recordLoaded(ReadingRecord)
    case summariesLoaded(SummariesRequest, LoadedSummaries)
    case articleLoaded(ArticleRequest, Result<LoadedArticle?, LoadFailure>)
    case searchFinished(text: String, hits: Result<[SearchHit], LoadFailure>)
    /// The first hits of the search `text`, a screen of them, with the rest still on the way.
    case searchBegan(text: String, head: [SearchHit])
    case spellingSuggested(text: String, suggestion: String?)
    case rawTextLoaded(ArticleSummary, Result<String, LoadFailure>)
    case saveFailed(LoadFailure)
    /// Time to look for changes made outside this reader.
    case checkForOutsideChanges
    case generationRead(Int)
    case syncStarted
    case syncProgress(Double)
    case syncFinished(error: String?)
    /// Save the reading record now (quitting, a signal).
    case save
    /// Show a message on the status line until the next key.
    case message(String)
    /// Add to the messages log; an error or warning also holds the status line until the next key.
    case logged(MessageLog.Entry)
    /// The exports the last sync could not read, and why (before its `.syncFinished`).
    case syncUnreadable([SyncReport.Unreadable])
    /// How writing an article's text to a file went.
    case saveAnswered(SaveRequest, SaveOutcome)
    /// How a program the reader started (a browser, a piped command) went.
    case ran(ExternalRun)
    /// Nothing is waiting: show the selected article in the pane if it is not (`ReaderLogic.wantsPreview`).
    case preview
}
