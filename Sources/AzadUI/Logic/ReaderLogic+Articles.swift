import AzadCore

/// The list's rows (the summaries or a search's results, under the language filter) and opening an
/// article in the reading pane.
extension ReaderLogic {
    /// Rebuilds the list from the summaries or the search results, under the language filter.
    ///
    /// When the query's results are not at hand, the list keeps its rows and asks for the search
    /// (`state.searching` names it); `searchFinished` then rebuilds it, with the selection on the
    /// first row or on `id`.
    ///
    /// Over a `ListWindow` the selected article is looked for at the list's ends only: one between
    /// them puts the selection on the first row until the whole list lands (`awaitedSelection`).
    mutating func refreshRows(keeping id: Int64?, first: Bool = false) {
        state.awaitedSelection = nil
        if let query = state.query, !query.isEmpty {
            let text = Self.searchText(for: query)
            guard let results = state.search.results(of: text) else {
                state.search.selectionAfter = first ? .first : .keep(id)
                if state.searching != text {
                    state.searching = text
                    emit(.search(text))
                }
                return
            }
            // First hits leave the rest awaited.
            state.searching = state.search.isPartial ? text : nil
            // `is:unread` and `is:starred` ask about the marks the reader holds, not the cache.
            let marks = SearchQuery(text).filter
            let (filter, view, read, starred) = (state.filter, state.view, state.read, state.starred)
            state.rows = ListRows(
                results.filter {
                    (!marks.unread || !read.contains($0.id)) && (!marks.starred || starred.contains($0.id))
                        && filter.accepts($0.language)
                        && view.shows(isRead: read.contains($0.id), isStarred: starred.contains($0.id))
                })
        } else {
            state.searching = nil
            state.search.announce = false
            // Unfiltered, the rows share the catalogue's ids rather than copying them.
            state.rows = state.catalogue.rows(
                filter: state.filter, view: state.view, read: state.read, starred: state.starred)
        }
        state.list.resize(count: state.rows.count, viewport: max(1, state.layout.list.height))
        if first {
            state.list.first()
        } else if let id, let row = state.rows.rowAtHand(of: id) {
            state.list.select(row)
        } else if let id, state.rows.window != nil {
            state.list.first()
            state.awaitedSelection = id
        } else {
            state.list.select(state.list.selected)
        }
        if state.search.announce, !state.search.isPartial, state.query != nil {
            state.search.announce = false
            state.message =
                state.rows.isEmpty
                ? noResultsMessage(state.query!)
                : state.translation.tr(
                    "{results}: Enter opens, n/N jump to matches",
                    ["results": Self.results(state.rows.count, state.translation)])
        }
    }

    /// `1 result`, `5 results`, `no results`.
    static func results(_ count: Int, _ translation: Translation = .english) -> String {
        count == 0 ? translation.tr("no results") : translation.trn("{count} result", "{count} results", count: count)
    }

    /// The first hits of the search `text`, a screen of them: shown at once, the rest awaited.
    mutating func searchBegan(text: String, head: [SearchHit]) {
        guard text == state.searching else { return }
        state.search.text = text
        state.search.didYouMean = nil
        state.search.results = head.map(\.summary)
        state.search.isPartial = true
        refreshRowsForSearch()
        state.search.selectedInHead = state.selectedID
    }

    /// The results of the search `text`; results of a search the typing has gone past are dropped.
    mutating func searchFinished(text: String, hits: Result<[SearchHit], LoadFailure>) {
        guard text == state.searching else { return }
        if state.search.isPartial, state.search.text == text, state.selectedID != state.search.selectedInHead {
            // Moved among the first hits: the selection stays where the reader put it.
            state.search.selectionAfter = .keep(state.selectedID)
        }
        state.search.isPartial = false
        state.search.text = text
        state.search.didYouMean = nil
        switch hits {
        case .success(let hits):
            state.search.results = hits.map(\.summary)
            // Nothing found: ask the index for the nearest spelling it knows.
            if hits.isEmpty { emit(.suggestSpelling(text)) }
        case .failure(let failure):
            state.search.results = []
            state.message = state.translation.tr("search: {reason}", ["reason": failure.message(in: state.translation)])
        }
        refreshRowsForSearch()
    }

    /// Rebuilds the list from the search's results, selecting what `selectionAfter` says.
    private mutating func refreshRowsForSearch() {
        switch state.search.selectionAfter {
        case .first: refreshRows(keeping: nil, first: true)
        case .keep(let id): refreshRows(keeping: id)
        }
    }

    /// Asks for the article on `row` to be opened in the reading pane (`articleLoaded` opens it).
    /// A `preview` is shown without marking it read or moving the keyboard.
    mutating func open(row: Int, focus: Pane, scroll: Int? = nil, preview: Bool = false) {
        guard state.rows.indices.contains(row) else { return }
        state.pendingScroll = nil
        emit(
            .loadArticle(
                ArticleRequest(
                    summary: state.rows[row], focus: focus, searchText: state.query.map(Self.searchText(for:)),
                    scroll: scroll, preview: preview)))
    }

    /// Shows the article read for `request` and marks it read.
    mutating func articleLoaded(_ request: ArticleRequest, _ result: Result<LoadedArticle?, LoadFailure>) {
        let summary = request.summary
        let loaded: LoadedArticle
        switch result {
        case .failure(let failure):
            state.message = state.translation.tr(
                "could not open {path}: {reason}",
                ["path": summary.path, "reason": failure.message(in: state.translation)])
            return
        case .success(nil):
            state.message = state.translation.tr("{path} is no longer in the cache", ["path": summary.path])
            return
        case .success(let article?):
            loaded = article
        }
        // A preview the selection has moved on from is not shown.
        if request.preview, state.selectedID != summary.id { return }
        // A preview and an opening of one article can both be on their way (Enter pressed while the
        // preview was read): the second to come finds it on show and leaves it where the keys put it.
        if request.scroll == nil, state.opened?.summary.id == summary.id,
            state.shown == PreviewKey(id: summary.id, searchText: request.searchText)
        {
            if !request.preview { openShown(focus: request.focus) }
            return
        }
        if !request.preview { state.focus = request.focus }
        state.shown = PreviewKey(id: summary.id, searchText: request.searchText)
        state.selection = nil
        let layout = state.layout
        // Only what fills the pane is laid out now; the rest a slice at a time (ReaderLogic+Layout.swift).
        state.opened = OpenArticle(
            summary: summary, article: loaded.article, lines: [], layoutWidth: max(1, layout.paneTextWidth),
            scroll: ListMovement(count: 0, viewport: max(1, layout.pane.height)), matchRanges: loaded.matchRanges,
            matches: ArticleMatch.inReadingOrder(loaded.matchRanges), currentMatch: nil)
        Self.layOut(&state.opened!, options: state.layoutOptions, bytes: Self.layoutSliceBytes)
        fillPane()
        if !request.preview, settings.markReadOn == .open { state.setRead(summary.id, true) }
        fitToLayout()
        if state.query != nil, state.opened?.matchRanges.isEmpty == false {
            if request.preview { select(match: 0) } else { jumpToMatch(forward: true) }
        }
        if !request.preview { save() }
        if let line = request.scroll { scrollWhenLaidOut(to: line) }
    }

    /// Opens the article `delta` rows from the open one (or the selected one).
    mutating func step(by delta: Int) {
        guard !state.rows.isEmpty else { return }
        let current = state.opened.flatMap { state.rows.row(of: $0.summary.id) }
        let row = (current ?? state.list.selected) + delta
        guard state.rows.indices.contains(row) else {
            state.message =
                delta > 0
                ? state.translation.tr("this is the last article") : state.translation.tr("this is the first article")
            return
        }
        state.list.select(row)
        open(row: row, focus: state.focus == .list && state.opened == nil ? .reader : state.focus)
    }

    /// The query as the library runs it: the last word, when it ends in a letter or digit outside
    /// quotes, is a prefix, so results appear while a word is still being typed (`ferr` finds "ferry").
    /// A word of one letter is searched as itself: as a prefix it would match most of an archive.
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

    /// The spelling the index suggested for the search `text`, which found nothing.
    mutating func spellingSuggested(text: String, suggestion: String?) {
        guard text == state.search.text, let suggestion else { return }
        state.search.didYouMean = suggestion
        if state.mode == .browse, let query = state.query, state.rows.isEmpty {
            state.message = noResultsMessage(query)
        }
    }

    /// What the status line says when `query` found nothing, with the spelling the index suggested.
    func noResultsMessage(_ query: String) -> String {
        guard let suggestion = state.search.didYouMean else {
            return state.translation.tr("no results for “{query}”", ["query": query])
        }
        return state.translation.tr(
            "no results for “{query}” · did you mean “{suggestion}”? (/ then Tab takes it)",
            ["query": query, "suggestion": suggestion])
    }

    mutating func clearMatches() {
        guard state.opened != nil else { return }
        state.shown?.searchText = nil
        state.opened?.matchRanges = [:]
        state.opened?.matches = []
        state.opened?.currentMatch = nil
    }
}
