import AzadCore

/// The messages log (`M`): this run's errors, warnings and sync problems, oldest first.
enum MessagesView {
    static func draw(into grid: inout Grid, state: ReaderState, in rect: Rect) {
        guard rect.height > 0 else { return }
        grid.fill(row: rect.row, column: rect.column, count: rect.width, style: .listHeader)
        let count = state.log.entries.count
        let title = "Messages of this run: \(count == 1 ? "1 message" : "\(count) messages") (q or Esc closes)"
        grid.write(title, row: rect.row, column: rect.column + 1, limit: max(0, rect.width - 2), style: .listHeader)
        let lines = MessageLog.lines(state.log.entries, width: max(1, rect.width - 2))
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
