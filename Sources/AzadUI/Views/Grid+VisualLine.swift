import AzadCore

extension Grid {
    /// Draws a laid-out line in `width` columns from `column`, aligned to its paragraph's edge.
    ///
    /// `highlight` picks out graphemes by where they came from in the source (search matches).
    @discardableResult
    public mutating func draw(
        _ line: VisualLine, row: Int, column: Int, width: Int, style: ThemeElement,
        highlight: ((String.Index) -> ThemeElement?)? = nil
    ) -> Int {
        let indent = min(line.indent(in: width), max(0, width))
        var styles: [ThemeElement]? = nil
        if let highlight {
            styles = line.sourceIndices.map { highlight($0) ?? style }
        }
        return write(line.text, row: row, column: column + indent, limit: width - indent, style: style, styles: styles)
            + indent
    }

    /// Writes `text` centred in `width` columns from `column`.
    public mutating func center(_ text: String, row: Int, column: Int, width: Int, style: ThemeElement) {
        let textWidth = DisplayWidth.of(text)
        write(
            text, row: row, column: column + max(0, (width - textWidth) / 2), limit: min(width, textWidth), style: style
        )
    }
}

extension Grid {
    /// Writes pieces of text one after another from `column`, each laid out on its own: a Persian
    /// query or filter name keeps its own direction instead of reordering the whole line around it.
    /// The last piece that does not fit is cut with an ellipsis; returns the columns written.
    ///
    /// In a right-to-left layout (`direction`) the pieces go from the right edge of the `width`
    /// columns leftward, each laid out as a right-to-left paragraph.
    @discardableResult
    mutating func writeSegments(
        _ segments: [String], row: Int, column: Int, width: Int, style: ThemeElement, options: LayoutOptions,
        direction: ParagraphDirection = .leftToRight
    ) -> Int {
        let rightToLeft = direction == .rightToLeft
        var used = 0
        for segment in segments where used < width {
            let room = width - used
            if !rightToLeft, segment.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) {
                let text = DisplayWidth.of(segment) <= room ? segment : DisplayWidth.truncate(segment, toWidth: room)
                used += write(text, row: row, column: column + used, limit: room, style: style)
            } else {
                // Layout trims the spaces at a line's ends; a segment's own spaces are part of the design.
                let leading = segment.prefix { $0 == " " }.count
                let trailing = segment.reversed().prefix { $0 == " " }.count
                let core = segment.trimmingCharacters(in: .init(charactersIn: " "))
                // The spaces take the segment's style, from the starting edge.
                func spaces(_ count: Int) {
                    let count = min(count, width - used)
                    guard count > 0 else { return }
                    fill(
                        row: row, column: rightToLeft ? column + width - used - count : column + used, count: count,
                        style: style)
                    used += count
                }
                spaces(leading)
                guard used < width else { break }
                let line = ParagraphLayout.truncatedLine(
                    core, width: width - used, options: options, direction: rightToLeft ? .rightToLeft : nil)
                let start = rightToLeft ? column + width - used - line.width : column + used
                used += draw(line, row: row, column: start, width: line.width, style: style)
                spaces(trailing)
            }
        }
        return used
    }
}
