import AzadCore

extension Reader {
    /// The logical original text under a selection of laid-out lines: whole blocks' text between the
    /// first and last selected characters, blocks joined by a blank line.
    ///
    /// Visual lines of a right-to-left paragraph are reordered and shaped on screen; their
    /// `logicalRange` leads back to the characters they came from, ZWNJ and all.
    static func quote(selection: Selection, in opened: OpenArticle) -> QuoteRequest? {
        let lines = opened.lines
        let range = selection.lines.clamped(to: 0...max(0, lines.count - 1))
        guard !lines.isEmpty else { return nil }
        var pieces: [(block: Int, text: String)] = []
        var headerPieces: [String] = []
        // Layout wraps each verse line on its own, so a visual line that starts at offset 0 of its
        // source starts the next verse line of the block.
        let origin = "".startIndex
        var verseLine: [Int: Int] = [:]
        for index in 0..<lines.count {
            let line = lines[index]
            var ordinal = 0
            if line.style == .verse, let block = line.blockIndex {
                if let previous = verseLine[block] {
                    ordinal = line.line.logicalRange.lowerBound == origin ? previous + 1 : previous
                }
                verseLine[block] = ordinal
            }
            guard range.contains(index), line.style != .blank else { continue }
            guard let block = line.blockIndex, opened.article.blocks.indices.contains(block) else {
                headerPieces.append(headerSource(of: line, in: opened.article))
                continue
            }
            let text = opened.article.blocks[block].text
            let source: String
            let base: String.Index
            if line.style == .verse {
                let verses = text.split(separator: "\n", omittingEmptySubsequences: false)
                guard verses.indices.contains(ordinal) else { continue }
                source = String(verses[ordinal])
                base = verses[ordinal].startIndex
            } else {
                source = text
                base = text.startIndex
            }
            let piece = slice(source, line.line.logicalRange, rebasedOn: text, at: base)
            if let last = pieces.last, last.block == block {
                pieces[pieces.count - 1].text = join(last.text, piece, verse: line.style == .verse)
            } else {
                pieces.append((block, piece))
            }
        }
        let body = (headerPieces + pieces.map(\.text)).joined(separator: "\n\n")
        guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return QuoteRequest(
            summary: opened.summary, article: opened.article, text: body, blockIndices: pieces.map(\.block))
    }

    /// `range` (indices of `source`, a copy of part of `text` starting at `base`) as text of `text`.
    private static func slice(
        _ source: String, _ range: Range<String.Index>, rebasedOn text: String, at base: String.Index
    )
        -> String
    {
        let lower = source.utf8.distance(from: source.startIndex, to: range.lowerBound)
        let upper = source.utf8.distance(from: source.startIndex, to: range.upperBound)
        let start = text.utf8.index(base, offsetBy: lower, limitedBy: text.endIndex) ?? text.endIndex
        let end = text.utf8.index(base, offsetBy: upper, limitedBy: text.endIndex) ?? text.endIndex
        return String(text[start..<max(start, end)])
    }

    /// Consecutive lines of one block: verse lines keep their line breaks; wrapped prose lines met at a
    /// space the layout swallowed.
    private static func join(_ first: String, _ second: String, verse: Bool) -> String {
        if verse { return first + "\n" + second }
        if first.last?.isWhitespace == true || second.first?.isWhitespace == true { return first + second }
        return first + " " + second
    }

    private static func headerSource(of line: ArticleLine, in article: Article) -> String {
        switch line.style {
        case .title: return article.title
        case .subtitle: return article.subtitle ?? ""
        case .byline: return article.authors.joined(separator: ", ")
        default: return line.line.text
        }
    }
}
