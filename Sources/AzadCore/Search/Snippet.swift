/// The line of text a search hit shows: the original words around the first match in the body.
enum Snippet {
    /// Characters of context kept before the match.
    static let lead = 40
    /// Characters a snippet holds at most (plus the ellipses).
    static let length = 160

    static func make(query: SearchQuery, title: String, blocks: [Block]) -> String {
        for block in blocks {
            if let match = query.ranges(in: block.text).first {
                return excerpt(block.text, around: match)
            }
        }
        // The match is in the title, subtitle or byline only: open the body instead.
        guard let first = blocks.first(where: { !$0.text.isEmpty }) else { return "" }
        return excerpt(first.text, around: first.text.startIndex..<first.text.startIndex)
    }

    static func excerpt(_ text: String, around match: Range<String.Index>) -> String {
        var start = text.index(match.lowerBound, offsetBy: -lead, limitedBy: text.startIndex) ?? text.startIndex
        if start > text.startIndex {
            // Begin at a word.
            if let space = text[start..<match.lowerBound].firstIndex(where: \.isWhitespace) {
                start = text.index(after: space)
            }
        }
        var end = text.index(start, offsetBy: length, limitedBy: text.endIndex) ?? text.endIndex
        if end < match.upperBound { end = match.upperBound }
        if end < text.endIndex, let space = text[match.upperBound..<end].lastIndex(where: \.isWhitespace) {
            end = space
        }
        var result = start > text.startIndex ? "…" : ""
        var lastWasSpace = false
        for character in text[start..<end] {
            // One line, and no control character ever reaches a terminal.
            let isSpace =
                character.isWhitespace
                || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            if isSpace {
                if !lastWasSpace { result.append(" ") }
            } else {
                result.append(character)
            }
            lastWasSpace = isSpace
        }
        if end < text.endIndex { result += "…" }
        return result
    }
}
