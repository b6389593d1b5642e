extension ParagraphLayout {
    /// `text` on one line of at most `width` columns, as a list row or a status line shows a title:
    /// line breaks and tabs become spaces, and when the rest does not fit it is cut where the first
    /// line of `width - 1` columns ends, with `…` where the reading continues.
    ///
    /// The ellipsis sits at the logical end: the right edge of a left-to-right line, the left edge of
    /// a right-to-left one. Its source index is where the text was cut. A width of 0 or less gives an
    /// empty line.
    public static func truncatedLine(
        _ text: String, width: Int, options: LayoutOptions = LayoutOptions(), direction: ParagraphDirection? = nil
    ) -> VisualLine {
        let flat = oneLine(text)
        let empty = VisualLine(
            text: "", width: 0, isRightToLeft: false, logicalRange: flat.startIndex..<flat.startIndex, sourceIndices: []
        )
        guard width > 0 else { return empty }
        let whole = lines(flat, width: width, options: options, direction: direction)
        guard whole.count > 1 else { return whole.first ?? empty }
        guard width > 1, let first = lines(flat, width: width - 1, options: options, direction: direction).first else {
            return VisualLine(
                text: "…", width: 1, isRightToLeft: false, logicalRange: empty.logicalRange,
                sourceIndices: [flat.startIndex])
        }
        return withEllipsis(first)
    }
}

extension ParagraphLayout {
    /// `text` on one line of `width` columns: whole when it fits, else cut at the width by grapheme
    /// cluster at its reading end (the left edge of a right-to-left line), with `…`.
    ///
    /// Unlike `truncatedLine`, the cut is not moved back to a word boundary, so a list title uses
    /// every column it has. A lam-alef ligature stays whole, and a wide character that would cross the
    /// edge is left out.
    public static func clippedLine(
        _ text: String, width: Int, options: LayoutOptions = LayoutOptions(), direction: ParagraphDirection? = nil
    ) -> VisualLine {
        let flat = oneLine(text)
        guard width > 0 else {
            return VisualLine(
                text: "", width: 0, isRightToLeft: false, logicalRange: flat.startIndex..<flat.startIndex,
                sourceIndices: [])
        }
        let direction = direction ?? ParagraphDirection(firstStrongIn: flat[...])
        let paragraph = LogicalParagraph(flat[...], options: options)
        let units = paragraph.units
        let total = units.reduce(0) { $0 + $1.width }
        if total <= width, !units.contains(where: { $0.kind == .lineBreak }) {
            return paragraph.render(0..<units.count, direction: direction)
        }
        var end = 0
        var column = 0
        while end < units.count, units[end].kind != .lineBreak, column + units[end].width <= width - 1 {
            column += units[end].width
            end += 1
        }
        // The alef of a lam-alef ligature is never cut from its lam.
        while end > 0, end < units.count, units[end].glued { end -= 1 }
        return withEllipsis(paragraph.render(0..<end, direction: direction))
    }

    /// `text` with line breaks and tabs as spaces, scalar by scalar: a string search would miss a line
    /// break that a combining mark follows.
    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
    }

    /// `line` with `…` where its reading goes on (the left edge of a right-to-left line), standing for
    /// the source index where the text was cut.
    private static func withEllipsis(_ line: VisualLine) -> VisualLine {
        var line = line
        if line.isRightToLeft {
            line.text = "…" + line.text
            line.sourceIndices = [line.logicalRange.upperBound] + line.sourceIndices
        } else {
            line.text += "…"
            line.sourceIndices.append(line.logicalRange.upperBound)
        }
        line.width += 1
        return line
    }
}
