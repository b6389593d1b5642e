import Foundation
import GRDB

/// Ranked search over the index, with the query's filters.
extension ArticleCache {
    /// Ranked search: best first, at most `limit` hits (all when nil), each with a snippet of the
    /// original text around its first match. Any query text is safe; one with no words finds nothing
    /// unless it has fields (`lang:fa year:1394` lists those articles, newest first).
    public func search(_ query: String, limit: Int? = nil) throws -> [SearchHit] {
        try search(SearchQuery(query), limit: limit)
    }

    /// Ranked search with a query already parsed.
    public func search(_ query: SearchQuery, limit: Int? = nil) throws -> [SearchHit] {
        try search(query, limit: limit, snippets: true)
    }

    /// The query as the index runs it: the inflections the index holds, and each word also matching
    /// its halves written apart where the index holds both. What the reader highlights in an article
    /// the search found.
    public func resolved(_ query: SearchQuery) throws -> SearchQuery {
        try pool.read { db in try Self.resolved(query, db) }
    }

    static func resolved(_ query: SearchQuery, _ db: Database) throws -> SearchQuery {
        var known: [String: Bool] = [:]
        let resolved = try query.resolved { word in
            if let answer = known[word] { return answer }
            // The first posting answers: reading the word's whole doclist (as fts5vocab does) would
            // cost a common half its every occurrence.
            let answer =
                try Int.fetchOne(
                    db, sql: "SELECT rowid FROM article_search WHERE article_search MATCH ? LIMIT 1",
                    arguments: ["\"\(word.replacingOccurrences(of: "\"", with: "\"\""))\""]) != nil
            known[word] = answer
            return answer
        }
        return try expandingPrefixes(resolved, db)
    }

    /// A query matching more articles than this ranks the ones indexed last: ranking costs each
    /// matching row a bm25 computation, and a word in half of 200,000 articles would cost 200 ms.
    static let rankingWindow = 10_000

    /// Ranked search; without `snippets` every hit's snippet is empty and no body is read, which is
    /// what a list of titles needs (the reader searches on every letter typed, 500 hits at a time).
    public func search(_ query: SearchQuery, limit: Int?, snippets: Bool) throws -> [SearchHit] {
        try search(query, limit: limit, snippets: snippets, window: Self.rankingWindow)
    }

    /// Ranked search over the `window` matches indexed last.
    func search(_ query: SearchQuery, limit: Int?, snippets: Bool, window: Int) throws -> [SearchHit] {
        let rows = try hitRows(query, limit: limit, window: window, snippets: snippets) { hits in
            """
            SELECT \(Self.summaryColumns), hit.rank\(snippets ? ", b.blocks" : "")
            FROM (\(hits)) AS hit JOIN article a ON a.id = hit.rowid
            \(snippets ? "LEFT JOIN body b ON b.id = hit.rowid" : "")
            WHERE \(Self.listed)
            ORDER BY hit.typed DESC, hit.rank, a.id
            """
        }
        return rows.map { row in
            let summary = Self.summary(row)
            let rank: Double = row["rank"] ?? 0
            guard snippets else { return SearchHit(summary: summary, snippet: "", rank: rank) }
            let blocks = (row["blocks"] as Data?).map(BlockCodec.decode) ?? []
            return SearchHit(
                summary: summary, snippet: Snippet.make(query: query, title: summary.title, blocks: blocks), rank: rank)
        }
    }

    /// `search`'s hits as ids and ranks, in the same order, with no article's row read but a PDF's
    /// (whose text twin may hide it): the reader then reads a screen's summaries before the rest
    /// (`summaries(ids:)`), which on a cold page cache is a good part of a common word's cost.
    public func searchRanks(_ query: SearchQuery, limit: Int?) throws -> [RankedArticle] {
        try searchRanks(query, limit: limit, window: Self.rankingWindow)
    }

    func searchRanks(_ query: SearchQuery, limit: Int?, window: Int) throws -> [RankedArticle] {
        let rows = try hitRows(query, limit: limit, window: window, snippets: false) { hits in
            """
            SELECT hit.rowid AS id, hit.rank FROM (\(hits)) AS hit WHERE hit.rowid NOT IN (\(Self.hiddenIDs))
            ORDER BY hit.typed DESC, hit.rank, hit.rowid
            """
        }
        return rows.map { RankedArticle(id: $0["id"], rank: $0["rank"] ?? 0) }
    }

    /// The rows of `query`'s hits, read by the statement `select` makes of the ranked matches' SQL
    /// (`rankedHits`); for a query of fields alone, `filtered`'s rows.
    private func hitRows(_ query: SearchQuery, limit: Int?, window: Int, snippets: Bool, select: (String) -> String)
        throws -> [Row]
    {
        let limit = limit.map { max(0, $0) } ?? -1
        return try pool.read { db in
            let query = try Self.resolved(query, db)
            guard let (hits, arguments) = try Self.rankedHits(query, limit: limit, window: window, db) else {
                guard !query.filter.isEmpty, query.clauses.isEmpty else { return [] }
                return try Self.filtered(query.filter, limit: limit, snippets: snippets, db)
            }
            return try Row.fetchAll(db, sql: select(hits), arguments: arguments)
        }
    }

    /// The best `limit` matches of `query` (resolved) among the `window` indexed last, ranked in the
    /// index alone, as SQL giving `rowid`, `rank` and `typed` (1 for a match of the words as typed),
    /// with its arguments; nil for a query with no words to match.
    private static func rankedHits(_ query: SearchQuery, limit: Int, window: Int, _ db: Database) throws -> (
        String, StatementArguments
    )? {
        guard let pattern = query.matchPattern else { return nil }
        let (join, filterArguments) = filterJoin(query.filter)
        // The window: the rowid of the `window`-th match from the newest, when there are more.
        let probe = """
            SELECT article_search.rowid FROM article_search \(join)
            WHERE article_search MATCH ? ORDER BY article_search.rowid DESC LIMIT 1 OFFSET ?
            """
        let floor = try Int64.fetchOne(db, sql: probe, arguments: filterArguments + [pattern, max(0, window - 1)])
        let inWindow = floor.map { "AND article_search.rowid >= \($0)" } ?? ""
        // Articles matching the words as typed rank above those matching only an inflection or a
        // compound of them.
        var typed = "0"
        var arguments: StatementArguments = []
        if let typedPattern = query.typedPattern {
            typed = """
                article_search.rowid IN (SELECT rowid FROM article_search WHERE article_search MATCH ? \(inWindow))
                """
            _ = arguments.append(contentsOf: [typedPattern])
        }
        _ = arguments.append(contentsOf: filterArguments + [pattern, limit])
        // Rank in the index alone, then join only the hits kept: a common word must not read every row.
        // bm25 is called by name: the same function and weights as the index's `rank` column, whose
        // values it gives, but FTS5 serves the column at a higher cost a row (docs/DECISIONS.md).
        let sql = """
            SELECT article_search.rowid AS rowid, bm25(article_search, \(rankingWeights)) AS rank,
            \(typed) AS typed FROM article_search \(join)
            WHERE article_search MATCH ? \(inWindow) ORDER BY typed DESC, rank LIMIT ?
            """
        return (sql, arguments)
    }

    /// The articles a query of fields alone finds, newest first.
    private static func filtered(_ filter: SearchFilter, limit: Int, snippets: Bool, _ db: Database) throws -> [Row] {
        let (conditions, arguments) = filterConditions(filter, table: "a")
        let sql = """
            SELECT \(summaryColumns), NULL AS rank\(snippets ? ", b.blocks" : "") FROM article a
            \(snippets ? "LEFT JOIN body b ON b.id = a.id" : "")
            WHERE \(([listed] + conditions).joined(separator: " AND "))
            ORDER BY a.date IS NULL, a.date DESC, a.id DESC LIMIT ?
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments + [limit])
    }

    /// The join that keeps only the articles `filter` lets through, for the index's side of a search.
    private static func filterJoin(_ filter: SearchFilter) -> (String, StatementArguments) {
        guard filter.narrowsArticles else { return ("", []) }
        let (conditions, arguments) = filterConditions(filter, table: "f")
        return ("JOIN article f ON f.id = article_search.rowid AND " + conditions.joined(separator: " AND "), arguments)
    }

    /// SQL conditions on the article table `table` for `filter`, with their arguments.
    static func filterConditions(_ filter: SearchFilter, table t: String) -> ([String], StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if !filter.languages.isEmpty {
            conditions.append(
                "\(t).language IN (\(Array(repeating: "?", count: filter.languages.count).joined(separator: ",")))")
            _ = arguments.append(contentsOf: StatementArguments(filter.languages))
        }
        for word in filter.sections {
            // Section names are few and short; folding them per matching row keeps `section:` free of spelling.
            conditions.append("instr(azad_fold(\(t).section), ?) > 0")
            _ = arguments.append(contentsOf: [word])
        }
        if let from = filter.from {
            conditions.append("\(t).date >= ?")
            _ = arguments.append(contentsOf: [from])
        }
        if let until = filter.until {
            conditions.append("\(t).date < ?")
            _ = arguments.append(contentsOf: [until])
        }
        if conditions.isEmpty { conditions.append("1") }
        return (conditions, arguments)
    }

    /// `azad_fold(text)`: ``Folding/fold(_:)`` in SQL, for matching section names.
    static let foldFunction = DatabaseFunction("azad_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(Folding.fold)
    }
}
