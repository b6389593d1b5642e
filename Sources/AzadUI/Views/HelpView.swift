import AzadCore

/// The help screen, generated from the operation table with the keys as bound.
public enum HelpView {
    /// One row of the help screen.
    public struct Line: Sendable, Hashable {
        public var keys: String
        public var text: String
        public var isHeading: Bool
    }

    /// The rows, by group, in the table's order.
    public static func lines(keymap: Keymap) -> [Line] {
        var result: [Line] = []
        for group in Operation.Group.allCases {
            if !result.isEmpty { result.append(Line(keys: "", text: "", isHeading: false)) }
            result.append(Line(keys: "", text: group.rawValue, isHeading: true))
            for operation in Operation.allCases where operation.group == group {
                let keys = keymap.keyNames(for: operation)
                result.append(Line(keys: keys.isEmpty ? "(unbound)" : keys, text: operation.summary, isHeading: false))
            }
        }
        result.append(Line(keys: "", text: "", isHeading: false))
        result.append(Line(keys: "", text: "Mouse", isHeading: true))
        result.append(Line(keys: "wheel", text: "scroll the list or pane under the pointer", isHeading: false))
        result.append(Line(keys: "click", text: "select an article; focus the pane", isHeading: false))
        result.append(Line(keys: "double-click", text: "open an article", isHeading: false))
        result.append(Line(keys: "drag", text: "select lines in the reading pane for a quote", isHeading: false))
        return result
    }

    static func draw(into grid: inout Grid, state: ReaderState, keymap: Keymap, in rect: Rect) {
        let lines = lines(keymap: keymap)
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
                let summary = ParagraphLayout.truncatedLine(
                    line.text, width: max(0, rect.width - keyWidth - 4), options: state.layoutOptions)
                grid.draw(summary, row: row, column: rect.column + keyWidth + 3, width: summary.width, style: .help)
            }
        }
    }
}
