import AzadCore

/// Which pane has the keyboard.
public enum Pane: Sendable, Hashable {
    case list
    case reader
}

/// What the keys do right now.
public enum Mode: Sendable, Hashable {
    case browse
    /// Typing a search query; results update as it changes.
    case searchPrompt
    case help
    case raw
    /// A quote selection in the reading pane.
    case select
    /// A line typed for something other than a search: a file name, a command, a yes or no
    /// (`ReaderState.textPrompt`).
    case textPrompt
    /// The messages log (`M`).
    case messages
}

/// The article in the reading pane, laid out for the pane's width.
public struct OpenArticle: Sendable, Hashable {
    public var summary: ArticleSummary
    public var article: Article
    public var lines: ArticleLines
    /// The text width `lines` were laid out for.
    public var layoutWidth: Int
    public var scroll: ListMovement
    /// Per block, where the search matched.
    public var matchRanges: [Int: [Range<String.Index>]]
    /// Every match, in reading order (`matchRanges` as a list): what `n` and `N` step through.
    public var matches: [ArticleMatch] = []
    public var currentMatch: Int?
    /// How many of the article's blocks `lines` holds from the top (a long article is laid out a
    /// slice at a time, its end perhaps first; see `ReaderLogic+Layout.swift`).
    public var laidOutBlocks: Int = 0

    /// Every block is laid out: `lines` and the scroll's count are final.
    public var isComplete: Bool { laidOutBlocks >= article.blocks.count }
}

/// A quote selection: lines from `anchor` to `cursor` (either order), widened to whole `unit`s
/// (`OpenArticle.lines(of:)`); `cursor` is the end that moves.
public struct Selection: Sendable, Hashable {
    public var anchor: Int
    public var cursor: Int
    /// Whole paragraphs (`v`), lines with couplets kept whole (a mouse drag), or lines (`V`).
    public var unit: QuoteSelection.Unit = .block
    public var lines: ClosedRange<Int> { min(anchor, cursor)...max(anchor, cursor) }
}

/// The export file's own text (`R`), line by line.
public struct RawText: Sendable, Hashable {
    public var title: String
    public var source: String
    /// `source` laid out for `layoutWidth` columns.
    public var lines: [VisualLine]
    public var layoutWidth: Int
    public var scroll: ListMovement
}

/// Everything the screen shows, as a value: views draw it, actions change it.
public struct ReaderState: Sendable, Hashable {
    public var width: Int = 80
    public var height: Int = 24
    /// Every article in the list's order, as ids and languages (summaries are read for the rows shown).
    public var catalogue = ArticleCatalogue()
    /// While only the newest articles are loaded (the first frame), how many there are in all.
    public var pendingTotal: Int?
    public var filter: LanguageFilter = .all
    /// Which articles the list shows (all, unread, starred) and their order.
    public var view = ListView()
    /// The read and star changes `undo` takes back, newest last.
    public var undo = MarkUndo()
    /// The article last asked for as a preview: one that failed to load is not asked for again.
    public var previewTried: PreviewKey?
    /// The open article and the search its matches are for.
    public var shown: PreviewKey?
    /// The query being typed at the search prompt (`searchPrompt.line.text`).
    public var prompt: String {
        get { searchPrompt.line.text }
        set { searchPrompt.line = PromptLine(newValue) }
    }
    /// The search prompt: which search, the line being edited, and what `Esc` goes back to.
    public var searchPrompt = SearchPrompt()
    /// The queries searched before, per kind of search, newest first.
    public var history = SearchHistory()
    /// The query whose results the list shows; nil for the full list.
    public var query: String?
    /// The search (as the library runs it) whose results are awaited: the list keeps its rows until
    /// they come.
    public var searching: String?
    /// The last search's results, and what the list does when awaited ones come.
    public var search = SearchSession()
    /// The list as shown: the filtered articles or the filtered search results.
    public var rows = ListRows() {
        didSet { unreadRows = Self.countUnread(rows, readIDs) }
    }
    public var list = ListMovement()
    /// The article the selection was on when the list became a `ListWindow` that does not hold it at
    /// either end: the selection waits on the first row and goes back to the article once the whole
    /// list lands, unless a key is pressed meanwhile (which leaves the selection where the key put it).
    public var awaitedSelection: Int64?
    public var focus: Pane = .list
    public var paneOnly = false
    public var mode: Mode = .browse
    public var opened: OpenArticle?
    public var help = ListMovement()
    public var raw: RawText?
    public var selection: Selection?
    /// The articles marked read. Setting it counts `unreadRows` again; `setRead(_:_:)` changes one
    /// article without counting.
    public var read: Set<Int64> {
        get { readIDs }
        set {
            readIDs = newValue
            unreadRows = Self.countUnread(rows, readIDs)
        }
    }
    private var readIDs: Set<Int64> = []
    /// How many of `rows` are not read, kept as either changes rather than counted: the status line
    /// shows it on every frame.
    public private(set) var unreadRows = 0
    public var starred: Set<Int64> = []
    public var masthead: MastheadLanguage = .persian
    /// The masthead is hidden (`hide-masthead`): the body takes its rows.
    public var mastheadHidden = false
    /// The reading pane's widest text block in columns, centred in a wider pane; 0 for the whole pane.
    public var readingWidth = 80
    /// Which edge the screen is laid out from: right to left puts the list on the right of the
    /// divider and lays the status line and help out from the right.
    public var direction: ParagraphDirection = .leftToRight
    /// The paragraph direction of the interface's own text (status line, help, list header): a
    /// right-to-left layout lays it out as right-to-left paragraphs; a left-to-right one leaves each
    /// text its own direction (nil: from its first strong character).
    public var textDirection: ParagraphDirection? { direction == .rightToLeft ? .rightToLeft : nil }
    /// The help screen's search (`/` in help).
    public var helpSearch = HelpSearch()
    /// Whether an unknown key has already shown the hint to press `?` (once per run).
    public var helpHinted = false
    /// The masthead laid out for the current width: its full form on tall terminals, else one row.
    public var mastheadRows: [MastheadRow] = []
    public var themeName: String = "default"
    /// Where `themeName` came from, and the theme to remember.
    public var themeChoice = ThemeChoice()
    /// Sync progress from 0 to 1 while a sync runs.
    public var syncProgress: Double?
    /// A one-off message for the status line (cleared by the next key).
    public var message: String?
    public var layoutOptions = LayoutOptions()
    /// The language the interface speaks.
    public var translation: Translation = .english
    /// What start-up is restoring, until the whole list is loaded.
    public var startUp = StartUp()
    /// The library's generation when the list was last read: a different one means another process
    /// changed it.
    public var seenGeneration = 0
    /// A line of the open article to scroll to once it is laid out (`ReaderLogic.continueLayout()`).
    public var pendingScroll: Int?
    /// The last press and the start of a drag, for double clicks and quote selections by mouse.
    public var mouse = MouseTracking()
    /// The text prompt while `mode` is `.textPrompt`.
    public var textPrompt: TextPrompt?
    /// This run's warnings and errors, and whether an error holds the status line.
    public var log = MessageLog()

    public init() {}

    /// Where everything goes at the current size.
    public var layout: ScreenLayout {
        var layout = ScreenLayout(
            width: width, height: height, paneOnly: paneOnly || mode == .help || mode == .raw || mode == .messages,
            mastheadRows: shownMastheadRows, direction: direction)
        // Stacked on a short terminal there is no room for both: show the pane that has the keyboard.
        if !layout.isTooSmall, !layout.isSideBySide, !paneOnly, layout.body.height < 10 {
            layout = ScreenLayout(
                width: width, height: height, paneOnly: focus == .reader, listOnly: focus == .list,
                mastheadRows: shownMastheadRows, direction: direction)
        }
        layout.readingWidth = readingWidth
        return layout
    }

    /// Rows the masthead takes: none while hidden, else at least one.
    var shownMastheadRows: Int { mastheadHidden ? 0 : max(1, mastheadRows.count) }

    /// Marks article `id` read or unread, keeping `unreadRows` without counting the rows again.
    public mutating func setRead(_ id: Int64, _ isRead: Bool) {
        let changed = isRead ? readIDs.insert(id).inserted : readIDs.remove(id) != nil
        guard changed else { return }
        // The row in question is nearly always the selected one; only otherwise are the rows searched.
        let isRow = selectedID == id || rows.shows(id)
        if isRow { unreadRows += isRead ? -1 : 1 }
    }

    private static func countUnread(_ rows: ListRows, _ read: Set<Int64>) -> Int { rows.unread(given: read) }

    /// The selected row's article, if any.
    public var selectedSummary: ArticleSummary? {
        rows.indices.contains(list.selected) ? rows[list.selected] : nil
    }

    /// The selected row's article id, if any, without reading its summary.
    public var selectedID: Int64? {
        rows.indices.contains(list.selected) ? rows.id(at: list.selected) : nil
    }
}
