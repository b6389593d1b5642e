import AzadCore

/// The help screen: `HelpTable`'s rows, with the keys as bound, scrolled as the state says.
public enum HelpView {
    static func draw(into grid: inout Grid, state: ReaderState, keymap: Keymap, in rect: Rect) {
        let lines = HelpTable.lines(keymap: keymap)
        grid.fill(row: rect.row, column: rect.column, count: rect.width, style: .help)
        let title = "azad — keys (q or Esc closes; keys can be rebound in [keys] of config.toml)"
        grid.write(title, row: rect.row, column: rect.column + 1, limit: rect.width - 1, style: .listHeader)
        let keyWidth = min(22, max(8, rect.width / 3))
        for offset in 0..<max(0, rect.height - 1) {
            let row = rect.row + 1 + offset
            grid.fill(row: row, column: rect.column, count: rect.width, style: .help)
            let index = state.help.top + offset
            guard lines.indices.contains(index) else { continue }
            let line = lines[index]
            if line.isHeading {
                grid.write(line.text, row: row, column: rect.column + 1, limit: rect.width - 1, style: .heading)
            } else {
                grid.write(line.keys, row: row, column: rect.column + 2, limit: keyWidth, style: .statusAccent)
                let text = line.contexts.isEmpty ? line.text : "\(line.text) (in: \(line.contexts))"
                let summary = ParagraphLayout.truncatedLine(
                    text, width: max(0, rect.width - keyWidth - 4), options: state.layoutOptions)
                grid.draw(summary, row: row, column: rect.column + keyWidth + 3, width: summary.width, style: .help)
            }
        }
    }
}
