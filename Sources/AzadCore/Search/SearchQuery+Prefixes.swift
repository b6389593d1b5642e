/// Prefixes written as the words they begin (`ArticleCache+Words.swift`).
extension SearchQuery {
    /// The query with each phrase that is one word searched as a prefix of more than `length`
    /// letters (scalars, as FTS5 counts a prefix index's length) replaced by the words `words` gives
    /// for it, each searched as itself; a prefix `words` gives nil for stays a prefix.
    ///
    /// The words take the phrase's place, origin and column, so the query finds and ranks the same
    /// articles, and highlights the same words, as with the prefix.
    func expandingPrefixes(longerThan length: Int, words: (String) throws -> [String]?) rethrows -> SearchQuery {
        func expanded(_ phrases: [Phrase]) throws -> [Phrase] {
            var result: [Phrase] = []
            for phrase in phrases {
                guard phrase.isPrefix, phrase.words.count == 1, phrase.words[0].unicodeScalars.count > length,
                    let found = try words(phrase.words[0])
                else {
                    result.append(phrase)
                    continue
                }
                for word in found where !result.contains(where: { !$0.isPrefix && $0.words == [word] }) {
                    result.append(Phrase(words: [word], origin: phrase.origin, column: phrase.column))
                }
            }
            return result
        }
        var query = self
        query.clauses = try clauses.map(expanded)
        query.extensions = try extensions.map(expanded)
        return query
    }
}
