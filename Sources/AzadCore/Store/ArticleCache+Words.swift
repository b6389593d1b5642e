import Foundation
import GRDB

/// Every word the search index holds, in a table of its own, so that a prefix longer than the
/// index's prefix indexes (`prefixLengths`) is searched as the words that begin with it.
///
/// FTS5 answers `market*` without a prefix index by merging the postings of every word that begins
/// so into one list in memory: 20 MB for a common word at a million articles, the reader's peak.
/// The same words named one by one (`market OR marketing`) are read as streams side by side, in
/// about 5 MB. FTS5 lists its words only with their postings (`fts5vocab` reads them all), so sync
/// keeps this list beside the index. It may hold words the index no longer does (an article removed
/// takes its words from the index, not from here): such a word finds nothing.
///
/// A cache indexed before the list was kept has it filled by its next sync, from `fts5vocab` (a walk
/// of every posting: 20 s at 200,000 articles, once); until then prefixes are FTS5's, as before.
extension ArticleCache {
    /// A prefix that begins more words than this is left to FTS5: an OR of hundreds of words costs
    /// a cursor each, and such a prefix's postings are spread over words that are each rarer.
    static let mostWordsForAPrefix = 64

    /// Adds the table, to be filled by the next sync when the index already holds articles: opening
    /// the cache stays quick, and the walk of the index shows as part of a sync.
    static func addWordList(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE search_word (word TEXT PRIMARY KEY) WITHOUT ROWID;
                INSERT INTO meta(key, value) SELECT 'words', 'incomplete' WHERE EXISTS (SELECT 1 FROM article);
                """)
    }

    /// Whether the list holds every word of the index (it is marked while a sync has yet to fill it).
    static func wordListIsComplete(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'words'") == nil
    }

    /// Fills the word list from the index, when a cache from before it still needs it; a sync does
    /// this first, under its lock.
    func completeWordList() throws {
        guard try !pool.read(Self.wordListIsComplete) else { return }
        try pool.write { db in
            guard try !Self.wordListIsComplete(db) else { return }
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE temp.search_word_source USING fts5vocab(main, article_search, 'row');
                    INSERT OR IGNORE INTO search_word(word) SELECT term FROM temp.search_word_source;
                    DROP TABLE temp.search_word_source;
                    DELETE FROM meta WHERE key = 'words';
                    """)
        }
    }

    /// The words of the index that begin with `prefix` (folded), or nil when there are more than
    /// `mostWordsForAPrefix` or none (FTS5 reads such a prefix cheaply itself, and an empty list
    /// would say less than the index may know).
    static func words(beginningWith prefix: String, _ db: Database) throws -> [String]? {
        guard let last = prefix.unicodeScalars.last else { return nil }
        // Every word that begins with `prefix` sorts at or after it and before the prefix with its
        // last letter one higher (UTF-8 sorts as the scalars do).
        var value = last.value + 1
        if (0xD800...0xDFFF).contains(value) { value = 0xE000 }
        guard let next = Unicode.Scalar(value) else { return nil }
        var upper = String.UnicodeScalarView(prefix.unicodeScalars.dropLast())
        upper.append(next)
        let words = try String.fetchAll(
            db, sql: "SELECT word FROM search_word WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
            arguments: [prefix, String(upper), mostWordsForAPrefix + 1])
        guard !words.isEmpty, words.count <= mostWordsForAPrefix else { return nil }
        return words
    }

    /// `query` with each single-word prefix longer than the prefix indexes written as the words the
    /// index holds that begin with it, once the list holds them all.
    static func expandingPrefixes(_ query: SearchQuery, _ db: Database) throws -> SearchQuery {
        guard try wordListIsComplete(db) else { return query }
        let longest = prefixLengths.split(separator: " ").compactMap { Int($0) }.max() ?? 0
        return try query.expandingPrefixes(longerThan: longest) { try words(beginningWith: $0, db) }
    }
}

/// The words sync adds to `search_word`: each article's distinct words, written once a sync.
///
/// Words are told apart by their UTF-8 bytes and a 64-bit FNV-1a hash, computed on the parse threads:
/// `String`'s hashing and equality normalize, and a `Set` of byte arrays hashes every lookup anew,
/// which cost the writer's thread most of a third more CPU for the whole cold sync. Two words with
/// one hash are both written (the table ignores a word it holds), so a collision costs a lookup,
/// never a word.
struct WordListWriter {
    /// Words written during this sync, by hash, so that each is looked up in the table once; let go
    /// of when it grows past `mostRemembered`, to bound a sync's memory on a vocabulary of millions.
    private var written: [Int: [UInt8]] = [:]
    static let mostRemembered = 200_000

    /// Adds the words of one article that this sync has not yet written.
    mutating func add(_ words: ArticleWords, _ db: Database) throws {
        try words.bytes.withUnsafeBufferPointer { all in
            for (range, hash) in words.words {
                let bytes = UnsafeBufferPointer(rebasing: all[range])
                if let known = written[hash], Self.same(known, bytes) { continue }
                if written.count >= Self.mostRemembered { written.removeAll(keepingCapacity: true) }
                if written[hash] == nil { written[hash] = Array(bytes) }
                try db.cachedStatement(sql: Self.insertSQL).execute(arguments: [
                    String(decoding: bytes, as: UTF8.self)
                ])
            }
        }
    }

    /// Whether `known` holds the bytes of `word`.
    private static func same(_ known: [UInt8], _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard known.count == word.count, let base = word.baseAddress else { return known.count == word.count }
        return known.withUnsafeBufferPointer { memcmp($0.baseAddress!, base, word.count) == 0 }
    }

    static let insertSQL = "INSERT OR IGNORE INTO search_word(word) VALUES (?)"

    /// The distinct words of the indexed fields, split as the index splits them.
    static func words(of fields: [String]) -> ArticleWords {
        var result = ArticleWords()
        var seen: [Int: Range<Int>] = [:]
        for var field in fields {
            let ranges = FoldedWords.ranges(in: field)
            field.withUTF8 { utf8 in
                for range in ranges {
                    let word = utf8[range]
                    let hash = fnv1a(word)
                    let earlier = seen[hash]
                    if let earlier, result.bytes[earlier].elementsEqual(word) { continue }
                    let start = result.bytes.count
                    result.bytes.append(contentsOf: word)
                    let stored = start..<result.bytes.count
                    if earlier == nil { seen[hash] = stored }
                    result.words.append((stored, hash))
                }
            }
        }
        return result
    }

    /// 64-bit FNV-1a of `bytes`.
    static func fnv1a(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return Int(bitPattern: UInt(hash))
    }
}

/// An article's distinct words: their UTF-8 bytes end to end, each with its range and hash.
struct ArticleWords: Sendable {
    var bytes: [UInt8] = []
    var words: [(range: Range<Int>, hash: Int)] = []
}
