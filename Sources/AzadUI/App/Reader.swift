import AzadCore
import Foundation

/// The reader: its logic (`ReaderLogic`) with a library and a reading memory to run the logic's
/// effects against. Each input goes to the logic; each I/O effect it returns is run here and its
/// result goes back to the logic as a message, until only the app's own effects are left.
///
/// Searches are run here too unless `searchesInBackground`: then the app gets `.search` effects to
/// run off the main thread and brings the results back with `searchFinished(text:hits:)`.
public final class Reader {
    public internal(set) var logic: ReaderLogic
    public let library: any ArticleLibrary
    public let memory: any ReadingMemory
    /// Whether `.search` effects go to the app rather than running here.
    public var searchesInBackground = false
    /// How many times the summaries were read: `checkForOutsideChanges()` tells from it whether it reloaded.
    private var summaryReads = 0

    public init(
        library: any ArticleLibrary, memory: any ReadingMemory, keymap: Keymap = Keymap(),
        themes: [String] = ["default"], width: Int = 80, height: Int = 24,
        layoutOptions: LayoutOptions = LayoutOptions()
    ) {
        self.library = library
        self.memory = memory
        logic = ReaderLogic(
            settings: ReaderSettings(keymap: keymap, themes: themes), width: width, height: height,
            layoutOptions: layoutOptions)
    }

    public var state: ReaderState {
        get { logic.state }
        set { logic.state = newValue }
    }

    public var keymap: Keymap {
        get { logic.settings.keymap }
        set { logic.settings.keymap = newValue }
    }

    public var themes: [String] { logic.settings.themes }

    public var searchLimit: Int {
        get { logic.settings.searchLimit }
        set { logic.settings.searchLimit = newValue }
    }

    public var doubleClickInterval: Double {
        get { logic.settings.doubleClickInterval }
        set { logic.settings.doubleClickInterval = newValue }
    }

    /// Applies `message`, running the I/O it leads to; returns the effects left for the app.
    @discardableResult
    public func send(_ message: ReaderMessage) -> [Effect] {
        var queue = logic.update(message)
        var left: [Effect] = []
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if effect.isInputOutput, !(searchesInBackground && isSearch(effect)) {
                if let answer = run(effect) { queue += logic.update(answer) }
            } else {
                left.append(effect)
            }
        }
        return left
    }

    private func isSearch(_ effect: Effect) -> Bool {
        if case .search = effect { return true }
        return false
    }

    /// Runs one I/O effect; returns the message that answers it.
    func run(_ effect: Effect) -> ReaderMessage? {
        switch effect {
        case .loadRecord:
            return .recordLoaded(memory.load())
        case .loadSummaries(let request):
            // The generation first: a change made while the summaries are read shows next time.
            let generation = library.generation()
            summaryReads += 1
            var total: Int?
            // In the list's order: the view restored at start, or the one `sort` asked for.
            let order = logic.state.view.order
            // The whole list a window waits for is taken from its thread; one that failed is read again here.
            if request.limit == nil, let window = logic.state.catalogue.window, window.order == order,
                case .success(let read) = window.full.wait()
            {
                let catalogue = ArticleCatalogue(
                    entries: read.entries, pages: logic.state.catalogue.pages, counted: read.counted)
                return .summariesLoaded(
                    request, LoadedSummaries(generation: read.generation, catalogue: .success(catalogue), total: nil))
            }
            let catalogue = Result {
                let known = logic.state.catalogue.counted
                if let compact = try library.catalogue(order: order, limit: request.limit, known: known) {
                    // A window counts its rows itself.
                    if request.limit != nil, compact.window == nil { total = try? library.count() }
                    return compact
                }
                // Read in part only for the first frame: nothing else takes the rest from such a library.
                let limit = request.reason == .firstFrame ? request.limit : nil
                return ArticleCatalogue(try summaries(order: order, limit: limit, total: &total))
            }.mapError(LoadFailure.init)
            // A window whose list is still on its way and that the new list replaces is read no further:
            // sorts pressed in a row would otherwise read a million ids each, side by side.
            if case .success(let new) = catalogue, let old = logic.state.catalogue.window, old !== new.window {
                old.full.cancel()
            }
            return .summariesLoaded(
                request, LoadedSummaries(generation: generation, catalogue: catalogue, total: total))
        case .loadArticle(let request):
            let result = Result {
                try library.article(id: request.summary.id).map { article in
                    LoadedArticle(
                        article: article,
                        matchRanges: request.searchText.map { library.matchRanges(of: $0, in: article) } ?? [:])
                }
            }.mapError(LoadFailure.init)
            return .articleLoaded(request, result)
        case .search(let text):
            let hits = Result { try library.search(text, limit: logic.settings.searchLimit) }.mapError(
                LoadFailure.init)
            return .searchFinished(text: text, hits: hits)
        case .loadRawText(let summary):
            return .rawTextLoaded(summary, Result { try library.rawText(of: summary) }.mapError(LoadFailure.init))
        case .save(let record):
            do { try memory.save(record) } catch { return .saveFailed(LoadFailure(error)) }
            return nil
        case .checkGeneration:
            return .generationRead(library.generation())
        case .suggestSpelling(let text):
            return .spellingSuggested(text: text, suggestion: library.nearestSpelling(of: text))
        case .saveText(let request):
            return .saveAnswered(request, ArticleFile.save(request, logic.state.translation))
        case .none, .quit, .sync, .theme, .quote, .redraw, .suspend, .openURL, .pipe:
            return nil
        }
    }

    /// The summaries in full, from a library with no compact catalogue.
    private func summaries(order: ListOrder, limit: Int?, total: inout Int?) throws -> [ArticleSummary] {
        if order != .newestFirst {
            if limit != nil { total = try? library.count() }
            return try library.summaries(order: order, limit: limit)
        }
        guard let limit else { return try library.summaries() }
        defer { total = try? library.count() }
        return try library.summaries(limit: limit)
    }

    /// The first effect left for the app, or `.none`.
    private func first(_ message: ReaderMessage) -> Effect { send(message).first ?? .none }
}

extension Reader {
    /// Loads the list and what was remembered; reopens the last article where it was left.
    public func start() {
        start(firstRows: nil)
        finishLoading()
    }

    /// Loads what was remembered and, with `firstRows`, only the newest that many articles: enough to
    /// draw the first frame at once. `finishLoading()` then reads the rest and reopens the last
    /// article; until then the counts come from the library's count.
    public func start(firstRows: Int?) { send(.start(firstRows: firstRows)) }

    /// Reads every article after a partial `start(firstRows:)`, keeping the selection; reopens the
    /// last article if the first rows did not hold it. After a sort or a reload, takes the whole list
    /// of the window they showed (waiting for it).
    public func finishLoading() { send(.finishLoading) }

    /// The configuration's theme: the theme last chosen with `t` (remembered) wins over it.
    public func setTheme(_ name: String) { logic.state.themeName = name }

    /// The command line's theme (`--theme`): wins over the remembered one and the configuration's,
    /// before or after `start()`.
    public func overrideTheme(_ name: String) {
        logic.state.themeChoice.explicit = name
        logic.state.themeName = name
    }

    /// The masthead language when none is remembered (the configuration's); call before `start()`.
    public func setDefaultMasthead(_ language: MastheadLanguage) { logic.state.masthead = language }

    /// What to remember for next time.
    public var record: ReadingRecord { logic.record }

    /// Saves the record; a failure becomes a status message, never a crash.
    public func save() { send(.save) }

    /// Shows `message` in the status line until the next key.
    public func setMessage(_ message: String) { send(.message(message)) }

    public func resize(width: Int, height: Int) { send(.resize(width: width, height: height)) }

    /// Runs the operation bound to `key` in the current context; returns the app's first effect.
    @discardableResult
    public func handle(_ key: Key) -> Effect { first(.key(key)) }

    /// Runs one operation, as if its key had been pressed.
    @discardableResult
    public func perform(_ operation: Operation) -> Effect { first(.perform(operation)) }

    @discardableResult
    public func handle(_ mouse: MouseEvent) -> Effect { first(.mouse(mouse)) }

    /// The results of a background search.
    public func searchFinished(text: String, hits: Result<[SearchHit], LoadFailure>) {
        send(.searchFinished(text: text, hits: hits))
    }

    public func syncStarted() { send(.syncStarted) }
    public func syncProgress(_ fraction: Double) { send(.syncProgress(fraction)) }
    public func syncFinished(error: String?) { send(.syncFinished(error: error)) }

    /// Reloads the list when another process (an `azad sync`, another reader) changed the library
    /// since it was last read, keeping the selection; returns whether it did.
    @discardableResult
    public func checkForOutsideChanges() -> Bool {
        let before = summaryReads
        send(.checkForOutsideChanges)
        return summaryReads != before
    }

    /// Whether the open article still has blocks to lay out.
    public var isLayingOut: Bool { logic.state.opened.map { !$0.isComplete } ?? false }

    /// Lays out the next slice of the open article; false when there was nothing left to lay out.
    @discardableResult
    public func continueLayout() -> Bool { logic.continueLayout() }
}
