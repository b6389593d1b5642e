import AzadCore

/// The messages log (`M`): this run's errors, warnings and sync problems, oldest first.
enum MessagesView {
    static func draw(into grid: inout Grid, state: ReaderState, in rect: Rect) {
        guard rect.height > 0 else { return }
        grid.fill(row: rect.row, column: rect.column, count: rect.width, style: .listHeader)
        let count = state.log.entries.count
        let title = state.translation.trn(
            "Messages of this run: {count} message (q or Esc closes)",
            "Messages of this run: {count} messages (q or Esc closes)", count: count)
        grid.writeInterface(
            title, row: rect.row, column: rect.column + 1, limit: max(0, rect.width - 2), style: .listHeader,
            state: state)
        let lines = MessageLog.lines(state.log.entries, width: max(1, rect.width - 2), state.translation)
        for offset in 0..<max(0, rect.height - 1) {
            let row = rect.row + 1 + offset
            grid.fill(row: row, column: rect.column, count: rect.width, style: .paragraph)
            let index = state.log.scroll.top + offset
            guard lines.indices.contains(index) else { continue }
            let line = ParagraphLayout.truncatedLine(
                lines[index], width: max(0, rect.width - 2), options: state.layoutOptions)
            grid.draw(line, row: row, column: rect.column + 1, width: line.width, style: .paragraph)
        }
    }
}
