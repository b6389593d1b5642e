/// One line of an article as the reading pane and `azad show` lay it out.
public struct ArticleLine: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case title, subtitle, byline, meta, heading, paragraph, verse, blank
    }

    public var style: Style
    public var line: VisualLine
    /// The index in `Article.blocks` of the block this line belongs to; nil for the header lines.
    public var blockIndex: Int?

    public init(style: Style, line: VisualLine, blockIndex: Int?) {
        self.style = style
        self.line = line
        self.blockIndex = blockIndex
    }
}

/// The one layout of an article, shared by the reading pane and `azad show`.
public enum ArticleLayout {
    public static func lines(for article: Article, width: Int, options: LayoutOptions = LayoutOptions())
        -> [ArticleLine]
    {
        var result: [ArticleLine] = []
        func add(_ text: String, _ style: ArticleLine.Style, block: Int? = nil) {
            for line in ParagraphLayout.lines(text, width: width, options: options) {
                result.append(ArticleLine(style: style, line: line, blockIndex: block))
            }
        }
        func blank() { add("", .blank) }
        add(article.title, .title)
        if let subtitle = article.subtitle { add(subtitle, .subtitle) }
        if !article.authors.isEmpty { add(article.authors.joined(separator: ", "), .byline) }
        let meta = [article.date?.iso, article.section, article.source].compactMap { $0 }
        for item in meta { add(item, .meta) }
        for (index, block) in article.blocks.enumerated() {
            blank()
            switch block.kind {
            case .heading: add(block.text, .heading, block: index)
            case .paragraph: add(block.text, .paragraph, block: index)
            case .verse:
                for verseLine in block.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    add(String(verseLine), .verse, block: index)
                }
            }
        }
        return result
    }
}
