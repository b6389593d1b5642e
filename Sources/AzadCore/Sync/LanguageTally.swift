import GRDB

/// How a sync changes the number of articles per language tag, gathered as it writes and stored
/// in `language_count` once at its end: a few rows, whatever the cache's size.
///
/// Not triggers on `article`: with any trigger there, even an empty one, a cold sync took half as
/// much CPU again. Not a count of every article after each sync either: that reads the language
/// index whole (80 ms at a million), at every file the watch syncs.
struct LanguageTally {
    private var changes: [String: Int] = [:]

    /// Adds `change` (an article in or out) to the count of `tag`.
    mutating func count(_ tag: String, _ change: Int) {
        changes[tag, default: 0] += change
    }

    /// Adds the changes to `language_count`, and drops a tag no article has any more.
    func store(_ db: Database) throws {
        for (tag, change) in changes.sorted(by: { $0.key < $1.key }) where change != 0 {
            try db.execute(
                sql: """
                    INSERT INTO language_count(language, count) VALUES (?, ?)
                    ON CONFLICT(language) DO UPDATE SET count = count + excluded.count
                    """, arguments: [tag, change])
            if change < 0 {
                try db.execute(sql: "DELETE FROM language_count WHERE language = ? AND count <= 0", arguments: [tag])
            }
        }
    }
}
