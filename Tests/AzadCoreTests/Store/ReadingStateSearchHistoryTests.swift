import Foundation
import GRDB
import Testing

@testable import AzadCore

/// The reader's search history in the reading state: per kind, newest first, across runs.
@Suite struct ReadingStateSearchHistoryTests {
    @Test(arguments: [["snow", "باران", "ښار", "漢字", "🙂", "e\u{301}", "a\u{7}b"]])
    func historyIsKeptPerKindAcrossOpenings(queries: [String]) throws {
        let directory = try TemporaryDirectory()
        do {
            let state = try ReadingState(directory: directory.url)
            try state.setSearchHistory("archive", queries + [queries[0]])
            try state.setSearchHistory("article", ["مرز"])
        }
        let state = try ReadingState(directory: directory.url)
        #expect(try state.searchHistory("archive") == queries)
        #expect(try state.searchHistory("article") == ["مرز"])
        #expect(try state.searchHistory("other").isEmpty)
        try state.setSearchHistory("archive", (0..<150).map { "query \($0)" })
        #expect(try state.searchHistory("archive").count == ReadingState.searchHistoryLimit)
        #expect(try state.searchHistory("archive").first == "query 0")
    }

    /// A state written before the history existed gains it, keeping its marks.
    @Test func anOlderStateIsMigrated() throws {
        let directory = try TemporaryDirectory()
        do {
            let queue = try DatabaseQueue(path: directory.url.appendingPathComponent("state.sqlite").path)
            // The state's own migrations, stopped before the history: the schema an older azad left.
            try ReadingState.migrator.migrate(queue, upTo: "reading-state")
            try queue.write { try $0.execute(sql: "INSERT INTO article_state(path, read) VALUES ('/feed/a.txt', 1)") }
        }
        let state = try ReadingState(directory: directory.url)
        #expect(try state.isRead("/feed/a.txt"))
        #expect(try state.searchHistory("archive").isEmpty)
        try state.setSearchHistory("archive", ["kabul"])
        #expect(try state.searchHistory("archive") == ["kabul"])
        let applied = try state.pool.read { try ReadingState.migrator.appliedMigrations($0) }
        #expect(applied == ["reading-state", "search-history", "list-view"])
    }
}
