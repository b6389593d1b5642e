import Foundation

/// What a user typed into search, as a typed query: never raw text in SQL.
///
/// The language is small: plain words must all match, `"…"` matches a phrase exactly, `word*` a
/// prefix, and `field:value` names a field (``SearchField``: `title:`, `author:`, `lang:`, `section:`,
/// `year:`, `after:`, `before:`, `is:`). Everything else is text — `AND`, `NEAR(`, an unknown `foo:`,
/// parentheses, an unbalanced quote or a SQL fragment are just words (or separators), so no input is
/// ever an error.
///
/// Words are folded with ``Folding`` like the index. Spellings that folding cannot make alike (one
/// word written as two, `Muenchen` for `München`) are matched in the query instead: a clause matches
/// any of its spellings. `SearchQuery+Spellings.swift` holds those rules, `SearchQuery+Inflections.swift`
/// a word's inflections and compounds, which rank below the words as typed.
public struct SearchQuery: Sendable, Hashable {
    /// Consecutive folded words; the last may be a prefix.
    public struct Phrase: Sendable, Hashable {
        public var words: [String]
        public var isPrefix: Bool
        /// Where the phrase comes from: an article matching only phrases that were not typed ranks
        /// below one matching the query as typed.
        public var origin: Origin
        /// The index column the phrase must be in (`title`, `authors`), or nil for any.
        public var column: String?

        public init(words: [String], isPrefix: Bool = false, origin: Origin = .typed, column: String? = nil) {
            self.words = words
            self.isPrefix = isPrefix
            self.origin = origin
            self.column = column
        }
    }

    /// Where a phrase of a clause comes from.
    public enum Origin: Sendable, Hashable {
        /// The words typed, or a spelling of them folding cannot make alike (`Muenchen`, `امان الله`).
        case typed
        /// Another inflection of the word typed (`ceasefires` for `ceasefire`, `نامه‌ها` for `نامه`).
        case inflection
        /// The word typed joined with the next, or split in two (`آتش‌بس` for `آتش بس`).
        case compound
    }

    /// Every clause must match; a clause matches when any of its phrases (the words typed and their
    /// spellings) does, or any of its extensions.
    public var clauses: [[Phrase]]

    /// For each clause, the inflections and compounds it also matches, which rank below the clause's
    /// own phrases.
    public var extensions: [[Phrase]] = []

    /// What the query's fields narrow the articles to.
    public var filter = SearchFilter()

    /// For each clause, the single word typed outside quotes that may still be split into two words
    /// the index holds (``ArticleCache`` looks them up), or nil.
    var splittable: [String?] = []

    /// Caps that keep a pasted page from becoming a runaway query.
    static let maximumClauses = 32
    static let maximumWordsPerPhrase = 16

    /// One clause while parsing: the words typed, their spellings, and how they were typed.
    struct Group {
        var words: [String]
        var alternatives: [[String]]
        var isPrefix: Bool
        var quoted: Bool
        var typed: String
        var column: String?
    }

    /// Parses what the user typed.
    public init(_ text: String) {
        var groups: [Group] = []
        var filter = SearchFilter()
        for var item in Self.lex(text) {
            var column: String?
            if let field = item.field {
                if let fieldColumn = field.column {
                    column = fieldColumn
                } else if filter.take(field, value: item.text) {
                    continue
                } else {
                    item.text = field.rawValue + ":" + item.text
                }
            }
            if !item.quoted, let word = Self.withoutClitics(item.text) { item.text = word }
            let words = Array(FoldedWords.words(in: Folding.fold(item.text)).prefix(Self.maximumWordsPerPhrase))
            guard !words.isEmpty else { continue }
            let alternatives = Self.alternatives(of: words, typed: item.text)
            if !item.quoted, !item.isPrefix, let last = groups.last, !last.quoted, !last.isPrefix,
                last.column == column, last.words.count + words.count <= Self.maximumWordsPerPhrase,
                Self.attaches(last.words[last.words.count - 1], words[0])
            {
                // `می شود` typed with a space is one word written apart: match it as one clause.
                groups[groups.count - 1].words += words
                groups[groups.count - 1].alternatives += alternatives
                continue
            }
            groups.append(
                Group(
                    words: words, alternatives: alternatives, isPrefix: item.isPrefix, quoted: item.quoted,
                    typed: item.text, column: column))
        }
        groups = Array(groups.prefix(Self.maximumClauses))
        self.filter = filter
        clauses = groups.map { group in
            var phrases = Self.spellings(of: group.alternatives).map {
                Phrase(words: $0, isPrefix: group.isPrefix, column: group.column)
            }
            if !group.quoted, !group.isPrefix, group.words.count == 1, let letters = Self.acronymLetters(group.typed) {
                phrases.append(Phrase(words: letters, column: group.column))
            }
            return phrases
        }
        extensions = Array(repeating: [], count: clauses.count)
        for index in clauses.indices.dropLast() {
            let left = groups[index]
            let right = groups[index + 1]
            guard left.words.count == 1, right.words.count == 1, !left.quoted, !right.quoted, !left.isPrefix,
                left.column == right.column
            else { continue }
            let loose = Self.looselyAttaches(left.words[0], right.words[0])
            guard loose || Self.joinable(left.words[0], right.words[0]) else { continue }
            // `محمد علی` may be `محمدعلی`, but `محمد` and `علی` typed apart may also be two words: both
            // clauses stay, and the joined word satisfies each.
            let joined = Phrase(
                words: [left.words[0] + right.words[0]], isPrefix: right.isPrefix, origin: loose ? .typed : .compound,
                column: left.column)
            for clause in [index, index + 1] where !clauses[clause].contains(where: { $0.words == joined.words }) {
                if loose { clauses[clause].append(joined) } else { extensions[clause].append(joined) }
            }
        }
        addInflections(groups, typedText: text)
        splittable = groups.map { group in
            !group.quoted && !group.isPrefix && group.words.count == 1 && Self.isArabicScript(group.words[0])
                ? group.words[0] : nil
        }
    }

    /// No words to search for (empty input, only punctuation and symbols, or only fields that filter).
    public var isEmpty: Bool { clauses.isEmpty }

    /// The FTS5 query of the words as typed and their spellings: every word is a quoted string, so
    /// nothing the user typed is an operator.
    public var ftsPattern: String? { Self.pattern(clauses) }

    /// The FTS5 query with every clause's extensions too: what the index is searched with.
    public var matchPattern: String? {
        Self.pattern(clauses.indices.map { clauses[$0] + (extensions.indices.contains($0) ? extensions[$0] : []) })
    }

    /// The FTS5 query of the words as typed, when the query has extensions: an article it matches
    /// ranks above one that matches only through an inflection or a compound.
    var typedPattern: String? { extensions.allSatisfy(\.isEmpty) ? nil : ftsPattern }

    static func pattern(_ clauses: [[Phrase]]) -> String? {
        guard !clauses.isEmpty, !clauses.contains(where: \.isEmpty) else { return nil }
        return clauses.map { clause in
            let alternatives =
                "("
                + clause.map { phrase in
                    let words = phrase.words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"")
                    return "\"\(words)\"" + (phrase.isPrefix ? " *" : "")
                }.joined(separator: " OR ") + ")"
            // A clause's phrases share the column of the field they were typed in.
            if let column = clause.first?.column { return "{\(column)} : \(alternatives)" }
            return alternatives
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
        // Single words (most of a clause's inflections) are looked up in one pass over the text.
        var singles: Set<ArraySlice<UInt8>> = []
        var phrases: [Phrase] = []
        for phrase in Array(clauses.joined()) + Array(extensions.joined()) {
            if phrase.words.count == 1, !phrase.isPrefix {
                singles.insert(ArraySlice(phrase.words[0].utf8))
            } else {
                phrases.append(phrase)
            }
        }
        if !singles.isEmpty {
            for (index, word) in words.enumerated() where singles.contains(word) { matches.append(wordRanges[index]) }
        }
        for phrase in phrases {
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
        /// The field named before a colon (`title:` of `title:kabul` or `title:"a phrase"`).
        var field: SearchField? = nil
    }

    static let quoteMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "«", "»"]

    /// Splits input into words and quoted phrases; an unclosed quote runs to the end.
    static func lex(_ text: String) -> [Item] {
        var items: [Item] = []
        var current = ""
        var inQuote = false
        var pendingField: SearchField?
        func flush(quoted: Bool) {
            var word = current
            current = ""
            var field: SearchField?
            if quoted {
                field = pendingField
            } else if let colon = word.firstIndex(of: ":"), let named = SearchField(name: word[..<colon]) {
                let value = word[word.index(after: colon)...]
                if value.isEmpty {
                    // `title:"a phrase"`: the field is the quoted item's.
                    pendingField = named
                    return
                }
                field = named
                word = String(value)
            }
            if !quoted, field == nil, let named = pendingField {
                // `title:` followed by a space: the field's name is a word after all.
                items.append(Item(text: named.rawValue, quoted: false, isPrefix: false))
            }
            pendingField = nil
            var isPrefix = false
            while word.hasSuffix("*") {
                word.removeLast()
                isPrefix = true
            }
            if !word.isEmpty { items.append(Item(text: word, quoted: quoted, isPrefix: isPrefix, field: field)) }
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
