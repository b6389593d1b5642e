import GRDB

/// The index of two- and three-letter prefixes.
extension ArticleCache {
    /// Prefix lengths FTS5 indexes on their own: `ma*` reads one list instead of merging the lists of
    /// every word that begins `ma`, which is what the reader asks on every letter typed.
    static let prefixLengths = "2 3"

    /// Rebuilds the search table with prefix indexes. The folding version is forgotten with it, so
    /// opening the cache empties it and the next sync indexes every article again.
    static func addPrefixIndexes(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP TABLE article_search;
                CREATE VIRTUAL TABLE article_search USING fts5(
                    title, subtitle, authors, body,
                    content = '',
                    prefix = '\(prefixLengths)',
                    tokenize = "\(FoldedWords.tokenizer)"
                );
                INSERT INTO article_search(article_search, rank) VALUES('rank', '\(ranking)');
                DELETE FROM meta WHERE key = 'folding';
                """)
    }
}
