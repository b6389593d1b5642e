import AzadCore

/// One line of `list` or `search` text output: id, date, language, title, separated by tabs.
enum SummaryLine {
    static func text(_ summary: ArticleSummary) -> String {
        let date = summary.date?.iso ?? "----------"
        return "\(summary.id)\t\(date)\t\(summary.language)\t\(Sanitizer.singleLine(summary.title))"
    }
}
