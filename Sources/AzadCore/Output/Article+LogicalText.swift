extension Article {
    /// The article as plain text in logical order, for saving to a file or piping to a command: a
    /// header of title, subtitle, authors, date and source URL (each line only when the article has
    /// it), a blank line, then the blocks separated by blank lines. Never presentation forms or
    /// visual order: what a program reading it gets is what the export said.
    public var logicalText: String {
        var header = [title]
        if let subtitle, !subtitle.isEmpty { header.append(subtitle) }
        if !authors.isEmpty { header.append(authors.joined(separator: ", ")) }
        if let dated = dateText ?? date.map(\.iso), !dated.isEmpty { header.append(dated) }
        if let source, !source.isEmpty { header.append(source) }
        let parts = [header.joined(separator: "\n")] + blocks.map(\.text)
        return parts.joined(separator: "\n\n") + "\n"
    }
}
