extension ParagraphLayout {
    /// `text` on one line of at most `width` columns: laid out like a paragraph line, cut at its
    /// logical end with `…` when it is longer or spans several lines (list rows, status lines).
    ///
    /// The ellipsis sits at the logical end: the right edge of a left-to-right line, the left edge of
    /// a right-to-left one in `.visual` mode. Its source index is where the text was cut.
    public static func truncatedLine(
        _ text: String, width: Int, options: LayoutOptions = LayoutOptions(), direction: ParagraphDirection? = nil
    ) -> VisualLine {
        let width = max(1, width)
        let direction = direction ?? ParagraphDirection(firstStrongIn: text)
        let whole = lines(text[...], width: width, options: options, direction: direction)
        if whole.count == 1 { return whole[0] }
        // Keep logical characters while they fit beside the ellipsis; shaping only narrows them.
        var cut = text.startIndex
        var used = 0
        for index in text.indices {
            let character = text[index]
            if character.isNewline { break }
            let advance = character == "\t" ? options.tabWidth : DisplayWidth.of(character)
            if used + advance > width - 1 { break }
            used += advance
            cut = text.index(after: index)
        }
        var line = lines(text[..<cut], width: width, options: options, direction: direction)[0]
        // Placeholders for controls can be wider than the controls were counted: shorten until it fits.
        while line.width > width - 1, cut > text.startIndex {
            cut = text.index(before: cut)
            line = lines(text[..<cut], width: width, options: options, direction: direction)[0]
        }
        let visualLeft = direction == .rightToLeft && options.bidiMode == .visual
        if visualLeft {
            line.text = "…" + line.text
            line.sourceIndices.insert(cut, at: 0)
        } else {
            line.text += "…"
            line.sourceIndices.append(cut)
        }
        line.width += 1
        return line
    }
}
