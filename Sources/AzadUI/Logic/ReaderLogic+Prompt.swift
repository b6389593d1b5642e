import AzadCore

/// Keys at the search prompt, which edits like readline: a printable character types itself at
/// the caret, the rest go through the keymap (`keep-search`, `cancel-search`, the caret and delete
/// keys, the history). Archive results and the article's matches follow the query as it is typed;
/// `Esc` puts back what the screen showed when the prompt opened.
extension ReaderLogic {
    /// An article of more text than this is searched when `Enter` is pressed, not at each letter.
    static let liveFindBytes = 2_000_000

    /// Opens the prompt for `kind`: empty, with its last query as a suggestion, and the screen
    /// remembered for `Esc`.
    mutating func openPrompt(_ kind: SearchKind) {
        var prompt = SearchPrompt()
        prompt.kind = kind
        let opened = state.opened
        prompt.origin = SearchOrigin(
            query: state.query, searching: state.searching, search: state.search, rows: state.rows,
            list: state.list, focus: state.focus, articleID: opened?.summary.id, paneScroll: opened?.scroll,
            matchRanges: opened?.matchRanges ?? [:], matches: opened?.matches ?? [], currentMatch: opened?.currentMatch)
        state.searchPrompt = prompt
        state.mode = .searchPrompt
    }

    mutating func type(_ character: Character) {
        state.searchPrompt.line.insert(character)
        state.searchPrompt.recalled = nil
        queryChanged()
    }

    mutating func performAtPrompt(_ operation: Operation) {
        switch operation {
        case .keepSearch: keepSearch()
        case .cancelSearch: cancelSearch()
        case .historyPrevious: recall(older: true)
        case .historyNext: recall(older: false)
        case .takeSuggestion: takeSuggestion()
        default: edit(operation)
        }
    }

    /// The caret and delete keys; a change to the text searches again.
    private mutating func edit(_ operation: Operation) {
        var line = state.searchPrompt.line
        switch operation {
        case .cursorLeft: line.move(left: true)
        case .cursorRight: line.move(left: false)
        case .cursorStart: line.moveToStart()
        case .cursorEnd: line.moveToEnd()
        case .deleteBackward: line.deleteBackward()
        case .clearPrompt: line.deleteToStart()
        case .deleteWord: line.deleteWordBackward()
        case .killToEnd: line.deleteToEnd()
        case .pasteKilled: line.paste()
        default: return
        }
        let edited = line.text != state.searchPrompt.line.text
        state.searchPrompt.line = line
        if edited {
            state.searchPrompt.recalled = nil
            queryChanged()
        }
    }

    /// `Up` (older) and `Down` (newer) through the history of this kind of search; `Down` past the
    /// newest gives back what was typed.
    private mutating func recall(older: Bool) {
        let history = state.history[state.searchPrompt.kind]
        let current = state.searchPrompt.recalled
        let next: Int?
        if older {
            guard !history.isEmpty else { return }
            next = current.map { min(history.count - 1, $0 + 1) } ?? 0
            if current == nil { state.searchPrompt.draft = state.searchPrompt.line }
        } else {
            guard let current else { return }
            next = current == 0 ? nil : current - 1
        }
        guard next != current else { return }
        state.searchPrompt.recalled = next
        state.searchPrompt.line = next.map { PromptLine(history[$0]) } ?? state.searchPrompt.draft
        queryChanged()
    }

    /// `Tab`: the dimmed suggestion on an empty line, else the spelling the index suggested.
    private mutating func takeSuggestion() {
        if let suggestion = state.promptSuggestion {
            if suggestion == state.history[state.searchPrompt.kind].first {
                recall(older: true)
            } else {
                state.searchPrompt.line = PromptLine(suggestion)
                queryChanged()
            }
        } else if state.searchPrompt.kind == .archive, let spelling = state.search.didYouMean {
            state.searchPrompt.line = PromptLine(spelling)
            state.searchPrompt.recalled = nil
            queryChanged()
        }
    }

    private mutating func keepSearch() {
        state.mode = .browse
        let text = state.searchPrompt.line.text.trimmingCharacters(in: .whitespaces)
        let kind = state.searchPrompt.kind
        state.searchPrompt.origin = nil
        state.history.add(text, for: kind)
        switch kind {
        case .archive:
            state.query = text.isEmpty ? nil : text
            state.search.announce = state.query != nil
            refreshRows(keeping: nil, first: true)
        case .article:
            find(text, live: false)
            if text.isEmpty {
                state.message = nil
            } else if let opened = state.opened {
                state.message =
                    opened.matches.isEmpty
                    ? state.translation.tr("no match for “{text}” in this article", ["text": text])
                    : state.translation.tr(
                        "match {number} of {count}",
                        ["number": (opened.currentMatch ?? 0) + 1, "count": opened.matches.count])
            }
        }
        if !text.isEmpty { save() }
    }

    /// Closes the prompt and puts back the selection, the list's scroll and rows, the query, and the
    /// pane's scroll and matches as they were when it opened.
    private mutating func cancelSearch() {
        state.mode = .browse
        defer { state.searchPrompt = SearchPrompt() }
        guard let origin = state.searchPrompt.origin else { return }
        if state.searchPrompt.kind == .archive {
            state.query = origin.query
            state.searching = origin.searching
            state.search = origin.search
            state.rows = origin.rows
            state.list = origin.list
            state.list.resize(count: state.rows.count, viewport: max(1, state.layout.list.height))
        }
        state.focus = origin.focus
        if state.opened?.summary.id == origin.articleID, state.opened != nil {
            state.opened!.matchRanges = origin.matchRanges
            state.opened!.matches = origin.matches
            state.opened!.currentMatch = origin.currentMatch
            if let scroll = origin.paneScroll {
                ensureLines(scroll.top + 2 * max(1, scroll.viewport) + 1)
                // The top and the reading cursor as they were, over the lines laid out since.
                state.opened!.scroll = ListMovement(
                    count: state.opened!.lines.count, viewport: scroll.viewport, top: scroll.top,
                    selected: scroll.selected)
            }
        }
        fitToLayout()
    }

    private mutating func queryChanged() {
        let text = state.searchPrompt.line.text.trimmingCharacters(in: .whitespaces)
        switch state.searchPrompt.kind {
        case .archive:
            state.query = text.isEmpty ? nil : text
            refreshRows(keeping: nil, first: true)
        case .article:
            find(text, live: true)
        }
    }

    /// Matches `text` in the open article, with the folding of the archive search, and selects the
    /// first match at or below where the pane was when the prompt opened. While typing (`live`), an
    /// article of more than `liveFindBytes` is left until `Enter`.
    mutating func find(_ text: String, live: Bool) {
        // No copy of `opened` is held: laying out to the match would then copy its lines.
        guard let article = state.opened?.article else { return }
        if live, article.blocks.reduce(0, { $0 + $1.text.utf8.count }) > Self.liveFindBytes { return }
        let query = SearchQuery(Self.searchText(for: text))
        let ranges = query.isEmpty ? [:] : query.matchRanges(in: article)
        state.opened!.matchRanges = ranges
        state.opened!.matches = ArticleMatch.inReadingOrder(ranges)
        state.opened!.currentMatch = nil
        guard !ranges.isEmpty else { return }
        let top = state.searchPrompt.origin?.paneScroll?.top ?? state.opened!.scroll.top
        let topBlock = Self.block(atOrAfter: top, in: state.opened!.lines)
        select(match: state.opened!.matches.firstIndex { $0.block >= topBlock } ?? 0)
    }

    /// The block of line `index` or, for a line of none (the header, a blank), of the next line that has one.
    static func block(atOrAfter index: Int, in lines: ArticleLines) -> Int {
        var index = max(0, index)
        while index < lines.count {
            if let block = lines[index].blockIndex { return block }
            index += 1
        }
        return 0
    }
}

extension ReaderState {
    /// What the prompt shows dimmed while its line is empty: the spelling the index suggested for an
    /// archive search that found nothing, else the last query of this kind of search.
    public var promptSuggestion: String? {
        guard mode == .searchPrompt, searchPrompt.line.text.isEmpty, searchPrompt.recalled == nil else { return nil }
        if searchPrompt.kind == .archive, rows.isEmpty, let spelling = search.didYouMean { return spelling }
        return history[searchPrompt.kind].first
    }
}
