import AzadCore

extension Grid {
    /// Writes a piece of the interface's own text (a mode name, a title, a hint): as `write` does
    /// for English, laid out like article text (bidi order, Arabic shaping) when it is translated,
    /// since a Dari or Pashto message is right-to-left text like any other; in the mirrored layout,
    /// as a right-to-left paragraph against the right edge of its room, or against its left edge
    /// when `atFarEdge` (the far edge of a mirrored row). Returns the columns written.
    @discardableResult
    mutating func writeInterface(
        _ text: String, row: Int, column: Int, limit: Int? = nil, style: ThemeElement, state: ReaderState,
        atFarEdge: Bool = false
    ) -> Int {
        let rightToLeft = state.direction == .rightToLeft
        guard state.translation.language != .en || rightToLeft else {
            return write(text, row: row, column: column, limit: limit, style: style)
        }
        let room = max(0, min(limit ?? width, width - column))
        if rightToLeft, atFarEdge {
            let line = ParagraphLayout.truncatedLine(
                text, width: room, options: state.layoutOptions, direction: .rightToLeft)
            return draw(line, row: row, column: column, width: line.width, style: style)
        }
        return writeSegments(
            [text], row: row, column: column, width: room, style: style, options: state.layoutOptions,
            direction: rightToLeft ? .rightToLeft : .leftToRight)
    }

    /// Centres a piece of the interface's own text as `center` does, laid out when it is translated.
    mutating func centerInterface(
        _ text: String, row: Int, column: Int, width: Int, style: ThemeElement, state: ReaderState
    ) {
        guard state.translation.language != .en else {
            return center(text, row: row, column: column, width: width, style: style)
        }
        let textWidth = min(width, DisplayWidth.of(text))
        writeInterface(
            text, row: row, column: column + max(0, (width - textWidth) / 2), limit: textWidth, style: style,
            state: state)
    }
}
