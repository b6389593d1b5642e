import AzadCore

/// The help screen's search: `/` types a query on the status line (matches are highlighted as it is
/// typed), `Enter` keeps it, `Esc` drops it, `n`/`N` go from row to row that holds it; and the one
/// hint an unbound key gives.
extension ReaderLogic {
    /// `/` in help: an empty query to type.
    mutating func startHelpSearch() {
        state.helpSearch = HelpSearch()
        state.helpSearch.isTyping = true
    }

    /// A key while the help's query is typed: a printable character types itself, `Enter` keeps the
    /// query and `Esc` drops it; the prompt's editing keys edit it.
    mutating func typeInHelpSearch(_ key: Key) {
        if case .character(let character) = key {
            state.helpSearch.line.insert(character)
            helpQueryChanged()
            return
        }
        switch settings.keymap.operation(for: key, in: .prompt) {
        case .keepSearch:
            state.helpSearch.isTyping = false
            if state.helpSearch.needle == nil {
                state.helpSearch = HelpSearch()
            } else if state.helpSearch.current == nil {
                state.message = state.translation.tr(
                    "no help row holds “{text}”", ["text": state.helpSearch.line.text])
            }
        case .cancelSearch:
            state.helpSearch = HelpSearch()
        case .deleteBackward: editHelpQuery { $0.deleteBackward() }
        case .clearPrompt: editHelpQuery { $0.deleteToStart() }
        case .deleteWord: editHelpQuery { $0.deleteWordBackward() }
        case .cursorLeft: state.helpSearch.line.move(left: true)
        case .cursorRight: state.helpSearch.line.move(left: false)
        case .redraw: emit(.redraw)
        default: break
        }
    }

    private mutating func editHelpQuery(_ edit: (inout PromptLine) -> Void) {
        edit(&state.helpSearch.line)
        helpQueryChanged()
    }

    /// The first row from the top of the view that holds the query becomes the current one.
    private mutating func helpQueryChanged() {
        state.helpSearch.current = nil
        let lines = HelpTable.lines(keymap: settings.keymap, translation: state.translation)
        guard state.helpSearch.needle != nil else { return }
        let start = state.help.top
        let order = Array(start..<lines.count) + Array(0..<min(start, lines.count))
        if let row = order.first(where: { state.helpSearch.matches(lines[$0]) }) { showHelpRow(row) }
    }

    /// `n` and `N` in help: the next (or previous) row that holds the query, wrapping around.
    mutating func jumpInHelp(forward: Bool) {
        let lines = HelpTable.lines(keymap: settings.keymap, translation: state.translation)
        let rows = lines.indices.filter { state.helpSearch.matches(lines[$0]) }
        guard !rows.isEmpty else {
            state.message =
                state.helpSearch.needle == nil
                ? state.translation.tr("no search: press / first") : state.translation.tr("no help row matches")
            return
        }
        let next: Int
        if let current = state.helpSearch.current {
            next =
                forward
                ? rows.first { $0 > current } ?? rows[0] : rows.last { $0 < current } ?? rows[rows.count - 1]
        } else {
            next = forward ? rows[0] : rows[rows.count - 1]
        }
        showHelpRow(next)
        let number = rows.firstIndex(of: next)! + 1
        state.message = state.translation.tr("match {number} of {count}", ["number": number, "count": rows.count])
    }

    /// Makes `row` the current match, scrolling only when it is out of view.
    private mutating func showHelpRow(_ row: Int) {
        state.helpSearch.current = row
        if !state.help.visibleRows.contains(row) { state.help.scroll(to: max(0, row - 2)) }
    }

    /// An unbound key says once per run where the keys are listed.
    mutating func hintAtHelp() {
        guard !state.helpHinted else { return }
        state.helpHinted = true
        let key = settings.keymap.keys(for: .help).first?.description ?? "?"
        state.message = state.translation.tr("{key} for help", ["key": key])
    }
}
