/// Maps display lines the reader selected back to the logical text they came from.
///
/// The screen shows visual order and (in visual mode) Arabic presentation forms; a quote must hold the
/// article's own characters, in reading order, ZWNJ and all. Every `VisualLine` knows the logical range of
/// its source paragraph, so a selection becomes one slice of the source per block, cut by those ranges.
public enum QuoteSelection {
    /// The logical text the `lines` of one paragraph cover: the source from the start of the first
    /// line's range to the end of the last one's (the spaces a wrap swallowed included).
    ///
    /// `paragraph` must be the text the lines were laid out from.
    public static func logicalText(of lines: some Sequence<VisualLine>, in paragraph: String) -> String {
        let ranges = lines.map { utf8Range($0.logicalRange, in: paragraph) }
        guard let lower = ranges.map(\.lowerBound).min(), let upper = ranges.map(\.upperBound).max() else {
            return ""
        }
        return slice(paragraph, lower..<upper)
    }

    /// The logical text of the selected `lines[selection]` of an article's layout.
    ///
    /// Each block the selection touches contributes its slice; slices of several blocks are joined by a
    /// blank line, as the export separates paragraphs. Header lines (title, byline, date, section, source)
    /// are left out: the quote's attribution carries them.
    public static func logicalText<Lines: RandomAccessCollection<ArticleLine>>(
        of selection: Range<Int>, in lines: Lines, article: Article
    ) -> String where Lines.Index == Int {
        let selection = selection.clamped(to: lines.startIndex..<lines.endIndex)
        var pieces: [String] = []
        var blockIndex: Int? = nil
        var blockRange: Range<Int>? = nil
        func flush() {
            if let blockIndex, let blockRange, article.blocks.indices.contains(blockIndex) {
                pieces.append(slice(article.blocks[blockIndex].text, blockRange))
            }
        }
        for (position, line) in zip(selection, lines[selection]) {
            guard let block = line.blockIndex, article.blocks.indices.contains(block) else { continue }
            guard let range = blockUTF8Range(ofLineAt: position, in: lines, block: article.blocks[block]) else {
                continue
            }
            if block != blockIndex {
                flush()
                blockIndex = block
                blockRange = range
            } else if let current = blockRange {
                blockRange = min(current.lowerBound, range.lowerBound)..<max(current.upperBound, range.upperBound)
            }
        }
        flush()
        return pieces.joined(separator: "\n\n")
    }

    /// Where the line at `position` sits in its block's text, in UTF-8 offsets.
    ///
    /// Every block line, verse included, is laid out from a slice of the block's text, so its range
    /// indexes that text directly.
    private static func blockUTF8Range<Lines: RandomAccessCollection<ArticleLine>>(
        ofLineAt position: Int, in lines: Lines, block: Block
    ) -> Range<Int>? where Lines.Index == Int {
        utf8Range(lines[position].line.logicalRange, in: block.text)
    }

    /// `range` of `text` as UTF-8 offsets, clamped to the text.
    private static func utf8Range(_ range: Range<String.Index>, in text: String) -> Range<Int> {
        func offset(_ index: String.Index) -> Int {
            let index = min(max(index, text.startIndex), text.endIndex)
            return text.utf8.distance(from: text.utf8.startIndex, to: index)
        }
        return offset(range.lowerBound)..<offset(range.upperBound)
    }

    /// The UTF-8 bytes `range` of `text`, as a string.
    private static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = Array(text.utf8)
        let range = range.clamped(to: 0..<utf8.count)
        return String(decoding: utf8[range], as: UTF8.self)
    }
}
