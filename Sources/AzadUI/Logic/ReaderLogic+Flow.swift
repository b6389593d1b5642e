import AzadCore

/// A daily reading session: the pane previews the selected article, next and previous unread,
/// marking read (on opening, at the end, or never), mark all read and undo, and the list's views
/// and orders.
///
/// The preview is asked for by the app between keys (`preview()`, as `continueLayout()` is), so
/// that holding `j` never waits for an article to load: only the row the selection rests on is
/// loaded.
extension ReaderLogic {
    // MARK: Preview

    /// Whether the pane should show the selected article and does not: the list has the keyboard,
    /// both the list and the pane are on the screen, and the selected article is not the one shown.
    public var wantsPreview: Bool {
        guard state.mode == .browse || state.mode == .searchPrompt, state.focus == .list, !state.paneOnly,
            let wanted = selectedKey, wanted != state.shown || state.opened == nil, wanted != state.previewTried
        else { return false }
        let layout = state.layout
        return !layout.isTooSmall && layout.pane.height > 0 && layout.list.height > 0
    }

    /// The selected article with the search the list shows.
    private var selectedKey: PreviewKey? {
        state.selectedID.map { PreviewKey(id: $0, searchText: state.query.map(Self.searchText(for:))) }
    }

    /// Asks for the selected article to be shown in the pane without giving it the keyboard or
    /// marking it read.
    mutating func preview() {
        guard wantsPreview, let summary = state.selectedSummary else { return }
        state.previewTried = selectedKey
        state.pendingScroll = nil
        emit(
            .loadArticle(
                ArticleRequest(
                    summary: summary, focus: .list, searchText: state.query.map(Self.searchText(for:)),
                    preview: true)))
    }

    /// `Enter` and `Tab` from the list: the pane gets the keyboard with the selected article in it,
    /// opened now unless the preview already shows it.
    mutating func enterPane() {
        guard let selected = state.selectedID else { return }
        guard state.opened?.summary.id == selected, state.shown == selectedKey else {
            open(row: state.list.selected, focus: .reader)
            return
        }
        openShown(focus: .reader)
    }

    /// The article on show as a preview is opened where it stands, as reading it from the list does:
    /// `focus` gets the keyboard, it is marked read, a search result's match is named.
    mutating func openShown(focus: Pane) {
        guard let id = state.opened?.summary.id else { return }
        state.focus = focus
        if settings.markReadOn == .open { markRead(id) }
        fitToLayout()
        // A search result's preview shows its first match; opened, it says so as opening does.
        if state.query != nil, let count = state.opened?.matches.count, count > 0 {
            let current = state.opened?.currentMatch ?? 0
            select(match: current)
            state.message = state.translation.tr("match {number} of {count}", ["number": current + 1, "count": count])
        }
        save()
    }

    /// Marks article `id` read as reading it does (not with a key: `undo` leaves it alone).
    mutating func markRead(_ id: Int64) {
        guard !state.read.contains(id) else { return }
        state.setRead(id, true)
    }

    /// With `mark_read_on = "end"`: the article in the pane is read once its end is on the screen
    /// while the pane has the keyboard.
    mutating func markReadAtEnd() {
        guard settings.markReadOn == .end, state.focus == .reader || state.paneOnly,
            let opened = state.opened, opened.isComplete, opened.scroll.top >= opened.scroll.maxTop,
            !state.read.contains(opened.summary.id)
        else { return }
        state.setRead(opened.summary.id, true)
        save()
    }

    /// Whether `page-down` at the end of the article goes on to the next unread one (it then has).
    mutating func pageDownGoesOn() -> Bool {
        guard settings.spaceNextUnread, let opened = state.opened, opened.isComplete,
            opened.scroll.top >= opened.scroll.maxTop
        else { return false }
        stepUnread(forward: true)
        return true
    }

    // MARK: Operations

    /// The reading flow's operations, from the list or the pane.
    mutating func performFlow(_ operation: Operation) {
        switch operation {
        case .nextUnread: stepUnread(forward: true)
        case .previousUnread: stepUnread(forward: false)
        case .markAllRead: markAllRead()
        case .undo: undo()
        case .toggleRead, .toggleStar: toggleMark(star: operation == .toggleStar)
        case .unreadOnly: show(state.view.marks == .unread ? .all : .unread)
        case .starredOnly: show(state.view.marks == .starred ? .all : .starred)
        case .sort: reorder(ListOrder(key: state.view.order.key.next, reversed: state.view.order.reversed))
        case .reverseSort: reorder(ListOrder(key: state.view.order.key, reversed: !state.view.order.reversed))
        default: break
        }
    }

    /// The next (or previous) unread row from the article in the pane (when it has the keyboard) or
    /// the selected one: selected, and opened when the pane has the keyboard.
    mutating func stepUnread(forward: Bool) {
        guard !state.rows.isEmpty else { return }
        let reading = state.focus == .reader || state.paneOnly
        let openRow = state.opened.flatMap { state.rows.row(of: $0.summary.id) }
        let current = reading ? openRow ?? state.list.selected : state.list.selected
        let ids = state.rows.ids
        let isUnread = { (row: Int) in !state.read.contains(ids[row]) }
        let found =
            forward
            ? (current + 1..<state.rows.count).first(where: isUnread)
            : (0..<max(0, current)).reversed().first(where: isUnread)
        guard let row = found else {
            state.message =
                forward
                ? state.translation.tr("no unread article after this one in the list")
                : state.translation.tr("no unread article before this one")
            return
        }
        let more =
            forward
            ? (row + 1..<state.rows.count).contains(where: isUnread) : (0..<row).contains(where: isUnread)
        state.list.select(row)
        if reading { open(row: row, focus: .reader) }
        if !more {
            state.message =
                forward
                ? state.translation.tr("the last unread article in the list")
                : state.translation.tr("the first unread article")
        }
    }

    /// Marks every article the list shows read, as one change `undo` takes back.
    mutating func markAllRead() {
        var wasRead: [Int64: Bool] = [:]
        for id in state.rows.ids where !state.read.contains(id) { wasRead[id] = false }
        guard !wasRead.isEmpty else {
            state.message = state.translation.tr("every article in the list is read")
            return
        }
        state.undo.record(
            .init(
                summary: state.translation.trn(
                    "marking {count} article read", "marking {count} articles read", count: wasRead.count),
                wasRead: wasRead))
        state.read = state.read.union(wasRead.keys)
        state.message = state.translation.trn(
            "marked {count} article read · U undoes", "marked {count} articles read · U undoes", count: wasRead.count)
        save()
    }

    /// `u` and `s` on the article they act on, as a change `undo` takes back.
    mutating func toggleMark(star: Bool) {
        let id =
            state.focus == .reader ? (state.opened?.summary.id ?? state.selectedID) : state.selectedID
        guard let id else { return }
        if star {
            let was = state.starred.contains(id)
            state.undo.record(
                .init(
                    summary: was ? state.translation.tr("unstarring") : state.translation.tr("starring"),
                    wasStarred: [id: was]))
            if was { state.starred.remove(id) } else { state.starred.insert(id) }
        } else {
            let was = state.read.contains(id)
            state.undo.record(
                .init(
                    summary: was ? state.translation.tr("marking unread") : state.translation.tr("marking read"),
                    wasRead: [id: was]))
            state.setRead(id, !was)
        }
        save()
    }

    /// Takes back the last read or star change, and saves the marks as they were.
    mutating func undo() {
        guard let change = state.undo.takeLast() else {
            state.message = state.translation.tr("nothing to undo")
            return
        }
        if change.wasRead.count > 1 {
            var read = state.read
            for (id, was) in change.wasRead {
                if was { read.insert(id) } else { read.remove(id) }
            }
            state.read = read
        } else {
            for (id, was) in change.wasRead { state.setRead(id, was) }
        }
        for (id, was) in change.wasStarred {
            if was { state.starred.insert(id) } else { state.starred.remove(id) }
        }
        state.message = state.translation.tr("undone: {change}", ["change": change.summary])
        save()
    }

    // MARK: Views and order

    /// Shows the articles with `marks` (all, unread, starred), keeping the selected one if it is shown.
    mutating func show(_ marks: ListView.Marks) {
        state.view.marks = marks
        refreshRows(keeping: state.selectedID)
        state.message =
            switch marks {
            case .all: state.translation.tr("all articles")
            case .unread: state.translation.tr("unread articles only")
            case .starred: state.translation.tr("starred articles only")
            }
        save()
    }

    /// Reads the list again in `order`, the selection staying on its article.
    mutating func reorder(_ order: ListOrder) {
        state.view.order = order
        state.message = state.translation.tr("sorted {order}", ["order": order.label(in: state.translation)])
        save()
        reloadSummaries(.reordered)
    }
}
