import Foundation

/// What a user typed into search, as a typed query: never raw text in SQL.
///
/// The language is small: plain words must all match, `"…"` matches a phrase, `word*` a prefix.
/// Everything else is text — `AND`, `NEAR(`, `title:`, parentheses, an unbalanced quote or a SQL
/// fragment are just words (or separators), so no input is ever an error.
///
/// Words are folded with ``Folding`` like the index. Spellings that folding cannot make alike (one
/// word written as two, `Muenchen` for `München`) are matched in the query instead: a clause matches
/// any of its spellings. `SearchQuery+Spellings.swift` holds the rules.
public struct SearchQuery: Sendable, Hashable {
    /// Consecutive folded words; the last may be a prefix.
    public struct Phrase: Sendable, Hashable {
        public var words: [String]
        public var isPrefix: Bool

        public init(words: [String], isPrefix: Bool = false) {
            self.words = words
            self.isPrefix = isPrefix
        }
    }

    /// Every clause must match; a clause matches when any of its phrases does.
    public var clauses: [[Phrase]]

    /// Caps that keep a pasted page from becoming a runaway query.
    static let maximumClauses = 32
    static let maximumWordsPerPhrase = 16

    /// Parses what the user typed.
    public init(_ text: String) {
        var groups: [(words: [String], alternatives: [[String]], isPrefix: Bool, quoted: Bool, typed: String)] = []
        for var item in Self.lex(text) {
            if !item.quoted, let word = Self.withoutClitics(item.text) { item.text = word }
            let words = Array(FoldedWords.words(in: Folding.fold(item.text)).prefix(Self.maximumWordsPerPhrase))
            guard !words.isEmpty else { continue }
            let alternatives = Self.alternatives(of: words, typed: item.text)
            if !item.quoted, !item.isPrefix, let last = groups.last, !last.quoted, !last.isPrefix,
                last.words.count + words.count <= Self.maximumWordsPerPhrase,
                Self.attaches(last.words[last.words.count - 1], words[0])
            {
                // `می شود` typed with a space is one word written apart: match it as one clause.
                groups[groups.count - 1].words += words
                groups[groups.count - 1].alternatives += alternatives
                continue
            }
            groups.append((words, alternatives, item.isPrefix, item.quoted, item.text))
        }
        clauses = groups.prefix(Self.maximumClauses).map { group in
            var phrases = Self.spellings(of: group.alternatives).map { Phrase(words: $0, isPrefix: group.isPrefix) }
            if !group.quoted, !group.isPrefix, group.words.count == 1, let letters = Self.acronymLetters(group.typed) {
                phrases.append(Phrase(words: letters))
            }
            return phrases
        }
        for index in clauses.indices.dropLast() {
            let left = groups[index]
            let right = groups[index + 1]
            guard left.words.count == 1, right.words.count == 1, !left.quoted, !right.quoted, !left.isPrefix,
                Self.looselyAttaches(left.words[0], right.words[0])
            else { continue }
            // `محمد علی` may be `محمدعلی`, but `محمد` and `علی` typed apart may also be two words: both
            // clauses stay, and the joined word satisfies each.
            let joined = Phrase(words: [left.words[0] + right.words[0]], isPrefix: right.isPrefix)
            for clause in [index, index + 1] where !clauses[clause].contains(joined) {
                clauses[clause].append(joined)
            }
        }
    }

    /// Nothing to search for (empty input, or only punctuation and symbols).
    public var isEmpty: Bool { clauses.isEmpty }

    /// The FTS5 query: every word is a quoted string, so nothing the user typed is an operator.
    public var ftsPattern: String? {
        guard !clauses.isEmpty else { return nil }
        return clauses.map { clause in
            "("
                + clause.map { phrase in
                    let words = phrase.words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"")
                    return "\"\(words)\"" + (phrase.isPrefix ? " *" : "")
                }.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// Where the query matches in `text`, as ranges of whole characters of `text`, in order.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !clauses.isEmpty, !text.isEmpty else { return [] }
        let folded = Folding.foldWithOrigins(text)
        let bytes = Array(folded.text.utf8)
        let wordRanges = FoldedWords.ranges(in: folded.text)
        let words = wordRanges.map { bytes[$0] }
        var matches: [Range<Int>] = []
        for phrase in clauses.joined() {
            let needles = phrase.words.map { Array($0.utf8) }
            let count = needles.count
            guard count > 0, words.count >= count else { continue }
            for start in 0...(words.count - count) {
                var matched = true
                for offset in 0..<count {
                    let word = words[start + offset]
                    let needle = needles[offset]
                    let isLast = offset == count - 1
                    if isLast && phrase.isPrefix {
                        if word.count < needle.count || !word.starts(with: needle) { matched = false }
                    } else if !word.elementsEqual(needle) {
                        matched = false
                    }
                    if !matched { break }
                }
                if matched { matches.append(wordRanges[start].lowerBound..<wordRanges[start + count - 1].upperBound) }
            }
        }
        matches.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for match in matches {
            if let last = merged.last, match.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, match.upperBound)
            } else {
                merged.append(match)
            }
        }
        return merged.map { folded.originalRange(ofFoldedUTF8: $0) }
    }

    /// Match ranges in each block of `article`, one array per block (empty when it has none), for the
    /// reader's highlighting and its next/previous match keys.
    public func ranges(inBlocksOf article: Article) -> [[Range<String.Index>]] {
        article.blocks.map { ranges(in: $0.text) }
    }

    // MARK: - Reading the input

    struct Item {
        var text: String
        var quoted: Bool
        var isPrefix: Bool
    }

    static let quoteMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "«", "»"]

    /// Splits input into words and quoted phrases; an unclosed quote runs to the end.
    static func lex(_ text: String) -> [Item] {
        var items: [Item] = []
        var current = ""
        var inQuote = false
        func flush(quoted: Bool) {
            var word = current
            current = ""
            var isPrefix = false
            while word.hasSuffix("*") {
                word.removeLast()
                isPrefix = true
            }
            if !word.isEmpty { items.append(Item(text: word, quoted: quoted, isPrefix: isPrefix)) }
        }
        for character in text {
            if quoteMarks.contains(character) {
                flush(quoted: inQuote)
                inQuote.toggle()
            } else if character == "*", inQuote {
                // A star inside a phrase is a prefix mark on its last word when it ends the phrase.
                current.append(character)
            } else if character.isWhitespace && !inQuote {
                flush(quoted: false)
            } else if character == "*", !inQuote, current.isEmpty, let last = items.last, last.quoted,
                !last.isPrefix
            {
                // `"a phrase"*`
                items[items.count - 1].isPrefix = true
            } else {
                current.append(character)
            }
        }
        flush(quoted: inQuote)
        return items
    }
}
