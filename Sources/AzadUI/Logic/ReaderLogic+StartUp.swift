import AzadCore

/// Start-up and what is remembered: the record restored, the list loaded (the newest rows first
/// for the first frame), the last article reopened where it was left, and the record saved.
extension ReaderLogic {
    mutating func start(firstRows: Int?) {
        state.startUp.firstRows = firstRows
        emit(.loadRecord)
    }

    /// Applies what was remembered; with a first-frame size, asks for only the newest rows.
    mutating func restore(_ record: ReadingRecord) {
        state.read = record.read
        state.starred = record.starred
        if let remembered = record.mastheadLanguage {
            state.masthead = remembered
        }
        state.mastheadHidden = record.mastheadHidden
        if let theme = state.themeChoice.restore(record.theme, themes: settings.themes) { state.themeName = theme }
        for kind in SearchKind.allCases { state.history[kind] = record.searchHistory[kind.rawValue] ?? [] }
        if let view = record.listView { state.view = view }
        state.startUp.record = record
        if let firstRows = state.startUp.firstRows {
            emit(.loadSummaries(SummariesRequest(reason: .firstFrame, limit: firstRows)))
        }
    }

    /// Takes the whole list a `ListWindow` waited for (read after the first frame, a sort or a
    /// reload), keeping the selection; ends start-up if it is not over.
    mutating func finishLoading() {
        if !state.startUp.isOver {
            emit(.loadSummaries(SummariesRequest(reason: .finishStart, limit: nil)))
        } else if state.catalogue.window != nil {
            emit(.loadSummaries(SummariesRequest(reason: .wholeList, limit: nil)))
        }
    }

    /// The article the selection stays on when the list is read again: the one a window could not
    /// show yet (no key has been pressed since), else the selected one.
    var keptSelection: Int64? { state.awaitedSelection ?? state.selectedID }

    mutating func summariesLoaded(_ request: SummariesRequest, _ loaded: LoadedSummaries) {
        state.seenGeneration = loaded.generation
        switch loaded.catalogue {
        case .success(let catalogue): state.catalogue = catalogue
        case .failure(let failure):
            state.message = state.translation.tr(
                "could not read the cache: {reason}", ["reason": failure.message(in: state.translation)])
        }
        switch request.reason {
        case .firstFrame:
            state.pendingTotal = loaded.total
            refreshRows(keeping: nil)
            reopenLast()
            return
        case .finishStart:
            state.pendingTotal = nil
        case .wholeList:
            // The window's rows, all of them: the library is the one the window showed.
            refreshRows(keeping: keptSelection)
            return
        case .syncFinished, .outsideChange, .reordered:
            break
        }
        // The library changed: a search must be run again.
        state.search.forget()
        refreshRows(keeping: keptSelection)
        switch request.reason {
        case .finishStart:
            if state.opened == nil { reopenLast() }
            state.startUp = StartUp()
        case .syncFinished(let error?, _):
            log(.init(.error, state.translation.tr("sync failed: {reason}", ["reason": error])))
        case .syncFinished(nil, let before):
            announceSync(added: state.catalogue.count - before)
        case .outsideChange(let before):
            let added = state.catalogue.count - before
            state.message =
                added > 0
                ? state.translation.tr("the cache changed: {count} new", ["count": added])
                : state.translation.tr("the cache changed")
        case .firstFrame, .reordered, .wholeList:
            break
        }
    }

    /// Opens the article open when the reader last quit, at its scroll position, if it is listed.
    mutating func reopenLast() {
        // Among the rows at hand: before the whole list is read, one between its ends is reopened
        // once it is.
        guard let record = state.startUp.record, let last = record.lastArticle,
            let row = state.rows.rowAtHand(of: last)
        else { return }
        state.list.select(row)
        // As a preview: the last article may have been only previewed, and reopening it reads nothing.
        open(row: row, focus: .list, scroll: record.lastScroll, preview: true)
    }

    /// What to remember for next time.
    public var record: ReadingRecord {
        var record = ReadingRecord()
        record.read = state.read
        record.starred = state.starred
        record.lastArticle = state.opened?.summary.id
        record.lastScroll = state.opened?.scroll.top ?? 0
        record.mastheadLanguage = state.masthead
        record.mastheadHidden = state.mastheadHidden
        record.theme = state.themeChoice.remembered
        record.listView = state.view
        for kind in SearchKind.allCases where !state.history[kind].isEmpty {
            record.searchHistory[kind.rawValue] = state.history[kind]
        }
        return record
    }

    /// Asks for the record to be saved; a failure comes back as a status message.
    mutating func save() { emit(.save(record)) }
}
