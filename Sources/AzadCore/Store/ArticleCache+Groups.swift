import Foundation
import GRDB

/// The ends and the count of the rows one language group shows, read on the language index, so
/// that the language filter is answered before the whole list's ids are read: at a million articles
/// on a cold page cache, reading them all takes seconds.
extension ArticleCache {
    /// The rows the title and the section orders step through, at most, per row they need, looking
    /// for a group's rows among the others: beyond it the group is too sparse in that order for its
    /// ends to come at once, and the caller reads the whole list instead.
    static let groupScanFactor = 16
    /// A group of at most this many articles is read whole and sorted, in any order.
    static let smallGroup = 4_096

    /// The first and last `limit` listed articles of `group` in `order` and their count, read in one
    /// transaction; nil when the group's rows lie too sparse in a title or section order to find at
    /// once (see `groupScanFactor`).
    public func listEnds(order: ListOrder, limit: Int, group: Language.Group) throws -> ListEnds? {
        try listEnds(
            order: order, limit: limit, group: group, wholeUpTo: Self.smallGroup, scanFactor: Self.groupScanFactor)
    }

    /// `listEnds(order:limit:group:)`, reading a group of at most `wholeUpTo` articles whole and
    /// stepping through at most `scanFactor` rows a row needed in a title or section order.
    func listEnds(order: ListOrder, limit: Int, group: Language.Group, wholeUpTo: Int, scanFactor: Int) throws
        -> ListEnds?
    {
        let limit = max(0, limit)
        return try pool.read { db in
            let generation = try Self.generation(db)
            let tags = try Self.languageTags(db, of: group)
            guard !tags.isEmpty else { return ListEnds(count: 0, head: [], tail: [], generation: generation) }
            let count = try Self.listedCount(db, tags: tags)
            let ends = { (head: [Int64], tail: [Int64]) in
                ListEnds(count: count, head: head, tail: tail, generation: generation)
            }
            if count <= wholeUpTo {
                let all = try Self.groupRows(db, tags: tags, order: order)
                let head = Array(all.prefix(limit))
                return ends(head, Array(all.suffix(min(limit, all.count - head.count))))
            }
            let scan = { (reversed: Bool, limit: Int) in
                try Self.groupHead(
                    db, tags: tags, order: order, reversed: reversed, limit: limit, scanFactor: scanFactor)
            }
            guard let head = try scan(false, limit), let tail = try scan(true, min(limit, count - head.count))
            else { return nil }
            return ends(head, tail.reversed())
        }
    }

    /// How many of `ids` are listed articles, of `group` when one is given: the read marks among a
    /// filtered list's rows.
    public func count(of ids: some Sequence<Int64>, in group: Language.Group?) throws -> Int {
        try pool.read { db in try Self.count(db, of: ids, in: group) }
    }

    /// `count(of:in:)` in the transaction `db` is in.
    static func count(_ db: Database, of ids: some Sequence<Int64>, in group: Language.Group?) throws -> Int {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.language, count(*) FROM article a
                WHERE a.id IN (SELECT value FROM json_each(?)) AND \(Self.listed) GROUP BY a.language
                """,
            arguments: [jsonList(ids)])
        return rows.reduce(0) { total, row in Language(tag: row[0]).isIn(group) ? total + (row[1] as Int) : total }
    }

    /// `ids` as a JSON array, which `json_each` turns into rows: one argument for any number of ids.
    private static func jsonList(_ ids: some Sequence<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// Adds the articles' count per language tag, counted here from the articles once and then kept
    /// by every sync that writes (`LanguageTally`): counting half a million rows on the language index
    /// takes 70 ms, longer than a key may.
    static func addLanguageCounts(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE language_count(language TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO language_count(language, count) SELECT language, count(*) FROM article GROUP BY language;
                """)
    }

    /// Every language tag the cache holds an article in, of `group` when one is given.
    static func languageTags(_ db: Database, of group: Language.Group? = nil) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT language FROM language_count WHERE count > 0").filter {
            Language(tag: $0).isIn(group)
        }
    }

    /// The listed articles in `tags`: their count less the PDFs with a text twin (`listedCount`'s way).
    static func listedCount(_ db: Database, tags: [String]) throws -> Int {
        let marks = placeholders(tags.count)
        return try Int.fetchOne(
            db,
            sql: """
                SELECT (SELECT coalesce(sum(count), 0) FROM language_count WHERE language IN \(marks))
                    - (SELECT count(*) FROM (\(hiddenIDs(where: "a.language IN \(marks)"))))
                """, arguments: StatementArguments(tags + tags)) ?? 0
    }

    /// The listed articles among `ids` in `order`, of `group` when one is given: the starred view's
    /// rows straight from the cache, before the whole list lands. Ids the cache does not hold are
    /// left out. Meant for a few thousand ids, which the primary key finds one by one.
    public func listed(_ ids: some Sequence<Int64>, order: ListOrder, group: Language.Group?) throws -> [Int64] {
        let list = Self.jsonList(ids)
        return try pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.language FROM article a
                    WHERE a.id IN (SELECT value FROM json_each(?)) AND \(Self.listed) ORDER BY \(Self.orderClause(order))
                    """,
                arguments: [list])
            return rows.compactMap { row in Language(tag: row[1]).isIn(group) ? row[0] : nil }
        }
    }

    /// Every listed row of the group in `order`, sorted whole: for a small group.
    private static func groupRows(_ db: Database, tags: [String], order: ListOrder) throws -> [Int64] {
        try Int64.fetchAll(
            db,
            sql: """
                SELECT a.id FROM article a WHERE a.language IN \(placeholders(tags.count)) AND \(listed)
                ORDER BY \(Self.orderClause(order))
                """, arguments: StatementArguments(tags))
    }

    /// The group's first `limit` rows in `order` (its last, in the list's reverse, when `reversed`).
    ///
    /// By date and by language each tag's rows come in order from the language index and only the
    /// first `limit` of each are merged; by title and by section the order's own index is stepped
    /// through, the group's rows picked from the others, and nil is given when they lie too sparse.
    private static func groupHead(
        _ db: Database, tags: [String], order: ListOrder, reversed: Bool, limit: Int, scanFactor: Int
    ) throws -> [Int64]? {
        guard limit > 0 else { return [] }
        let clause = reversed ? reversedOrderClause(order) : orderClause(order)
        switch order.key {
        case .date, .language:
            // Each tag's rows in a subquery of its own, which the index serves in order; the union is
            // at most `limit` rows a tag, sorted once.
            let each = "SELECT * FROM (\(tagHead(clause)))"
            var arguments = StatementArguments()
            for tag in tags { _ = arguments.append(contentsOf: [tag, limit]) }
            _ = arguments.append(contentsOf: [limit])
            let union = Array(repeating: each, count: tags.count).joined(separator: " UNION ALL ")
            return try Int64.fetchAll(
                db, sql: "SELECT a.id FROM (\(union)) a ORDER BY \(clause) LIMIT ?", arguments: arguments)
        case .title, .section:
            let accepted = Set(tags)
            return try stepHead(db, clause: clause, limit: limit, most: limit * scanFactor) { _, tag in
                accepted.contains(tag)
            }
        }
    }

    /// The first `limit` listed articles in the order `clause` gives that `takes` (given the id and
    /// the language tag), stepping through the order's index one row at a time; nil when that needs
    /// more than `most` rows.
    static func stepHead(
        _ db: Database, clause: String, limit: Int, most: Int, takes: (Int64, String) -> Bool
    ) throws -> [Int64]? {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT a.id, a.language FROM article a WHERE \(listed) ORDER BY \(clause)")
        var head: [Int64] = []
        var stepped = 0
        while head.count < limit, let row = try rows.next() {
            stepped += 1
            let id: Int64 = row[0]
            if takes(id, row[1]) { head.append(id) }
            if stepped >= most, head.count < limit { return nil }
        }
        return head
    }

    /// One tag's first rows in the order `clause` gives, which the language index serves in order:
    /// the tag and the limit are its arguments.
    static func tagHead(_ clause: String) -> String {
        "SELECT a.id, a.date, a.language FROM article a WHERE a.language = ? AND \(listed) ORDER BY \(clause) LIMIT ?"
    }

    private static func placeholders(_ count: Int) -> String {
        "(" + Array(repeating: "?", count: count).joined(separator: ",") + ")"
    }
}
