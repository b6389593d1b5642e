/// Lays out one paragraph for a terminal of a given width.
///
/// The paragraph is sanitised, then wrapped in logical order at ICU's line-break opportunities
/// (a word longer than the width is broken by width), each line measured in display columns. In
/// `.visual` mode each wrapped line is then shaped (Arabic presentation forms) and reordered to
/// visual order by the bidi algorithm, grapheme cluster by grapheme cluster, so that combining marks
/// stay after their base as a terminal needs; brackets are mirrored in right-to-left runs. In
/// `.terminal` mode lines stay in logical order for a terminal that does its own bidi.
public enum ParagraphLayout {
    /// The lines of `text` laid out in `width` columns (a character wider than the width, a CJK
    /// ideograph in one column, gets a line of its own). An empty paragraph is one empty line.
    ///
    /// - Parameter direction: the paragraph direction; by default that of its first strong
    ///   character, left to right when it has none.
    public static func lines(
        _ text: String, width: Int, options: LayoutOptions = LayoutOptions(), direction: ParagraphDirection? = nil
    ) -> [VisualLine] {
        lines(text[...], width: width, options: options, direction: direction)
    }

    /// The lines of part of a string; their ranges and source indices are indices of the whole string.
    public static func lines(
        _ text: Substring, width: Int, options: LayoutOptions = LayoutOptions(), direction: ParagraphDirection? = nil
    ) -> [VisualLine] {
        let width = max(1, width)
        let direction = direction ?? ParagraphDirection(firstStrongIn: text)
        let paragraph = LogicalParagraph(text, options: options)
        var result: [VisualLine] = []
        for range in paragraph.wrap(width: width) {
            result.append(paragraph.render(range, direction: direction))
        }
        return result
    }
}
