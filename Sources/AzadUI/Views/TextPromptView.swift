import AzadCore

/// A text prompt on the status line (`TextPrompt`): its label, the line with its caret as the
/// search prompt draws it, and the keys that answer.
enum TextPromptView {
    static func draw(into grid: inout Grid, prompt: TextPrompt, state: ReaderState, in rect: Rect) {
        var column = rect.column
        column += grid.writeInterface(
            "\(prompt.label(in: state.translation))\(prompt.isQuestion ? "" : ":") ", row: rect.row, column: column,
            limit: max(0, rect.width - 1), style: .statusAccent, state: state)
        let hint = prompt.isQuestion ? "" : state.translation.tr("Enter · Esc cancels")
        let hintWidth = DisplayWidth.of(hint)
        let fitsHint = !hint.isEmpty && column + 2 + hintWidth + 12 < rect.column + rect.width
        let room = max(1, rect.width - (column - rect.column) - 1 - (fitsHint ? hintWidth + 2 : 0))
        if !prompt.isQuestion {
            let (window, caret) = PromptView.window(prompt.line, width: room - 1)
            let shown = PromptView.keepingEndSpaces(window)
            let line = ParagraphLayout.truncatedLine(shown, width: max(0, room - 1), options: state.layoutOptions)
            let graphemes = line.text.map(String.init)
            let split = PromptView.caretPosition(line, text: shown, caret: caret)
            column += grid.write(graphemes[..<split].joined(), row: rect.row, column: column, style: .status)
            column += grid.write("▏", row: rect.row, column: column, limit: 1, style: .statusAccent)
            grid.write(graphemes[split...].joined(), row: rect.row, column: column, style: .status)
        }
        if fitsHint {
            grid.writeInterface(
                hint, row: rect.row, column: rect.column + rect.width - hintWidth - 1, style: .status, state: state)
        }
    }
}
