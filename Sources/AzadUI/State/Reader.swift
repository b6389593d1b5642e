import AzadCore
import Foundation

/// The reader's logic: takes keys, mouse events and sync reports, changes `state`, and says what
/// the app must do. No terminal in sight, so every key is tested on its own.
public final class Reader {
    public internal(set) var state = ReaderState()
    /// A line of the open article to scroll to once it is laid out (`scrollWhenLaidOut`).
    var pendingScroll: Int?
    public let library: any ArticleLibrary
    public let memory: any ReadingMemory
    public var keymap: Keymap
    /// Theme names `t` cycles through.
    public var themes: [String]
    /// How many search results the list shows at most.
    public var searchLimit = 500
    /// Whether searches are left to the app to run off the main thread (`state.searching` names the
    /// one wanted, `searchFinished(text:hits:)` brings its results), so that no key waits for one.
    /// Otherwise each search runs at once, as the tests drive the reader.
    public var searchesInBackground = false
    /// Two presses this close (seconds) on one row are a double click.
    public var doubleClickInterval = 0.4

    private var lastPress: MouseEvent?
    /// What was remembered, between `start(firstRows:)` and `finishLoading()`.
    private var pendingRecord: ReadingRecord?
    /// The theme chosen on the command line (`--theme`): nothing remembered overrides it.
    private var explicitTheme: String?
    /// The theme last chosen with `t`, the only one remembered: a `--theme` for one run or the
    /// configuration's theme is never saved, so changing either takes effect next time.
    private var rememberedTheme: String?
    private var dragStartLine: Int?
    /// The last search's results (unfiltered), by the text the library ran: the language filter and
    /// redraws reuse them instead of searching again.
    private var searchResults: (text: String, rows: [ArticleSummary])?
    /// What the list does when awaited results come: go to the first row (a new query), or keep the
    /// selected article (the same query after a sync).
    private var selectionAfterSearch: SelectionAfterSearch = .first
    /// Whether the results awaited are the ones Enter kept, to be announced on the status line.
    private var announceResults = false
    /// The library's generation when the list was last read (`checkForOutsideChanges`).
    private var seenGeneration = 0

    private enum SelectionAfterSearch {
        case first
        case keep(Int64?)
    }

    public init(
        library: any ArticleLibrary, memory: any ReadingMemory, keymap: Keymap = Keymap(),
        themes: [String] = ["default"], width: Int = 80, height: Int = 24,
        layoutOptions: LayoutOptions = LayoutOptions()
    ) {
        self.library = library
        self.memory = memory
        self.keymap = keymap
        self.themes = themes.isEmpty ? ["default"] : themes
        state.width = width
        state.height = height
        state.layoutOptions = layoutOptions
    }

    // MARK: Start and stop

    /// Loads the list and what was remembered; reopens the last article where it was left.
    public func start() {
        start(firstRows: nil)
        finishLoading()
    }

    /// Loads what was remembered and, with `firstRows`, only the newest that many articles: enough to
    /// draw the first frame at once. `finishLoading()` then reads the rest and reopens the last
    /// article; until then the counts come from the library's count.
    public func start(firstRows: Int?) {
        let record = memory.load()
        state.read = record.read
        state.starred = record.starred
        if let remembered = record.mastheadLanguage.flatMap(MastheadLanguage.init(rawValue:)) {
            state.masthead = remembered
        }
        if let theme = record.theme, themes.contains(theme) {
            rememberedTheme = theme
            if explicitTheme == nil { state.themeName = theme }
        }
        pendingRecord = record
        if let firstRows {
            seenGeneration = library.generation()
            do {
                state.summaries = try library.summaries(limit: firstRows)
                state.pendingTotal = try library.count()
            } catch {
                state.message = "could not read the cache: \(error)"
            }
            refreshRows(keeping: nil)
            reopenLast()
        }
    }

    /// Reads every article after a partial `start(firstRows:)`, keeping the selection; reopens the
    /// last article if the first rows did not hold it.
    public func finishLoading() {
        guard pendingRecord != nil else { return }
        state.pendingTotal = nil
        reloadSummaries()
        if state.opened == nil { reopenLast() }
        pendingRecord = nil
    }

    /// Opens the article open when the reader last quit, at its scroll position, if it is listed.
    private func reopenLast() {
        guard let record = pendingRecord, let last = record.lastArticle,
            let row = state.rows.firstIndex(where: { $0.id == last })
        else { return }
        state.list.select(row)
        open(row: row, focus: .list)
        scrollWhenLaidOut(to: record.lastScroll)
    }

    /// The configuration's theme: the theme last chosen with `t` (remembered) wins over it.
    public func setTheme(_ name: String) { state.themeName = name }

    /// The command line's theme (`--theme`): wins over the remembered one and the configuration's,
    /// before or after `start()`.
    public func overrideTheme(_ name: String) {
        explicitTheme = name
        state.themeName = name
    }

    /// The masthead language when none is remembered (the configuration's); call before `start()`.
    public func setDefaultMasthead(_ language: MastheadLanguage) { state.masthead = language }

    /// What to remember for next time.
    public var record: ReadingRecord {
        var record = ReadingRecord()
        record.read = state.read
        record.starred = state.starred
        record.lastArticle = state.opened?.summary.id
        record.lastScroll = state.opened?.scroll.top ?? 0
        record.mastheadLanguage = state.masthead.rawValue
        record.theme = rememberedTheme
        return record
    }

    /// Saves the record; a failure becomes a status message, never a crash.
    public func save() {
        do { try memory.save(record) } catch { state.message = "could not save reading state: \(error)" }
    }

    private func reloadSummaries() {
        // Read before the summaries: a change made meanwhile is then seen at the next check.
        seenGeneration = library.generation()
        do {
            state.summaries = try library.summaries()
        } catch {
            state.message = "could not read the cache: \(error)"
        }
        // The library changed: a search must be run again.
        searchResults = nil
        refreshRows(keeping: state.selectedSummary?.id)
    }

    /// Rebuilds the list from the summaries or the search results, under the language filter.
    ///
    /// When the query's results are not at hand and searches run in the background, the list keeps
    /// its rows and `state.searching` asks for them; `searchFinished` then rebuilds it, with the
    /// selection on the first row or on `id` as `selectionAfterSearch` says.
    private func refreshRows(keeping id: Int64?, first: Bool = false) {
        var rows: [ArticleSummary]
        if let query = state.query, !query.isEmpty {
            let text = Reader.searchText(for: query)
            if let searchResults, searchResults.text == text {
                state.searching = nil
                rows = searchResults.rows
            } else if searchesInBackground {
                state.searching = text
                selectionAfterSearch = first ? .first : .keep(id)
                return
            } else {
                do {
                    rows = try library.search(text, limit: searchLimit).map(\.summary)
                } catch {
                    rows = []
                    state.message = "search: \(error)"
                }
                searchResults = (text, rows)
            }
        } else {
            state.searching = nil
            announceResults = false
            rows = state.summaries
        }
        // Unfiltered, the rows share the summaries' storage: 20,000 of them are 2 MB a copy.
        state.rows = state.filter == .all ? rows : rows.filter { state.filter.accepts($0.language) }
        state.list.resize(count: state.rows.count, viewport: max(1, state.layout.list.height))
        if first {
            state.list.first()
        } else if let id, let row = state.rows.firstIndex(where: { $0.id == id }) {
            state.list.select(row)
        } else {
            state.list.select(state.list.selected)
        }
        if announceResults, state.query != nil {
            announceResults = false
            state.message = "\(state.rows.count) results: Enter opens, n/N jump to matches"
        }
    }

    /// The results of the background search `text` (`state.searching`); results of a search the
    /// typing has gone past are dropped.
    public func searchFinished(text: String, hits: Result<[SearchHit], SearchFailure>) {
        guard text == state.searching else { return }
        switch hits {
        case .success(let hits): searchResults = (text, hits.map(\.summary))
        case .failure(let failure):
            searchResults = (text, [])
            state.message = "search: \(failure.message)"
        }
        switch selectionAfterSearch {
        case .first: refreshRows(keeping: nil, first: true)
        case .keep(let id): refreshRows(keeping: id)
        }
    }

    // MARK: Sizes

    public func resize(width: Int, height: Int) {
        state.width = max(1, width)
        state.height = max(1, height)
        fitToLayout()
    }

    /// Re-lays out what depends on the size, keeping each view's place.
    private func fitToLayout() {
        refreshMasthead()
        let layout = state.layout
        state.list.resize(viewport: max(1, layout.list.height))
        if var opened = state.opened {
            let width = max(1, layout.paneTextWidth)
            if width != opened.layoutWidth {
                let anchor = opened.lines.indices.contains(opened.scroll.top) ? opened.lines[opened.scroll.top] : nil
                opened.lines = []
                opened.matchLines = []
                opened.laidOutBlocks = 0
                opened.layoutWidth = width
                opened.scroll.resize(count: 0, viewport: max(1, layout.pane.height))
                // Again a slice at a time: through the block that was on top, then the next screens
                // (`fillPane`); the matches are counted whole again when one is asked for.
                Self.layOut(
                    &opened, options: state.layoutOptions, bytes: Self.layoutSliceBytes, through: anchor?.blockIndex)
                // Keep the line that was on top: the same block at the same logical position, with the
                // screens below it laid out so that the scroll can reach it.
                if let anchor, anchor.blockIndex != nil,
                    let row = opened.lines.firstIndex(where: {
                        $0.blockIndex == anchor.blockIndex
                            && $0.line.logicalRange.upperBound > anchor.line.logicalRange.lowerBound
                    })
                {
                    while !opened.isComplete && opened.lines.count < row + 2 * opened.scroll.viewport + 1 {
                        Self.layOut(&opened, options: state.layoutOptions, bytes: Self.layoutSliceBytes)
                    }
                    opened.scroll.scroll(to: row)
                }
                state.selection = nil
                if state.mode == .select { state.mode = .browse }
            }
            opened.scroll.resize(count: opened.lines.count, viewport: max(1, layout.pane.height))
            state.opened = opened
        }
        fillPane()
        state.help.resize(count: HelpView.lines(keymap: keymap).count, viewport: max(1, layout.body.height))
        if var raw = state.raw {
            let width = max(1, layout.body.width - 2)
            if width != raw.layoutWidth {
                raw.lines = Reader.layoutRaw(raw.source, width: width, options: state.layoutOptions)
                raw.layoutWidth = width
            }
            raw.scroll.resize(count: raw.lines.count, viewport: max(1, layout.body.height - 1))
            state.raw = raw
        }
    }

    /// Lays the masthead out for the width: full on tall terminals, one row on short ones; its section
    /// line names the open article's section.
    private func refreshMasthead() {
        let language: Masthead.Language = state.masthead == .persian ? .fa : .en
        guard state.height >= ScreenLayout.fullMastheadHeight, state.width >= ScreenLayout.minimumWidth else {
            state.mastheadRows = [
                Masthead.compactRow(language: language, width: max(1, state.width), options: state.layoutOptions)
            ]
            return
        }
        var section = Masthead.Section.europeanLanguages
        if let article = state.opened?.article, LanguageFilter.european.accepts(article.language) == false {
            section = Masthead.Section(english: "", persian: article.section ?? "")
        }
        state.mastheadRows = Masthead.rows(
            language: language, width: state.width, options: state.layoutOptions, section: section)
    }

    // MARK: Background sync

    public func syncStarted() {
        state.syncProgress = 0
    }

    public func syncProgress(_ fraction: Double) {
        state.syncProgress = min(1, max(0, fraction))
    }

    /// The sync ended: the list shows what it brought, the selection stays on its article.
    public func syncFinished(error: String?) {
        state.syncProgress = nil
        let before = state.summaries.count
        reloadSummaries()
        if let error {
            state.message = "sync failed: \(error)"
        } else {
            let added = state.summaries.count - before
            state.message = added > 0 ? "sync done: \(added) new" : "sync done"
        }
    }

    /// Reloads the list when another process (an `azad sync`, another reader) changed the library
    /// since it was last read, keeping the selection; returns whether it did. A sync of this
    /// reader's own reloads when it finishes instead.
    @discardableResult
    public func checkForOutsideChanges() -> Bool {
        guard state.syncProgress == nil, pendingRecord == nil, library.generation() != seenGeneration else {
            return false
        }
        let before = state.summaries.count
        reloadSummaries()
        let added = state.summaries.count - before
        state.message = added > 0 ? "the cache changed: \(added) new" : "the cache changed"
        return true
    }

    // MARK: Keys

    /// Runs the operation bound to `key` in the current mode.
    @discardableResult
    public func handle(_ key: Key) -> Effect {
        state.message = nil
        switch state.mode {
        case .searchPrompt: return handlePrompt(key)
        case .help: return handleHelp(key)
        case .raw: return handleRaw(key)
        case .select, .browse:
            guard let operation = keymap.operation(for: key) else { return .none }
            return perform(operation)
        }
    }

    /// Runs one operation, as if its key had been pressed.
    @discardableResult
    public func perform(_ operation: Operation) -> Effect {
        // The end of the article needs all of it; any other move, the next screens.
        if operation == .bottom && state.focus == .reader { completeLayout() } else { fillPane() }
        defer { fillPane() }
        if state.mode == .select { return performInSelection(operation) }
        switch operation {
        case .down, .up, .pageDown, .pageUp, .top, .bottom: move(operation)
        case .open:
            if state.focus == .list, !state.rows.isEmpty { open(row: state.list.selected, focus: .reader) }
        case .switchPane:
            if state.focus == .list, state.opened != nil || state.selectedSummary != nil {
                if state.opened == nil { open(row: state.list.selected, focus: .reader) }
                state.focus = .reader
            } else {
                state.focus = .list
            }
            fitToLayout()
        case .nextArticle: step(by: 1)
        case .previousArticle: step(by: -1)
        case .readingPaneOnly:
            state.paneOnly.toggle()
            if state.paneOnly {
                if state.opened == nil, !state.rows.isEmpty { open(row: state.list.selected, focus: .reader) }
                state.focus = .reader
            }
            fitToLayout()
        case .search:
            state.mode = .searchPrompt
            state.prompt = state.query ?? ""
        case .back: back(quitting: false)
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .toggleMasthead:
            state.masthead = state.masthead == .persian ? .english : .persian
            fitToLayout()
            save()
        case .languageFilter:
            state.filter = state.filter.next
            refreshRows(keeping: state.selectedSummary?.id)
        case .startSelection: startSelection()
        case .nextParagraph, .previousParagraph, .copyQuote:
            state.message = "press v in the reading pane to start a selection first"
        case .nextTheme:
            let index = themes.firstIndex(of: state.themeName) ?? -1
            state.themeName = themes[(index + 1) % themes.count]
            rememberedTheme = state.themeName
            state.message = "theme: \(state.themeName)"
            save()
            return .theme(state.themeName)
        case .sync:
            if state.syncProgress != nil {
                state.message = "a sync is already running"
                return .none
            }
            state.syncProgress = 0
            return .sync
        case .toggleRead:
            guard let id = targetID else { return .none }
            state.setRead(id, !state.read.contains(id))
            save()
        case .toggleStar:
            guard let id = targetID else { return .none }
            if state.starred.contains(id) { state.starred.remove(id) } else { state.starred.insert(id) }
            save()
        case .raw: openRaw()
        case .help:
            state.mode = .help
            state.help = ListMovement(count: HelpView.lines(keymap: keymap).count, viewport: state.layout.body.height)
        case .quit:
            return back(quitting: true)
        }
        return .none
    }

    /// The article `u` and `s` act on: the open one in the pane, the selected one in the list.
    private var targetID: Int64? {
        state.focus == .reader ? (state.opened?.summary.id ?? state.selectedSummary?.id) : state.selectedSummary?.id
    }

    /// Moves whatever has the keyboard: the list's selection, or the pane's scroll.
    private func move(_ operation: Operation) {
        if state.focus == .reader, var scroll = state.opened?.scroll {
            let page = max(1, scroll.viewport - 1)
            switch operation {
            case .down: scroll.scroll(by: 1)
            case .up: scroll.scroll(by: -1)
            case .pageDown: scroll.scroll(by: page)
            case .pageUp: scroll.scroll(by: -page)
            case .top: scroll.scroll(to: 0)
            default: scroll.scroll(to: scroll.maxTop)
            }
            state.opened?.scroll = scroll
            return
        }
        switch operation {
        case .down: state.list.down()
        case .up: state.list.up()
        case .pageDown: state.list.pageDown()
        case .pageUp: state.list.pageUp()
        case .top: state.list.first()
        default: state.list.last()
        }
    }

    private func step(by delta: Int) {
        guard !state.rows.isEmpty else { return }
        let current = state.opened.flatMap { opened in state.rows.firstIndex { $0.id == opened.summary.id } }
        let row = (current ?? state.list.selected) + delta
        guard state.rows.indices.contains(row) else {
            state.message = delta > 0 ? "this is the last article" : "this is the first article"
            return
        }
        state.list.select(row)
        open(row: row, focus: state.focus == .list && state.opened == nil ? .reader : state.focus)
    }

    /// Opens the article on `row` in the reading pane and marks it read.
    func open(row: Int, focus: Pane) {
        guard state.rows.indices.contains(row) else { return }
        pendingScroll = nil
        let summary = state.rows[row]
        let article: Article?
        do { article = try library.article(id: summary.id) } catch {
            state.message = "could not open \(summary.path): \(error)"
            return
        }
        guard let article else {
            state.message = "\(summary.path) is no longer in the cache"
            return
        }
        state.focus = focus
        state.selection = nil
        let layout = state.layout
        let width = max(1, layout.paneTextWidth)
        let ranges = state.query.map { library.matchRanges(of: Reader.searchText(for: $0), in: article) } ?? [:]
        // Only what fills the pane is laid out now; the rest a slice at a time (Reader+Layout.swift).
        state.opened = OpenArticle(
            summary: summary, article: article, lines: [], layoutWidth: width,
            scroll: ListMovement(count: 0, viewport: max(1, layout.pane.height)), matchRanges: ranges,
            matchLines: [], currentMatch: nil)
        Self.layOut(&state.opened!, options: state.layoutOptions, bytes: Self.layoutSliceBytes)
        fillPane()
        state.setRead(summary.id, true)
        fitToLayout()
        if state.query != nil, state.opened?.matchRanges.isEmpty == false { jumpToMatch(forward: true) }
        save()
    }

    /// The query as the library runs it: the last word, when it ends in a letter or digit outside
    /// quotes, is a prefix, so results appear while a word is still being typed (`ferr` finds "ferry").
    /// A word of one letter is searched as itself: as a prefix it would match most of an archive,
    /// and ranking 20,000 matches takes longer than the next key takes to come.
    static func searchText(for query: String) -> String {
        let quotes = query.filter { $0 == "\"" }.count
        guard let last = query.last,
            last.isLetter || last.isNumber
                || last.unicodeScalars.allSatisfy({
                    $0.properties.generalCategory == .nonspacingMark
                }), quotes % 2 == 0,
            query.split(whereSeparator: { $0.isWhitespace || $0 == "\"" }).last.map({ $0.count >= 2 }) == true
        else { return query }
        return query + "*"
    }

    /// The lines that hold a match, in order.
    static func matchLines(_ lines: [ArticleLine], ranges: [Int: [Range<String.Index>]], from first: Int = 0) -> [Int] {
        guard !ranges.isEmpty else { return [] }
        return lines.indices[min(first, lines.count)...].filter { index in
            guard let block = lines[index].blockIndex, let blockRanges = ranges[block] else { return false }
            return lines[index].line.sourceIndices.contains { source in blockRanges.contains { $0.contains(source) } }
        }
    }

    private func jumpToMatch(forward: Bool) {
        // Matches are counted and visited over the whole article.
        completeLayout()
        guard var opened = state.opened else { return }
        guard !opened.matchLines.isEmpty else {
            state.message = state.query == nil ? "no search: press / first" : "no match in this article"
            return
        }
        let count = opened.matchLines.count
        let next: Int
        if let current = opened.currentMatch {
            next = (current + (forward ? 1 : count - 1)) % count
        } else {
            next = forward ? 0 : count - 1
        }
        opened.currentMatch = next
        // Leave a few lines of context above the match.
        opened.scroll.scroll(to: opened.matchLines[next] - min(3, opened.scroll.viewport / 3))
        state.opened = opened
        state.focus = .reader
        state.message = "match \(next + 1) of \(count)"
    }

    /// `Esc` and `q`: close what is on top, and quit (for `q`) when nothing is left to close.
    @discardableResult
    private func back(quitting: Bool) -> Effect {
        if state.mode == .select {
            state.mode = .browse
            state.selection = nil
        } else if state.paneOnly {
            state.paneOnly = false
            state.focus = .list
            fitToLayout()
        } else if state.focus == .reader {
            state.focus = .list
            fitToLayout()
        } else if state.query != nil || state.filter != .all && !quitting {
            state.query = nil
            state.prompt = ""
            if !quitting { state.filter = .all }
            refreshRows(keeping: state.selectedSummary?.id)
            clearMatches()
        } else if quitting {
            save()
            return .quit
        }
        return .none
    }

    private func clearMatches() {
        guard var opened = state.opened else { return }
        opened.matchRanges = [:]
        opened.matchLines = []
        opened.currentMatch = nil
        state.opened = opened
    }

    // MARK: Search prompt

    private func handlePrompt(_ key: Key) -> Effect {
        switch key {
        case .enter:
            state.mode = .browse
            let query = state.prompt.trimmingCharacters(in: .whitespaces)
            state.query = query.isEmpty ? nil : query
            announceResults = state.query != nil
            refreshRows(keeping: nil, first: true)
            return .none
        case .escape:
            state.mode = .browse
            state.prompt = ""
            state.query = nil
            refreshRows(keeping: state.selectedSummary?.id)
            clearMatches()
            return .none
        case .backspace, .delete:
            if !state.prompt.isEmpty { state.prompt.removeLast() }
        case .control("u"):
            state.prompt = ""
        case .down:
            state.list.down()
            return .none
        case .up:
            state.list.up()
            return .none
        case .character(let character):
            state.prompt.append(character)
        default:
            return .none
        }
        // Results follow the query as it is typed.
        let query = state.prompt.trimmingCharacters(in: .whitespaces)
        state.query = query.isEmpty ? nil : query
        refreshRows(keeping: nil, first: true)
        return .none
    }

    // MARK: Help and raw views

    private func handleHelp(_ key: Key) -> Effect {
        let operation = keymap.operation(for: key)
        switch operation {
        case .down: state.help.scroll(by: 1)
        case .up: state.help.scroll(by: -1)
        case .pageDown: state.help.scroll(by: state.help.viewport - 1)
        case .pageUp: state.help.scroll(by: -(state.help.viewport - 1))
        case .top: state.help.scroll(to: 0)
        case .bottom: state.help.scroll(to: state.help.maxTop)
        case .quit, .back, .help: state.mode = .browse
        default: break
        }
        return .none
    }

    private func openRaw() {
        guard let summary = state.opened?.summary ?? state.selectedSummary else { return }
        let text: String
        do { text = try library.rawText(of: summary) } catch {
            state.message = "could not read \(summary.path): \(error)"
            return
        }
        let layout = ScreenLayout(width: state.width, height: state.height, paneOnly: true)
        let width = max(1, layout.body.width - 2)
        let lines = Reader.layoutRaw(text, width: width, options: state.layoutOptions)
        state.raw = RawText(
            title: summary.path, source: text, lines: lines, layoutWidth: width,
            scroll: ListMovement(count: lines.count, viewport: max(1, layout.body.height - 1)))
        state.mode = .raw
    }

    /// The raw text line by line as the file has it (page breaks shown as a rule), each line wrapped.
    static func layoutRaw(_ text: String, width: Int, options: LayoutOptions) -> [VisualLine] {
        var result: [VisualLine] = []
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let pieces = line.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 {
                    let rule = String(repeating: "╌", count: width)
                    result.append(
                        VisualLine(
                            text: rule, width: width, isRightToLeft: false,
                            logicalRange: rule.startIndex..<rule.endIndex,
                            sourceIndices: Array(rule.indices)))
                }
                result += ParagraphLayout.lines(String(piece), width: width, options: options)
            }
        }
        return result
    }

    private func handleRaw(_ key: Key) -> Effect {
        guard var raw = state.raw else {
            state.mode = .browse
            return .none
        }
        switch keymap.operation(for: key) {
        case .down: raw.scroll.scroll(by: 1)
        case .up: raw.scroll.scroll(by: -1)
        case .pageDown: raw.scroll.scroll(by: raw.scroll.viewport - 1)
        case .pageUp: raw.scroll.scroll(by: -(raw.scroll.viewport - 1))
        case .top: raw.scroll.scroll(to: 0)
        case .bottom: raw.scroll.scroll(to: raw.scroll.maxTop)
        case .quit, .back, .raw:
            state.mode = .browse
            state.raw = nil
            return .none
        default: break
        }
        state.raw = raw
        return .none
    }

    // MARK: Quote selection

    private func startSelection() {
        guard let opened = state.opened, state.focus == .reader || state.paneOnly || state.layout.isSideBySide
        else {
            state.message = "open an article first: v selects in the reading pane"
            return
        }
        // Start on the first visible line of the body (header lines are the quote's attribution).
        let visible = opened.scroll.top..<min(opened.lines.count, opened.scroll.top + opened.scroll.viewport)
        let first =
            visible.first { opened.lines[$0].blockIndex != nil && opened.lines[$0].style != .blank }
            ?? visible.first { opened.lines[$0].style != .blank } ?? opened.scroll.top
        state.selection = Selection(anchor: first, cursor: first)
        state.focus = .reader
        state.mode = .select
        state.message = "selecting: j/k, PgDn/PgUp, { } extend; y copies; Esc cancels"
    }

    private func performInSelection(_ operation: Operation) -> Effect {
        guard var selection = state.selection, var opened = state.opened else {
            state.mode = .browse
            return .none
        }
        let last = max(0, opened.lines.count - 1)
        switch operation {
        case .down: selection.cursor = min(last, selection.cursor + 1)
        case .up: selection.cursor = max(0, selection.cursor - 1)
        case .pageDown: selection.cursor = min(last, selection.cursor + max(1, opened.scroll.viewport - 1))
        case .pageUp: selection.cursor = max(0, selection.cursor - max(1, opened.scroll.viewport - 1))
        case .top: selection.cursor = 0
        case .bottom: selection.cursor = last
        case .nextParagraph:
            selection.cursor = Reader.paragraphEdge(in: opened.lines, from: selection.cursor, forward: true)
        case .previousParagraph:
            selection.cursor = Reader.paragraphEdge(in: opened.lines, from: selection.cursor, forward: false)
        case .copyQuote:
            let request = Reader.quote(selection: selection, in: opened)
            state.mode = .browse
            state.selection = nil
            guard let request else {
                state.message = "nothing to quote: the selection holds no text"
                return .none
            }
            return .quote(request)
        case .back, .quit, .startSelection:
            state.mode = .browse
            state.selection = nil
            state.message = "selection cancelled"
            return .none
        case .help:
            state.mode = .help
            return .none
        default:
            return .none
        }
        state.selection = selection
        // Keep the moving end in view.
        if selection.cursor < opened.scroll.top {
            opened.scroll.scroll(to: selection.cursor)
        } else if selection.cursor >= opened.scroll.top + opened.scroll.viewport {
            opened.scroll.scroll(to: selection.cursor - opened.scroll.viewport + 1)
        }
        state.opened = opened
        return .none
    }

    /// The last line of the next paragraph (or the first line of the previous one) from the line
    /// `from`: header lines and blank lines are stepped over, since only blocks can be quoted.
    static func paragraphEdge(in lines: [ArticleLine], from: Int, forward: Bool) -> Int {
        guard !lines.isEmpty else { return 0 }
        let step = forward ? 1 : -1
        var index = min(max(0, from), lines.count - 1)
        let current = lines[index].blockIndex
        // Leave the current block.
        while let current, lines.indices.contains(index + step), lines[index + step].blockIndex == current {
            index += step
        }
        var next = index + step
        while lines.indices.contains(next), lines[next].blockIndex == nil || lines[next].style == .blank {
            next += step
        }
        guard lines.indices.contains(next), let block = lines[next].blockIndex else { return index }
        while lines.indices.contains(next + step), lines[next + step].blockIndex == block { next += step }
        return next
    }

    // MARK: Mouse

    /// Wheel scrolls what is under the pointer, a press selects, two presses on one row open,
    /// a drag in the reading pane selects lines for a quote.
    @discardableResult
    public func handle(_ mouse: MouseEvent) -> Effect {
        fillPane()
        defer { fillPane() }
        let layout = state.layout
        if layout.isTooSmall { return .none }
        let inList = layout.list.contains(row: mouse.row, column: mouse.column)
        let inPane = layout.pane.contains(row: mouse.row, column: mouse.column)
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let delta = mouse.kind == .wheelUp ? -3 : 3
            switch state.mode {
            case .help: state.help.scroll(by: delta)
            case .raw: state.raw?.scroll.scroll(by: delta)
            default:
                if inList {
                    state.list.scroll(by: delta)
                } else if inPane {
                    state.opened?.scroll.scroll(by: delta)
                }
            }
        case .doubleClick:
            if inList, state.mode == .browse || state.mode == .select {
                let row = state.list.top + mouse.row - layout.list.row
                guard state.rows.indices.contains(row) else { return .none }
                state.mode = .browse
                state.selection = nil
                state.list.select(row)
                open(row: row, focus: .reader)
            }
            lastPress = nil
        case .press:
            defer { lastPress = mouse }
            if state.mode == .help || state.mode == .raw || state.mode == .searchPrompt { return .none }
            if inList {
                let row = state.list.top + mouse.row - layout.list.row
                guard state.rows.indices.contains(row) else { return .none }
                if state.mode == .select {
                    state.mode = .browse
                    state.selection = nil
                }
                state.list.select(row)
                state.focus = .list
                if let last = lastPress, last.row == mouse.row, mouse.time - last.time <= doubleClickInterval,
                    layout.list.contains(row: last.row, column: last.column)
                {
                    open(row: row, focus: .reader)
                    lastPress = nil
                    return .none
                }
            } else if inPane, let opened = state.opened {
                state.focus = .reader
                if state.mode == .select {
                    state.mode = .browse
                    state.selection = nil
                }
                let line = opened.scroll.top + mouse.row - layout.pane.row
                dragStartLine = line < opened.lines.count ? line : nil
            }
        case .drag:
            guard inPane || state.mode == .select, let start = dragStartLine, let opened = state.opened else {
                return .none
            }
            let line = min(
                max(0, opened.scroll.top + mouse.row - layout.pane.row), max(0, opened.lines.count - 1))
            state.selection = Selection(anchor: start, cursor: line)
            state.mode = .select
            state.focus = .reader
            state.message = "selected \(abs(line - start) + 1) lines: y copies, Esc cancels"
        case .release:
            dragStartLine = nil
        }
        return .none
    }
}

extension Reader {
    /// Shows `message` in the status line until the next key.
    public func setMessage(_ message: String) { state.message = message }
}
