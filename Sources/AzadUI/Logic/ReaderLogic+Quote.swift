import AzadCore

extension ReaderLogic {
    /// The quote under a selection of laid-out lines, widened to its unit (whole paragraphs, whole
    /// couplets): the logical original text of the blocks it touches (never the shaped, reordered
    /// text the screen shows), joined by blank lines.
    ///
    /// Header lines (title, byline, date) add nothing: the quote's attribution carries them.
    static func quote(selection: Selection, in opened: OpenArticle) -> QuoteRequest? {
        guard !opened.lines.isEmpty else { return nil }
        let range = opened.lines(of: selection).clamped(to: 0...(opened.lines.count - 1))
        let text = QuoteSelection.logicalText(
            of: range.lowerBound..<(range.upperBound + 1), in: opened.lines, article: opened.article)
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        var blocks: [Int] = []
        for line in opened.lines[range] {
            if let block = line.blockIndex, blocks.last != block { blocks.append(block) }
        }
        return QuoteRequest(summary: opened.summary, article: opened.article, text: text, blockIndices: blocks)
    }
}
