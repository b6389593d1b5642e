import Foundation
import GRDB
import Testing

@testable import AzadCore

/// The index's word list (`search_word`): sync keeps it as the index's vocabulary, and a prefix
/// longer than the prefix indexes is searched as the words it begins, finding what FTS5's own prefix
/// search finds.
@Suite struct SearchWordListTests {
    /// Articles in the scripts the archive holds: prefixes shared by several words in each.
    static let exports: [(name: String, title: String, body: String)] = [
        ("2024/01/en-market.txt", "The market opens", "Marketplace stalls and markets by the river."),
        ("2024/01/de-markt.txt", "Der Marktplatz", "Auf dem Marktplatz stehen Märkte und Händler."),
        ("2024/02/fa-books.txt", "کتابخانه شهر", "کتاب‌ها و کتابخانه‌ها و کتابفروشی در بازار."),
        ("2024/02/ps-pashto.txt", "پښتونخوا خبرونه", "پښتو ژبه او پښتانه په پښتونخوا کې."),
        ("2024/03/zh-news.txt", "新闻报道 today", "新闻报道 and 新闻稿 side by side 🙂📰."),
        ("2024/03/fr-ecole.txt", "L'école du village", "E\u{301}coles, écolier et écologie\u{7} ensemble."),
        ("2024/04/en-other.txt", "Nothing shared", "A quiet harbour with boats."),
    ]

    func syncedCache() throws -> (ArticleCache, TemporaryDirectory, TemporaryDirectory) {
        let feed = try TemporaryDirectory()
        let directory = try TemporaryDirectory()
        for (index, export) in Self.exports.enumerated() {
            try feed.write(
                export.name, Export.text(title: export.title, date: "2024-01-0\(index + 1)", body: [export.body]))
        }
        let cache = try ArticleCache(directory: directory.url)
        let report = try cache.sync(feeds: [feed.url])
        #expect(report.new == Self.exports.count, "\(report)")
        return (cache, feed, directory)
    }

    static func wordList(_ cache: ArticleCache) throws -> Set<String> {
        try Set(cache.pool.read { db in try String.fetchAll(db, sql: "SELECT word FROM search_word") })
    }

    /// What FTS5 itself holds, read through `fts5vocab`.
    static func vocabulary(_ cache: ArticleCache) throws -> Set<String> {
        try Set(
            cache.pool.write { db in
                try db.execute(
                    sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, article_search, 'row')")
                return try String.fetchAll(db, sql: "SELECT term FROM temp.v")
            })
    }

    /// An article's distinct words, by their bytes, are the words the index's split gives, once each.
    @Test(arguments: [
        ["کتاب کتاب‌ها کتاب", "کتابخانه"],
        ["پښتو ژبه پښتو", "ژبه"],
        ["新闻报道 新闻", "🙂📰 news news"],
        ["e\u{301}cole école", "\u{7}bell\u{1B}[31m red"],
        ["", "   "],
    ])
    func anArticlesWordsAreTheSplitsOnce(fields: [String]) {
        let folded = fields.map { Folding.fold($0) }
        let words = WordListWriter.words(of: folded).texts
        #expect(words.count == Set(words).count, "each word once: \(words)")
        #expect(Set(words) == Set(folded.flatMap { FoldedWords.words(in: $0) }))
    }

    /// Two words with one hash are both written: a collision costs a lookup, never a word.
    @Test func wordsSharingAHashAreBothWritten() throws {
        let (cache, feed, directory) = try syncedCache()
        defer { withExtendedLifetime((feed, directory)) {} }
        let bytes = Array("qzxکژ新闻".utf8)
        let first = 0..<3
        let second = 3..<7
        let third = 7..<bytes.count
        let words = ArticleWords(bytes: bytes, words: [(first, 42), (second, 42), (third, 42), (first, 42)])
        var writer = WordListWriter()
        try cache.pool.write { db in try writer.add(words, db) }
        #expect(try Self.wordList(cache).isSuperset(of: ["qzx", "کژ", "新闻"]))
    }

    @Test func theWordListIsTheIndexsVocabulary() throws {
        let (cache, feed, directory) = try syncedCache()
        defer { withExtendedLifetime((feed, directory)) {} }
        let vocabulary = try Self.vocabulary(cache)
        #expect(vocabulary.contains("marktplatz") && vocabulary.contains("کتابخانه"))
        #expect(try Self.wordList(cache) == vocabulary)
        // A removed article takes its words from the index, not from the list: such a word finds nothing.
        try FileManager.default.removeItem(at: feed.url.appendingPathComponent("2024/04/en-other.txt"))
        #expect(try cache.sync(feeds: [feed.url]).removed == 1)
        let after = try Self.vocabulary(cache)
        #expect(!after.contains("harbour"))
        #expect(try Self.wordList(cache).isSuperset(of: after))
        #expect(try cache.search("harb*").isEmpty)
    }

    /// Each prefix, whether it is written as words, and words it must be written as. A prefix of
    /// three letters or fewer is the prefix index's; ideographs are words of one character each, so
    /// `新闻报*` is a phrase, which stays as FTS5 reads it.
    static let prefixes: [(prefix: String, expanded: Bool, words: Set<String>)] = [
        ("mark", true, ["market", "marketplace", "markets", "marktplatz"]),
        ("markt", true, ["marktplatz"]),
        ("کتا", false, []),
        ("کتاب", true, ["کتاب‌ها", "کتابخانه", "کتابخانه‌ها", "کتابفروشی"]),
        ("کتابخ", true, ["کتابخانه"]),
        ("پښتو", true, ["پښتو", "پښتونخوا"]),
        ("新闻报", false, []),
        ("ecol", true, ["ecoles", "ecolier", "ecologie"]),
    ]

    @Test(arguments: prefixes)
    func aPrefixFindsWhatFTS5sPrefixSearchFinds(prefix: String, expanded: Bool, words: Set<String>) throws {
        let (cache, feed, directory) = try syncedCache()
        defer { withExtendedLifetime((feed, directory)) {} }
        let phrase = FoldedWords.words(in: Folding.fold(prefix)).joined(separator: " ")
        let byFTS5 = try cache.pool.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT rowid FROM article_search WHERE article_search MATCH ?", arguments: ["\"\(phrase)\" *"]
            )
        }
        #expect(!byFTS5.isEmpty, "the fixture has words beginning \(prefix)")
        #expect(Set(try cache.search("\(prefix)*").map(\.summary.id)) == Set(byFTS5))
        let pattern = try #require(try cache.resolved(SearchQuery("\(prefix)*")).matchPattern)
        #expect(pattern.contains("*") == !expanded, "\(pattern)")
        #expect(words.allSatisfy { pattern.contains("\"\(Folding.fold($0))\"") }, "\(pattern)")
    }

    /// A field's column stays with the words its prefix is written as.
    @Test func aFieldsPrefixKeepsItsColumn() throws {
        let (cache, feed, directory) = try syncedCache()
        defer { withExtendedLifetime((feed, directory)) {} }
        let pattern = try #require(try cache.resolved(SearchQuery("title:mark*")).matchPattern)
        // Every word of the list that begins so, in whichever column: the column is FTS5's to apply.
        #expect(
            pattern == "{title} : (\"market\" OR \"marketplace\" OR \"markets\" OR \"markte\" OR \"marktplatz\")",
            "\(pattern)")
        #expect(
            try cache.search("title:mark*").map(\.summary.title).sorted() == ["Der Marktplatz", "The market opens"])
    }

    /// A prefix that begins more words than `mostWordsForAPrefix` is left to FTS5, and still finds them.
    @Test func aPrefixOfManyWordsStaysAPrefix() throws {
        let (cache, feed, directory) = try syncedCache()
        defer { withExtendedLifetime((feed, directory)) {} }
        let many = (0...ArticleCache.mostWordsForAPrefix).map { "zorb" + String(repeating: "a", count: $0 + 1) }
        try feed.write(
            "2024/05/many.txt", Export.text(title: "Many", date: "2024-05-01", body: [many.joined(separator: " ")]))
        try feed.write("2024/05/few.txt", Export.text(title: "Few", date: "2024-05-02", body: ["quorbx quorby"]))
        #expect(try cache.sync(feeds: [feed.url]).new == 2)
        let manyPattern = try #require(try cache.resolved(SearchQuery("zorb*")).matchPattern)
        #expect(manyPattern.contains("*"), "\(manyPattern)")
        #expect(try cache.search("zorb*").map(\.summary.title) == ["Many"])
        let fewPattern = try #require(try cache.resolved(SearchQuery("quorb*")).matchPattern)
        #expect(fewPattern == "(\"quorbx\" OR \"quorby\")", "\(fewPattern)")
        // A prefix no word begins finds nothing either way.
        #expect(try cache.search("qqqq*").isEmpty)
    }

    /// A cache made before the list has it filled from its index by the next sync; until then a
    /// prefix is FTS5's, and finds the same.
    @Test func anOlderCacheHasItsListFilledFromTheIndex() throws {
        let feed: TemporaryDirectory
        let directory: TemporaryDirectory
        let vocabulary: Set<String>
        do {
            let (cache, syncedFeed, syncedDirectory) = try syncedCache()
            (feed, directory) = (syncedFeed, syncedDirectory)
            vocabulary = try Self.vocabulary(cache)
            try cache.pool.write { db in
                try db.execute(
                    sql: "DROP TABLE search_word; DELETE FROM grdb_migrations WHERE identifier = 'search-words'")
            }
        }
        defer { withExtendedLifetime(feed) {} }
        let reopened = try ArticleCache(directory: directory.url)
        #expect(try Self.wordList(reopened).isEmpty)
        #expect(try reopened.search("marktp*").map(\.summary.title) == ["Der Marktplatz"])
        #expect(try reopened.resolved(SearchQuery("marktp*")).matchPattern == "(\"marktp\" *)")
        // The sync finds nothing changed in the feed, and fills the list first.
        let report = try reopened.sync(feeds: [feed.url])
        #expect(report.new + report.changed + report.removed == 0, "\(report)")
        #expect(try Self.wordList(reopened) == vocabulary)
        #expect(try reopened.resolved(SearchQuery("marktp*")).matchPattern == "(\"marktplatz\")")
        #expect(try reopened.search("marktp*").map(\.summary.title) == ["Der Marktplatz"])
    }
}

extension ArticleWords {
    /// The words as text.
    fileprivate var texts: [String] { words.map { String(decoding: bytes[$0.range], as: UTF8.self) } }
}
