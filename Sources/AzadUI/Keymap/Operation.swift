/// Everything the reader can do from the keyboard: the one table behind default keys, the help
/// screen and key bindings in the configuration file; `Operation+Context.swift` says where each
/// operation is valid.
public enum Operation: String, CaseIterable, Sendable, Hashable {
    case down
    case up
    case open
    case switchPane = "switch-pane"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case top
    case bottom
    case nextArticle = "next-article"
    case previousArticle = "previous-article"
    case readingPaneOnly = "reading-pane-only"
    case search
    case find
    case searchArchive = "search-archive"
    case back
    case nextMatch = "next-match"
    case previousMatch = "previous-match"
    case keepSearch = "keep-search"
    case cancelSearch = "cancel-search"
    case deleteBackward = "delete-backward"
    case clearPrompt = "clear-prompt"
    case cursorLeft = "cursor-left"
    case cursorRight = "cursor-right"
    case cursorStart = "cursor-start"
    case cursorEnd = "cursor-end"
    case deleteWord = "delete-word"
    case killToEnd = "kill-to-end"
    case pasteKilled = "paste-killed"
    case historyPrevious = "history-previous"
    case historyNext = "history-next"
    case takeSuggestion = "take-suggestion"
    case toggleMasthead = "toggle-masthead"
    case hideMasthead = "hide-masthead"
    case languageFilter = "language-filter"
    case startSelection = "select"
    case startLineSelection = "select-lines"
    case swapEnds = "swap-ends"
    case nextParagraph = "next-paragraph"
    case previousParagraph = "previous-paragraph"
    case copyQuote = "yank"
    case nextTheme = "next-theme"
    case sync
    case toggleRead = "toggle-read"
    case toggleStar = "toggle-star"
    case nextUnread = "next-unread"
    case previousUnread = "previous-unread"
    case markAllRead = "mark-all-read"
    case undo
    case unreadOnly = "unread-only"
    case starredOnly = "starred-only"
    case sort
    case reverseSort = "reverse-sort"
    case raw
    case openSource = "open-source"
    case saveArticle = "save"
    case pipe
    case messages
    case suspend
    case redraw
    case help
    case quit

    // scripts/i18n extracts every string literal from here to `i18n-extract-end`: the help screen
    // shows the groups' names and the summaries through the catalogs. i18n-extract-begin

    /// Where an operation applies, for the help screen's grouping.
    public enum Group: String, CaseIterable, Sendable {
        case moving = "Moving"
        case reading = "Reading"
        case searching = "Searching"
        case prompt = "At the search prompt"
        case quoting = "Quoting"
        case articles = "Articles"
        case general = "General"
    }

    // i18n-extract-end

    /// The keys bound when the configuration does not rebind the operation.
    public var defaultKeys: [Key] {
        switch self {
        case .down: [.character("j"), .down]
        case .up: [.character("k"), .up]
        case .open: [.enter]
        case .switchPane: [.tab]
        case .pageDown: [.character(" "), .pageDown]
        case .pageUp: [.character("b"), .pageUp]
        case .top: [.character("g"), .home]
        case .bottom: [.character("G"), .end]
        case .nextArticle: [.character("]")]
        case .previousArticle: [.character("[")]
        case .readingPaneOnly: [.character("z")]
        case .search: [.character("/")]
        case .find: [.character("/")]
        case .searchArchive: [.character("\\")]
        case .back: [.escape]
        case .nextMatch: [.character("n")]
        case .previousMatch: [.character("N")]
        case .keepSearch: [.enter]
        case .cancelSearch: [.escape]
        case .deleteBackward: [.backspace, .delete]
        case .clearPrompt: [.control("u")]
        case .cursorLeft: [.left]
        case .cursorRight: [.right]
        case .cursorStart: [.home, .control("a")]
        case .cursorEnd: [.end, .control("e")]
        case .deleteWord: [.control("w"), .metaBackspace]
        case .killToEnd: [.control("k")]
        case .pasteKilled: [.control("y")]
        case .historyPrevious: [.up]
        case .historyNext: [.down]
        case .takeSuggestion: [.tab]
        case .toggleMasthead: [.character("m")]
        case .hideMasthead: [.character("H")]
        case .languageFilter: [.character("l")]
        case .startSelection: [.character("v")]
        case .startLineSelection: [.character("V")]
        case .swapEnds: [.character("o")]
        case .nextParagraph: [.character("}")]
        case .previousParagraph: [.character("{")]
        case .copyQuote: [.character("y")]
        case .nextTheme: [.character("t")]
        case .sync: [.character("r")]
        case .toggleRead: [.character("u")]
        case .toggleStar: [.character("s")]
        case .nextUnread: [.character("J")]
        case .previousUnread: [.character("K")]
        case .markAllRead: [.character("A")]
        case .undo: [.character("U")]
        case .unreadOnly: [.character("F")]
        case .starredOnly: [.character("*")]
        case .sort: [.character("=")]
        case .reverseSort: [.character("~")]
        case .raw: [.character("R")]
        case .openSource: [.character("o")]
        case .saveArticle: [.character("S")]
        case .pipe: [.character("|")]
        case .messages: [.character("M")]
        case .suspend: [.control("z")]
        case .redraw: [.control("l")]
        case .help: [.character("?")]
        case .quit: [.character("q")]
        }
    }

    // i18n-extract-begin

    /// One line for the help screen and the README's key table.
    public var summary: String {
        switch self {
        case .down: "next line or article"
        case .up: "previous line or article"
        case .open: "open the selected article"
        case .switchPane: "switch between the list and the reading pane"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .top: "first article or top of the article"
        case .bottom: "last article or end of the article"
        case .nextArticle: "open the next article"
        case .previousArticle: "open the previous article"
        case .readingPaneOnly: "reading pane alone, or back to list and pane"
        case .search: "search every article as you type (Enter keeps the results)"
        case .find: "find in the open article or in this help (n/N go from match to match)"
        case .searchArchive: "search every article from the reading pane"
        case .back: "back to the full list; cancel a search or a selection"
        case .nextMatch: "next search match in the article"
        case .previousMatch: "previous search match in the article"
        case .keepSearch: "keep the results and leave the prompt"
        case .cancelSearch: "cancel the search"
        case .deleteBackward: "delete the last character of the query"
        case .clearPrompt: "delete the query before the cursor (all of it at the end)"
        case .cursorLeft: "cursor one letter left (right-to-left text: towards its end)"
        case .cursorRight: "cursor one letter right"
        case .cursorStart: "cursor to the start of the query"
        case .cursorEnd: "cursor to the end of the query"
        case .deleteWord: "delete the word before the cursor"
        case .killToEnd: "delete from the cursor to the end"
        case .pasteKilled: "paste what the last delete removed"
        case .historyPrevious: "earlier query of this kind of search (first: the dimmed suggestion)"
        case .historyNext: "later query, back to what was typed"
        case .takeSuggestion: "take the dimmed suggestion or the did-you-mean spelling"
        case .toggleMasthead: "masthead in Persian or English"
        case .hideMasthead: "hide or show the masthead"
        case .languageFilter: "language filter: All, فارسی, پښتو, European languages"
        case .startSelection: "select whole paragraphs to quote, from the reading cursor"
        case .startLineSelection: "select lines to quote, from the reading cursor"
        case .swapEnds: "swap the selection's ends: the other end moves"
        case .nextParagraph: "reading cursor to the next paragraph; extends a selection"
        case .previousParagraph: "reading cursor to the previous paragraph; extends a selection"
        case .copyQuote: "copy the selection to the clipboard file"
        case .nextTheme: "next theme"
        case .sync: "sync the feeds now"
        case .toggleRead: "mark read or unread"
        case .toggleStar: "star or unstar"
        case .nextUnread: "open the next unread article in the list"
        case .previousUnread: "open the previous unread article in the list"
        case .markAllRead: "mark every article in the list as shown read"
        case .undo: "undo the last read or star change (several levels)"
        case .unreadOnly: "show only unread articles, or all again"
        case .starredOnly: "show only starred articles, or all again"
        case .sort: "sort the list by date, title, language or section"
        case .reverseSort: "reverse the list's order"
        case .raw: "the raw export text"
        case .openSource: "open the article's source URL in $BROWSER (else xdg-open)"
        case .saveArticle: "save the open article as text (asks for the file)"
        case .pipe: "pipe the open article's text to a shell command"
        case .messages: "this run's messages: warnings, sync problems, theme and config errors"
        case .suspend: "suspend to the shell (fg comes back)"
        case .redraw: "redraw the screen"
        case .help: "this help"
        case .quit: "back, or quit from the list"
        }
    }

    // i18n-extract-end

    public var group: Group {
        switch self {
        case .down, .up, .open, .switchPane, .pageDown, .pageUp, .top, .bottom: .moving
        case .nextArticle, .previousArticle, .readingPaneOnly, .toggleMasthead, .hideMasthead, .raw: .reading
        case .search, .find, .searchArchive, .back, .nextMatch, .previousMatch, .languageFilter: .searching
        case .keepSearch, .cancelSearch, .deleteBackward, .clearPrompt, .cursorLeft, .cursorRight, .cursorStart,
            .cursorEnd, .deleteWord, .killToEnd, .pasteKilled, .historyPrevious, .historyNext, .takeSuggestion:
            .prompt
        case .startSelection, .startLineSelection, .swapEnds, .nextParagraph, .previousParagraph, .copyQuote:
            .quoting
        case .toggleRead, .toggleStar, .sync, .openSource, .saveArticle, .pipe, .nextUnread, .previousUnread,
            .markAllRead, .undo, .unreadOnly, .starredOnly, .sort, .reverseSort:
            .articles
        case .nextTheme, .redraw, .help, .quit, .messages, .suspend: .general
        }
    }
}
