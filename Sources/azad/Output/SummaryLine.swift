import AzadCore

/// One line of `list` or `search` text output: id, date, language, title.
enum SummaryLine {
    /// Logical output, for pipes and terminals with their own bidi: the fields separated by tabs.
    static func text(_ summary: ArticleSummary) -> String {
        let date = summary.date?.iso ?? "----------"
        return "\(summary.id)\t\(date)\t\(summary.language)\t\(Sanitizer.singleLine(summary.title))"
    }

    /// Visual output for a terminal of `width` columns: columns by display width, the title shaped
    /// and in visual order, a right-to-left title right-aligned in its column, cut with `…` when long.
    static func text(_ summary: ArticleSummary, idWidth: Int, width: Int, options: LayoutOptions) -> String {
        let date = summary.date?.iso ?? "----------"
        let id = String(summary.id)
        let language = summary.language.count <= 5 ? summary.language : String(summary.language.prefix(5))
        let prefix =
            String(repeating: " ", count: max(0, idWidth - id.count)) + id + "  " + date + "  "
            + language + String(repeating: " ", count: 5 - language.count) + "  "
        let column = max(1, width - DisplayWidth.of(prefix))
        return prefix + aligned(summary.title, width: column, options: options)
    }

    /// A search hit's snippet under its row, indented, laid out like a title.
    static func snippet(_ snippet: String, idWidth: Int, width: Int, options: LayoutOptions) -> String {
        let indent = idWidth + 2
        return String(repeating: " ", count: indent) + aligned(snippet, width: max(1, width - indent), options: options)
    }

    /// `text` on one line of `width` columns in visual order, right-aligned when it runs right to left
    /// (no trailing spaces after a left-to-right one).
    static func aligned(_ text: String, width: Int, options: LayoutOptions) -> String {
        let line = ParagraphLayout.truncatedLine(text, width: width, options: options)
        return String(repeating: " ", count: line.indent(in: width)) + line.text
    }
}
