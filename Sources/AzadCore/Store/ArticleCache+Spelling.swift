import GRDB

/// "Did you mean": the nearest spelling the index knows, for a search that found nothing.
extension ArticleCache {
    /// `query` with each word the index does not know replaced by the nearest word it does (folded,
    /// as the index holds it), or nil when every word is known or none has a near spelling.
    ///
    /// Candidates share the word's first letter and are at most one edit away for a word of two to
    /// four letters, two for a longer one (a word of one letter is kept); among the nearest, the word
    /// in the most articles wins.
    /// The words come from the index's own vocabulary (an `fts5vocab` table in the connection's
    /// temporary schema), so nothing is written to the cache.
    public func nearestSpelling(of query: String) throws -> String? {
        let words = FoldedWords.words(in: Folding.fold(query.replacingOccurrences(of: "*", with: " ")))
        guard !words.isEmpty else { return nil }
        return try pool.read { db in
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_vocabulary
                    USING fts5vocab(main, article_search, 'row')
                    """)
            var changed = false
            var result: [String] = []
            for word in words {
                // A word of one letter stays as typed: any term of one or two letters that begins with it
                // is one edit away, so no suggestion would mean much, and looking for them counts the
                // articles of every term that begins with that letter (the reader asks while one is typed).
                if word.count == 1 {
                    result.append(word)
                    continue
                }
                let known = try Int.fetchOne(
                    db, sql: "SELECT doc FROM temp.article_vocabulary WHERE term = ?", arguments: [word])
                if known != nil {
                    result.append(word)
                } else if let near = try Self.nearest(to: word, in: db) {
                    result.append(near)
                    changed = true
                } else {
                    result.append(word)
                }
            }
            return changed ? result.joined(separator: " ") : nil
        }
    }

    /// The known word nearest to `word`, within the edit distance its length allows.
    private static func nearest(to word: String, in db: Database) throws -> String? {
        guard let first = word.unicodeScalars.first, let next = Unicode.Scalar(first.value + 1) else { return nil }
        let letters = Array(word)
        let allowed = letters.count <= 4 ? 1 : 2
        let rows = try Row.fetchCursor(
            db, sql: "SELECT term, doc FROM temp.article_vocabulary WHERE term >= ? AND term < ?",
            arguments: [String(first), String(next)])
        var best: (term: String, distance: Int, documents: Int)? = nil
        while let row = try rows.next() {
            let term: String = row["term"]
            let candidate = Array(term)
            guard abs(candidate.count - letters.count) <= allowed else { continue }
            let distance = editDistance(letters, candidate, limit: allowed)
            guard distance <= allowed else { continue }
            let documents: Int = row["doc"]
            if let current = best,
                current.distance < distance || current.distance == distance && current.documents >= documents
            {
                continue
            }
            best = (term, distance, documents)
        }
        return best?.term
    }

    /// Levenshtein distance between `a` and `b` by character, or `limit + 1` once it is past `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
