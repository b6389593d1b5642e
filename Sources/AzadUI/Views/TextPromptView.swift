import AzadCore

/// A text prompt on the status line (`TextPrompt`): its label, the line with its caret as the
/// search prompt draws it, and the keys that answer.
enum TextPromptView {
    static func draw(into grid: inout Grid, prompt: TextPrompt, state: ReaderState, in rect: Rect) {
        var fields = FieldCursor(rect, direction: state.direction)
        fields.offset = PromptView.writeLabel(
            "\(prompt.label(in: state.translation))\(prompt.isQuestion ? "" : ":")", into: &grid, state: state,
            in: rect, limit: max(0, rect.width - 1))
        let hint = prompt.isQuestion ? "" : state.translation.tr("Enter · Esc cancels")
        let hintWidth = DisplayWidth.of(hint)
        let fitsHint = !hint.isEmpty && fields.offset + 2 + hintWidth + 12 < rect.width
        let room = max(1, rect.width - fields.offset - 1 - (fitsHint ? hintWidth + 2 : 0))
        if !prompt.isQuestion {
            PromptView.writePieces(
                PromptView.lineWithCaret(prompt.line, width: room, options: state.layoutOptions), into: &grid,
                at: fields)
        }
        if fitsHint { PromptView.writeFarEdge(hint, into: &grid, state: state, in: rect) }
    }
}
