import AzadCore

/// The help screen: `HelpTable`'s rows — keys as bound, the operation's config name, what it does
/// — scrolled as the state says, with the help search's matches highlighted.
public enum HelpView {
    static func draw(into grid: inout Grid, state: ReaderState, keymap: Keymap, in rect: Rect) {
        let lines = HelpTable.lines(keymap: keymap, translation: state.translation)
        grid.fill(row: rect.row, column: rect.column, count: rect.width, style: .help)
        let title = state.translation.tr(
            "azad — keys (q or Esc closes, / searches; keys can be rebound in [keys] of config.toml)")
        writeEdgeLine(title, into: &grid, state: state, row: rect.row, in: rect, style: .listHeader)
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
                writeEdgeLine(line.text, into: &grid, state: state, row: row, in: rect, style: .heading)
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
            // Keys, config name, text: from the starting edge, two columns in.
            var fields = FieldCursor(rect, direction: state.direction)
            fields.offset = 2
            func put(_ text: String, width: Int, style: ThemeElement) {
                guard width > 0 else { return }
                let laidOut = ParagraphLayout.truncatedLine(
                    text, width: width, options: state.layoutOptions, direction: state.textDirection)
                grid.draw(
                    laidOut, row: row, column: fields.next(width), width: width, style: style,
                    highlight: highlight(text))
            }
            put(line.keys, width: keyWidth, style: isCurrent ? base : .statusAccent)
            if nameWidth > 0 { put(line.name, width: nameWidth, style: isCurrent ? base : .meta) }
            let text =
                line.contexts.isEmpty
                ? line.text
                : state.translation.tr("{text} (in: {contexts})", ["text": line.text, "contexts": line.contexts])
            put(text, width: max(0, fields.remaining - 1), style: base)
        }
    }

    /// A line one column in from the starting edge: written as it is left to right, laid out as a
    /// right-to-left paragraph against the right edge in a mirrored layout.
    private static func writeEdgeLine(
        _ text: String, into grid: inout Grid, state: ReaderState, row: Int, in rect: Rect, style: ThemeElement
    ) {
        // `writeInterface` lays the line out against the right edge of its room in a mirrored layout.
        let column = state.direction == .rightToLeft ? rect.column : rect.column + 1
        grid.writeInterface(text, row: row, column: column, limit: rect.width - 1, style: style, state: state)
    }

    /// The status line in help: the query while it is typed, the kept query's keys, else how to
    /// scroll, search and close.
    static func statusHints(_ state: ReaderState, keymap: Keymap) -> [KeyHint] {
        func key(_ operation: Operation) -> String { keymap.keys(for: operation).first?.description ?? "?" }
        let search = state.helpSearch
        let t = state.translation
        if search.isTyping {
            return [KeyHint(keys: nil, text: "/\(search.line.text)▏")] + KeyHint.parse(t.tr("Enter:keep Esc:cancel"))
        }
        if search.needle != nil {
            return [KeyHint(keys: nil, text: "“\(search.line.text)”")]
                + KeyHint.parse(
                    t.tr("{next}/{previous}:next/prev {clear}:clear"),
                    ["next": key(.nextMatch), "previous": key(.previousMatch), "clear": key(.back)])
        }
        return KeyHint.parse(
            t.tr("{down}/{up}:scroll {find}:search {quit}:close"),
            ["down": key(.down), "up": key(.up), "find": key(.find), "quit": key(.quit)])
    }
}
