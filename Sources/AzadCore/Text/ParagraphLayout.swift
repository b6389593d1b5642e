/// Lays out one paragraph for a terminal of a given width.
///
/// Interim implementation (greedy wrapping at spaces, logical order); the layout work replaces it
/// with ICU line breaking, bidi reordering and shaping behind the same signature.
public enum ParagraphLayout {
    public static func lines(_ text: String, width: Int, options: LayoutOptions = LayoutOptions()) -> [VisualLine] {
        let width = max(1, width)
        var result: [VisualLine] = []
        var start = text.startIndex
        var lineText = ""
        var indices: [String.Index] = []
        var used = 0
        var lastSpace: (textCount: Int, used: Int, index: String.Index)? = nil
        var index = text.startIndex
        func flush(upTo end: String.Index) {
            result.append(
                VisualLine(
                    text: lineText, width: used, isRightToLeft: false, logicalRange: start..<end,
                    sourceIndices: indices))
        }
        while index < text.endIndex {
            let character = text[index]
            let w = DisplayWidth.of(character)
            if used + w > width, !lineText.isEmpty {
                if let cut = lastSpace {
                    lineText = String(lineText.prefix(cut.textCount))
                    indices = Array(indices.prefix(cut.textCount))
                    used = cut.used
                    flush(upTo: cut.index)
                    index = text.index(after: cut.index)
                } else {
                    flush(upTo: index)
                }
                start = index
                lineText = ""
                indices = []
                used = 0
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = (lineText.count, used, index) }
            lineText.append(character)
            indices.append(index)
            used += w
            index = text.index(after: index)
        }
        if !lineText.isEmpty || result.isEmpty { flush(upTo: text.endIndex) }
        return result
    }
}
