import AzadCore
import Foundation
import Testing

/// A cache file that is garbage, cut short or from a newer azad is moved aside and rebuilt, with one
/// line saying so, and the reading state (kept in another folder) is never touched.
@Suite("Cache damage: detected, moved aside, rebuilt")
struct CacheDamageTests {
    /// A feed of two small exports, one Persian and one English.
    static func makeFeed(in scratch: ScratchFolder) throws -> URL {
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try "باران بر کابل\n\nنویسنده: مینا رحیمی\n\nباران از شب پیش باریده بود و کوچه‌ها خاموش بودند.\n"
            .write(to: feed.appendingPathComponent("rain.txt"), atomically: true, encoding: .utf8)
        try "Harbour Lights\n\nBy Mina Rahimi\n\nThe ferry left at dawn and nobody on the pier looked back.\n"
            .write(to: feed.appendingPathComponent("harbour.txt"), atomically: true, encoding: .utf8)
        return feed
    }

    /// A synced cache and a reading state with one article marked read, in separate folders as azad keeps them.
    static func makeSyncedCache(in scratch: ScratchFolder) throws -> (cache: URL, state: URL, feed: URL) {
        let feed = try makeFeed(in: scratch)
        let cacheDirectory = scratch.file("cache")
        let stateDirectory = scratch.file("data")
        do {
            let cache = try ArticleCache(directory: cacheDirectory)
            #expect(cache.notice == nil)
            _ = try cache.sync(feeds: [feed])
            #expect(try cache.count() == 2)
            let state = try ReadingState(directory: stateDirectory)
            try state.setRead(feed.appendingPathComponent("rain.txt").path, true)
        }
        return (cacheDirectory, stateDirectory, feed)
    }

    /// The bytes of every file in the reading-state folder, to prove it unchanged.
    static func snapshot(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return files
    }

    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case garbage, truncated, newerSchema
        var testDescription: String { rawValue }
    }

    @Test(
        "a damaged cache is moved aside, rebuilt by the next sync, and the reading state is untouched",
        arguments: Damage.allCases)
    func damagedCacheRebuilt(damage: Damage) throws {
        let scratch = ScratchFolder()
        let (cacheDirectory, stateDirectory, feed) = try Self.makeSyncedCache(in: scratch)
        let before = try Self.snapshot(stateDirectory)
        let file = cacheDirectory.appendingPathComponent("cache.sqlite")
        let expected: String
        switch damage {
        case .garbage:
            try Data("this was a cache once \u{1B}[2J".utf8 + (0..<5000).map { UInt8($0 % 251) }).write(to: file)
            for extra in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + extra) }
            expected =
                "the cache file is damaged (file is not a database): moved it to cache.sqlite.damaged and started a new cache"
        case .truncated:
            // The caches above are closed, so SQLite has checkpointed everything into the main file.
            #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
            let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: UInt64(size / 2))
            try handle.close()
            expected =
                "the cache file is truncated (\(size / 2) of \(size) bytes): moved it to cache.sqlite.damaged and started a new cache"
        case .newerSchema:
            try Self.sqlite(file, "INSERT INTO grdb_migrations(identifier) VALUES ('from-azad-2.0')")
            expected =
                "the cache file was written by a newer azad: moved it to cache.sqlite.newer and started a new cache"
        }

        let reopened = try ArticleCache(directory: cacheDirectory)
        #expect(reopened.notice?.description == expected)
        let aside = damage == .newerSchema ? "cache.sqlite.newer" : "cache.sqlite.damaged"
        #expect(FileManager.default.fileExists(atPath: cacheDirectory.appendingPathComponent(aside).path))
        #expect(try reopened.count() == 0)
        let report = try reopened.sync(feeds: [feed])
        #expect(report.new == 2)
        #expect(try reopened.search("کابل").count == 1)
        #expect(try reopened.search("ferry").count == 1)
        // Opened again, the rebuilt cache is simply there.
        #expect(try ArticleCache(directory: cacheDirectory).notice == nil)

        #expect(try Self.snapshot(stateDirectory) == before)
        let state = try ReadingState(directory: stateDirectory)
        #expect(try state.readPaths() == [feed.appendingPathComponent("rain.txt").path])
    }

    /// Runs `sql` on `file` with the sqlite3 command-line shell, as a newer azad or a curious user might.
    static func sqlite(_ file: URL, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [file.path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("an empty cache file is a new cache, not damage")
    func emptyFileIsNew() throws {
        let scratch = ScratchFolder()
        let directory = scratch.file("cache")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data().write(to: directory.appendingPathComponent("cache.sqlite"))
        let cache = try ArticleCache(directory: directory)
        #expect(cache.notice == nil)
        #expect(try cache.count() == 0)
    }
}
