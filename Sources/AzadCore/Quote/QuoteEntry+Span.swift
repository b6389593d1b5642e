import Foundation

extension QuoteEntry {
    /// The entries `span` quotes from `article`, one per part: the part's blocks in logical order,
    /// joined by a blank line as the export separates paragraphs, each entry with the article's
    /// attribution. Nil when a part names a block the article does not have.
    public static func entries(_ span: ParagraphSpan, of article: Article, exportedAt: Date = Date()) -> [QuoteEntry]? {
        guard span.firstOutOfRange(blockCount: article.blocks.count) == nil else { return nil }
        return span.parts.map { part in
            let text = article.blocks[(part.lowerBound - 1)...(part.upperBound - 1)].map(\.text)
                .joined(separator: "\n\n")
            return QuoteEntry(text: text, article: article, exportedAt: exportedAt)
        }
    }
}
