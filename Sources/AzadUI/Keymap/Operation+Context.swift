/// Where each operation is valid (newsboat's keymap contexts): the reader dispatches a key only in a
/// context its operation names, the help screen says where an operation works, and the keymap
/// refuses a binding that could never run.
extension Operation {
    /// What has the keyboard, one per file of the reader's logic (`ReaderLogic+List.swift`, …).
    public enum Context: String, CaseIterable, Sendable, Hashable, Comparable {
        /// The article list.
        case list
        /// The reading pane.
        case pane
        /// The search prompt, where a printable character types itself.
        case prompt
        /// A quote selection in the reading pane.
        case selection
        /// The help screen.
        case help
        /// The raw export text.
        case raw
        /// The messages log (`M`).
        case messages

        public static func < (lhs: Context, rhs: Context) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The contexts the operation does something in.
    public var contexts: Set<Context> {
        switch self {
        case .down, .up: [.list, .pane, .selection, .help, .raw, .messages]
        case .pageDown, .pageUp, .top, .bottom: [.list, .pane, .selection, .help, .raw, .messages]
        case .open: [.list]
        case .redraw, .suspend: Set(Context.allCases)
        case .back, .quit: [.list, .pane, .selection, .help, .raw, .messages]
        case .messages: [.list, .pane, .messages]
        case .openSource, .saveArticle, .pipe: [.list, .pane]
        case .help: [.list, .pane, .selection, .help]
        case .raw: [.list, .pane, .raw]
        case .startSelection, .startLineSelection, .nextParagraph, .previousParagraph: [.list, .pane, .selection]
        case .swapEnds, .copyQuote: [.selection]
        case .keepSearch, .cancelSearch, .deleteBackward, .clearPrompt, .cursorLeft, .cursorRight, .cursorStart,
            .cursorEnd, .deleteWord, .killToEnd, .pasteKilled, .historyPrevious, .historyNext, .takeSuggestion:
            [.prompt]
        case .search: [.list]
        case .find: [.pane, .help]
        case .searchArchive: [.pane]
        case .nextMatch, .previousMatch: [.list, .pane, .help]
        case .switchPane, .nextArticle, .previousArticle, .readingPaneOnly,
            .toggleMasthead, .hideMasthead, .languageFilter, .nextTheme, .sync, .toggleRead, .toggleStar:
            [.list, .pane]
        case .nextUnread, .previousUnread, .markAllRead, .undo, .unreadOnly, .starredOnly, .sort, .reverseSort:
            [.list, .pane]
        }
    }

    /// Where the operation works, as the help screen says it: empty for an operation that works
    /// where the articles are browsed (the list and the pane), else the contexts it works in.
    public var contextNote: String {
        if contexts.isSuperset(of: [.list, .pane]) { return "" }
        return contexts.sorted().map(\.rawValue).joined(separator: ", ")
    }
}
