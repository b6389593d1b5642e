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

/// A short piece of text (a title, a section name) in visual order, cut to a width.
enum ShortText {
    /// The first `width` columns' worth of `text` in reading order, as the terminal must show it,
    /// with an ellipsis at the reading end when cut.
    static func line(_ text: String, width: Int, options: LayoutOptions) -> VisualLine {
        let flat = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        let empty = VisualLine(
            text: "", width: 0, isRightToLeft: false, logicalRange: flat.startIndex..<flat.startIndex, sourceIndices: []
        )
        guard width > 0 else { return empty }
        let whole = ParagraphLayout.lines(flat, width: width, options: options)
        guard whole.count > 1 else { return whole.first ?? empty }
        guard width > 1, var first = ParagraphLayout.lines(flat, width: width - 1, options: options).first else {
            return VisualLine(
                text: "…", width: 1, isRightToLeft: false, logicalRange: empty.logicalRange,
                sourceIndices: [flat.startIndex])
        }
        // The ellipsis goes where the reading continues: the left end of a right-to-left line.
        if first.isRightToLeft {
            first.text = "…" + first.text
            first.sourceIndices = [first.logicalRange.upperBound] + first.sourceIndices
        } else {
            first.text += "…"
            first.sourceIndices.append(first.logicalRange.upperBound)
        }
        first.width += 1
        return first
    }
}
