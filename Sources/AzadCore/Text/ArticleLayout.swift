/// One line of an article as the reading pane and `azad show` lay it out.
public struct ArticleLine: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable, CaseIterable {
        case title, subtitle, byline, meta, heading, paragraph, verse, blank
    }

    public var style: Style
    public var line: VisualLine
    /// The index in `Article.blocks` of the block this line belongs to; nil for the header lines.
    /// For block lines, `line.logicalRange` and `line.sourceIndices` are indices of that block's text.
    public var blockIndex: Int?
    /// The web address the line shows (the source URL), whole even where the line is cut: what the
    /// reading pane sends as a hyperlink.
    public var link: String?

    public init(style: Style, line: VisualLine, blockIndex: Int?, link: String? = nil) {
        self.style = style
        self.line = line
        self.blockIndex = blockIndex
        self.link = link
    }
}

/// The one layout of an article, shared by the reading pane and `azad show`.
///
/// Header first — title, subtitle, byline, then meta lines: the date (for Persian and Pashto
/// articles the solar date as the site writes it, then the Gregorian one), the section, the source
/// URL — then the blocks, a blank line before each. Every paragraph takes its direction from its
/// first strong character, falling back to the article's `Language`, so a Persian paragraph that
/// opens with a number still sits on the right.
public enum ArticleLayout {
    public static func lines(for article: Article, width: Int, options: LayoutOptions = LayoutOptions())
        -> [ArticleLine]
    {
        lines(for: article, header: true, blocks: 0..<article.blocks.count, width: width, options: options)
    }

    /// The header's lines (when `header`) and those of `blocks` only, each block after its blank line:
    /// the header and consecutive ranges of blocks, joined, are `lines(for:width:options:)`. The reader
    /// lays out a long article this way, a slice at a time.
    public static func lines(
        for article: Article, header: Bool, blocks: Range<Int>, width: Int, options: LayoutOptions = LayoutOptions()
    ) -> [ArticleLine] {
        let width = max(1, width)
        let fallback = baseDirection(of: article)
        var result: [ArticleLine] = []
        func add(_ text: Substring, _ style: ArticleLine.Style, block: Int? = nil) {
            let direction = ParagraphDirection(firstStrongIn: text, fallback: fallback)
            for line in ParagraphLayout.lines(text, width: width, options: options, direction: direction) {
                result.append(ArticleLine(style: style, line: line, blockIndex: block))
            }
        }
        func blank() { add("", .blank) }

        if header {
            add(article.title[...], .title)
            if let subtitle = article.subtitle, !subtitle.isEmpty { add(subtitle[...], .subtitle) }
            // One paragraph in the article's direction, whatever script the names are in.
            if let byline = Language(tag: article.language).byline(article.contributors) {
                for line in ParagraphLayout.lines(byline, width: width, options: options, direction: fallback) {
                    result.append(ArticleLine(style: .byline, line: line, blockIndex: nil))
                }
            }
            for item in metaLines(for: article) {
                guard let source = article.source, item == source else {
                    add(item[...], .meta)
                    continue
                }
                // The source URL is never wrapped inside itself: one line, cut with `…` at the edge.
                let line = ParagraphLayout.clippedLine(source, width: width, options: options, direction: .leftToRight)
                result.append(ArticleLine(style: .meta, line: line, blockIndex: nil, link: source))
            }
        }
        for index in blocks.clamped(to: 0..<article.blocks.count) {
            let block = article.blocks[index]
            blank()
            switch block.kind {
            case .heading: add(block.text[...], .heading, block: index)
            case .paragraph: add(block.text[...], .paragraph, block: index)
            case .verse:
                for line in VerseLayout.lines(block.text, width: width, options: options, direction: fallback) {
                    result.append(ArticleLine(style: .verse, line: line, blockIndex: index))
                }
            }
        }
        return result
    }

    /// The article as plain text for `azad show`: each line indented to its paragraph's edge of a
    /// `width`-column page, no trailing spaces, a newline after every line.
    public static func plainText(for article: Article, width: Int, options: LayoutOptions = LayoutOptions())
        -> String
    {
        let width = max(1, width)
        var output = ""
        for line in lines(for: article, width: width, options: options) {
            if !line.line.text.isEmpty {
                output += String(repeating: " ", count: line.line.indent(in: width)) + line.line.text
            }
            output += "\n"
        }
        return output
    }

    /// The article language's direction (`Language.direction`): right to left for Persian, Pashto
    /// and the other Arabic- and Hebrew-script languages, else left to right.
    public static func baseDirection(of article: Article) -> ParagraphDirection {
        Language(tag: article.language).direction
    }

    /// The date, section and source lines of the header, in that order.
    static func metaLines(for article: Article) -> [String] {
        var items: [String] = []
        if let date = DateLine.text(for: article) { items.append(date) }
        if let section = article.section, !section.isEmpty { items.append(section) }
        if let source = article.source, !source.isEmpty { items.append(source) }
        return items
    }
}
