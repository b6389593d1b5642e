extension QuoteSelection {
    /// What a selection of laid-out lines is widened to before it is quoted.
    public enum Unit: Sendable, Hashable {
        /// Whole blocks: paragraphs, headings, stanzas (`v`).
        case block
        /// Lines, but a verse line's two half-lines together: a hemistich is never cut from its
        /// pair, even where the layout puts them on two rows (a mouse drag).
        case couplet
        /// The lines exactly as selected, half-lines of verse included (`V`).
        case line
    }

    /// The lines `range` covers once widened to whole `unit`s: the quote takes these lines, and the
    /// reading pane highlights them.
    public static func widened<Lines: RandomAccessCollection<ArticleLine>>(
        _ range: ClosedRange<Int>, in lines: Lines, article: Article, to unit: Unit
    ) -> ClosedRange<Int> where Lines.Index == Int {
        guard !lines.isEmpty, unit != .line else { return range }
        let range = range.clamped(to: 0...(lines.count - 1))
        func together(_ a: Int, _ b: Int) -> Bool {
            guard let block = lines[a].blockIndex, lines[b].blockIndex == block else { return false }
            if unit == .block { return true }
            guard lines[a].style == .verse, lines[b].style == .verse, article.blocks.indices.contains(block) else {
                return false
            }
            let text = article.blocks[block].text
            return verseLineStart(of: lines[a].line.logicalRange.lowerBound, in: text)
                == verseLineStart(of: lines[b].line.logicalRange.lowerBound, in: text)
        }
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower > 0, together(lower - 1, lower) { lower -= 1 }
        while upper < lines.count - 1, together(upper, upper + 1) { upper += 1 }
        return lower...upper
    }

    /// Where the verse line (a couplet, its half-lines split by a tab) holding `index` starts.
    static func verseLineStart(of index: String.Index, in text: String) -> String.Index {
        let index = min(max(index, text.startIndex), text.endIndex)
        guard let newline = text[..<index].lastIndex(of: "\n") else { return text.startIndex }
        return text.index(after: newline)
    }
}
