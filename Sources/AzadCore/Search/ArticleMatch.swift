/// One place where a search matches in an article: a block and a range of its text.
///
/// The reader's in-article search and the highlights of an article opened from archive results
/// both come from ``SearchQuery``, so a word the archive search finds is found in the article too
/// (the same folding: ي/ی, ZWNJ, digits, diacritics, compounds).
public struct ArticleMatch: Sendable, Hashable {
    /// The index in `Article.blocks`.
    public var block: Int
    /// A range of whole characters of the block's text.
    public var range: Range<String.Index>

    public init(block: Int, range: Range<String.Index>) {
        self.block = block
        self.range = range
    }

    /// Every match of `ranges` (block index → ranges in that block), in reading order.
    public static func inReadingOrder(_ ranges: [Int: [Range<String.Index>]]) -> [ArticleMatch] {
        ranges.keys.sorted().flatMap { block in
            (ranges[block] ?? []).sorted { $0.lowerBound < $1.lowerBound }.map { ArticleMatch(block: block, range: $0) }
        }
    }
}

extension SearchQuery {
    /// Where the query matches in each block of `article` (block index → ranges), leaving out the
    /// blocks it does not match.
    public func matchRanges(in article: Article) -> [Int: [Range<String.Index>]] {
        var result: [Int: [Range<String.Index>]] = [:]
        guard !isEmpty else { return result }
        for (index, block) in article.blocks.enumerated() {
            let ranges = ranges(in: block.text)
            if !ranges.isEmpty { result[index] = ranges }
        }
        return result
    }
}
