import Foundation
import GRDB

/// What the reader remembers between runs: read and starred articles, where reading stopped, and
/// preferences such as the masthead language and the theme.
///
/// It lives in `state.sqlite` in the data directory (`$XDG_DATA_HOME/azad`), apart from the
/// disposable cache, and is keyed by the export's path, so it survives a cache rebuild. Several
/// readers may share it at once: writes are short transactions that wait for each other.
public final class ReadingState: Sendable {
    let pool: DatabasePool

    /// Where reading stopped: an article and the first line shown.
    public struct Position: Sendable, Hashable {
        public var path: String
        public var line: Int

        public init(path: String, line: Int) {
            self.path = path
            self.line = line
        }
    }

    /// Preference keys the reader uses.
    public enum Key: String, Sendable, CaseIterable {
        /// `fa` or `en`.
        case mastheadLanguage = "masthead-language"
        /// `hidden` while the masthead is hidden; unset when it shows.
        case mastheadHidden = "masthead-hidden"
        /// A theme name.
        case theme
    }

    /// Opens (creating) the state in `directory`.
    public init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "azad.state"
        let fileLock = try FileLock(url: directory.appendingPathComponent("state.lock"))
        pool = try fileLock.withLock {
            let pool = try DatabasePool(
                path: directory.appendingPathComponent("state.sqlite").path, configuration: configuration)
            try Self.migrator.migrate(pool)
            return pool
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("reading-state") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article_state (
                        path TEXT PRIMARY KEY,
                        read INTEGER NOT NULL DEFAULT 0,
                        starred INTEGER NOT NULL DEFAULT 0,
                        line INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE preference (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    """)
        }
        migrator.registerMigration("search-history") { db in
            // Per kind of search (`archive`, `article`), newest first: `position` 0 is the last query.
            try db.execute(
                sql: """
                    CREATE TABLE search_history (
                        kind TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        query TEXT NOT NULL,
                        PRIMARY KEY (kind, position)
                    );
                    """)
        }
        registerListViewMigration(&migrator)
        return migrator
    }

    // MARK: - Read and starred

    /// Whether the article at `path` has been read.
    public func isRead(_ path: String) throws -> Bool {
        try flag("read", path)
    }

    /// Marks the article at `path` read or unread.
    public func setRead(_ path: String, _ read: Bool) throws {
        try setFlag("read", path, read)
    }

    /// Every path marked read.
    public func readPaths() throws -> Set<String> {
        try paths(where: "read")
    }

    /// Whether the article at `path` is starred.
    public func isStarred(_ path: String) throws -> Bool {
        try flag("starred", path)
    }

    /// Stars or unstars the article at `path`.
    public func setStarred(_ path: String, _ starred: Bool) throws {
        try setFlag("starred", path, starred)
    }

    /// Every starred path.
    public func starredPaths() throws -> Set<String> {
        try paths(where: "starred")
    }

    /// Sets the read and starred marks of every path in `scope` at once (one transaction): the paths in
    /// `read` and `starred` are marked, the others in `scope` unmarked. Paths outside `scope` — articles
    /// of feeds not open now — keep their marks.
    public func update(read: Set<String>, starred: Set<String>, among scope: Set<String>) throws {
        try pool.write { db in
            let wasRead = Set(try String.fetchAll(db, sql: "SELECT path FROM article_state WHERE read"))
            let wasStarred = Set(try String.fetchAll(db, sql: "SELECT path FROM article_state WHERE starred"))
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO article_state(path, read, starred) VALUES (?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET read = excluded.read, starred = excluded.starred
                    """)
            let touched = read.union(starred).union(wasRead.intersection(scope)).union(wasStarred.intersection(scope))
            for path in touched where scope.contains(path) || read.contains(path) || starred.contains(path) {
                let isRead = read.contains(path) || (!scope.contains(path) && wasRead.contains(path))
                let isStarred = starred.contains(path) || (!scope.contains(path) && wasStarred.contains(path))
                if isRead == wasRead.contains(path) && isStarred == wasStarred.contains(path) { continue }
                try statement.execute(arguments: [path, isRead, isStarred])
            }
        }
    }

    // MARK: - Position

    /// The scroll position last saved for `path` (0 when none).
    public func line(in path: String) throws -> Int {
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT line FROM article_state WHERE path = ?", arguments: [path]) ?? 0
        }
    }

    /// The article open when the reader last saved, and its scroll position.
    public func lastPosition() throws -> Position? {
        guard let path = try preference("last-article") else { return nil }
        return Position(path: path, line: try line(in: path))
    }

    /// Remembers `position` as the last one, and as the scroll position of its article.
    public func setLastPosition(_ position: Position) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article_state(path, line) VALUES (?, ?)
                    ON CONFLICT(path) DO UPDATE SET line = excluded.line
                    """, arguments: [position.path, max(0, position.line)])
            try db.execute(
                sql: "INSERT OR REPLACE INTO preference(key, value) VALUES ('last-article', ?)",
                arguments: [position.path])
        }
    }

    // MARK: - Preferences

    /// A preference, or nil when unset.
    public func preference(_ key: String) throws -> String? {
        try pool.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM preference WHERE key = ?", arguments: [key])
        }
    }

    /// Sets a preference; nil removes it.
    public func setPreference(_ key: String, _ value: String?) throws {
        try pool.write { db in
            if let value {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO preference(key, value) VALUES (?, ?)", arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM preference WHERE key = ?", arguments: [key])
            }
        }
    }

    /// A preference the reader uses, or nil when unset.
    public func preference(_ key: Key) throws -> String? { try preference(key.rawValue) }

    /// Sets a preference the reader uses; nil removes it.
    public func setPreference(_ key: Key, _ value: String?) throws { try setPreference(key.rawValue, value) }

    // MARK: -

    private func flag(_ column: String, _ path: String) throws -> Bool {
        try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT \(column) FROM article_state WHERE path = ?", arguments: [path])
                ?? false
        }
    }

    private func setFlag(_ column: String, _ path: String, _ value: Bool) throws {
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article_state(path, \(column)) VALUES (?, ?)
                    ON CONFLICT(path) DO UPDATE SET \(column) = excluded.\(column)
                    """, arguments: [path, value])
        }
    }

    private func paths(where column: String) throws -> Set<String> {
        try pool.read { db in
            Set(try String.fetchAll(db, sql: "SELECT path FROM article_state WHERE \(column)"))
        }
    }
}
