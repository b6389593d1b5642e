import AzadCore

/// The help screen: `HelpTable`'s rows — keys as bound, the operation's config name, what it does
/// — scrolled as the state says, with the help search's matches highlighted.
public enum HelpView {
    static func draw(into grid: inout Grid, state: ReaderState, keymap: Keymap, in rect: Rect) {
        let lines = HelpTable.lines(keymap: keymap, translation: state.translation)
        grid.fill(row: rect.row, column: rect.column, count: rect.width, style: .help)
        let title = state.translation.tr(
            "azad — keys (q or Esc closes, / searches; keys can be rebound in [keys] of config.toml)")
        grid.writeInterface(
            title, row: rect.row, column: rect.column + 1, limit: rect.width - 1, style: .listHeader, state: state)
        let keyWidth = min(22, max(8, rect.width / 3))
        // The config name gets a column when there is room for it and the text.
        let nameWidth = rect.width >= 90 ? 20 : 0
        let search = state.helpSearch
        for offset in 0..<max(0, rect.height - 1) {
            let row = rect.row + 1 + offset
            grid.fill(row: row, column: rect.column, count: rect.width, style: .help)
            let index = state.help.top + offset
            guard lines.indices.contains(index) else { continue }
            let line = lines[index]
            if line.isHeading {
                grid.writeInterface(
                    line.text, row: row, column: rect.column + 1, limit: rect.width - 1, style: .heading, state: state)
                continue
            }
            let isCurrent = search.current == index
            if isCurrent { grid.fill(row: row, column: rect.column, count: rect.width, style: .selection) }
            let base: ThemeElement = isCurrent ? .selection : .help
            func highlight(_ text: String) -> ((String.Index) -> ThemeElement?)? {
                let ranges = search.ranges(in: text)
                guard !ranges.isEmpty else { return nil }
                let style: ThemeElement = isCurrent ? .currentMatch : .searchMatch
                return { index in ranges.contains { $0.contains(index) } ? style : nil }
            }
            var column = rect.column + 2
            func put(_ text: String, width: Int, style: ThemeElement) {
                guard width > 0 else { return }
                let laidOut = ParagraphLayout.truncatedLine(text, width: width, options: state.layoutOptions)
                grid.draw(laidOut, row: row, column: column, width: width, style: style, highlight: highlight(text))
                column += width + 1
            }
            put(line.keys, width: keyWidth, style: isCurrent ? base : .statusAccent)
            if nameWidth > 0 { put(line.name, width: nameWidth, style: isCurrent ? base : .meta) }
            let text =
                line.contexts.isEmpty
                ? line.text
                : state.translation.tr("{text} (in: {contexts})", ["text": line.text, "contexts": line.contexts])
            put(text, width: max(0, rect.column + rect.width - column - 1), style: base)
        }
    }

    /// The status line in help: the query while it is typed, the kept query's keys, else how to
    /// scroll, search and close.
    static func statusHint(_ state: ReaderState, keymap: Keymap) -> String {
        func key(_ operation: Operation) -> String { keymap.keys(for: operation).first?.description ?? "?" }
        let search = state.helpSearch
        let t = state.translation
        if search.isTyping { return "/\(search.line.text)▏ " + t.tr("Enter:keep Esc:cancel") }
        if search.needle != nil {
            return "“\(search.line.text)” "
                + t.tr(
                    "{next}/{previous}:next/prev {clear}:clear",
                    ["next": key(.nextMatch), "previous": key(.previousMatch), "clear": key(.back)])
        }
        return t.tr(
            "{down}/{up}:scroll {find}:search {quit}:close",
            ["down": key(.down), "up": key(.up), "find": key(.find), "quit": key(.quit)])
    }
}
