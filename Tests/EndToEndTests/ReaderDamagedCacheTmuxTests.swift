import Foundation
import Testing

/// The reader over a damaged cache file: it moves the file aside, says so, builds a new cache from
/// the feed and lists every article (docs/hardening.md, "Cache damage").
@Suite struct ReaderDamagedCacheTmuxTests {
    /// What the cache file holds: garbage of several kinds, none of it a SQLite database.
    static let damage: [String: [UInt8]] = [
        "text": Array("not a database: کتابخانه 喀布尔 🇦🇫 e\u{301}\n".utf8),
        "zeros": [UInt8](repeating: 0, count: 8192),
        "a cut SQLite header": Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0xFF, count: 84),
        "control characters": (0..<32).map { UInt8($0) } + [0x1B, 0x5B, 0x32, 0x4A],
    ]

    @Test(
        "the reader over a damaged cache starts, says it rebuilt the cache and lists the feed",
        arguments: damage.keys.sorted())
    func readerRebuildsDamagedCache(name: String) throws {
        let bytes = try #require(Self.damage[name])
        let folder = ScratchFolder()
        let feed = try ReaderFeedFixture.make()
        defer { try? FileManager.default.removeItem(at: feed) }
        let cache = folder.file("cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let file = cache.appendingPathComponent("cache.sqlite")
        try Data(bytes).write(to: file)
        let session = try TmuxSession(
            ["--feed", feed.path, "--cache-dir", cache.path], recordingTerminal: true)
        try session.waitFor("4 articles")
        try session.waitFor(ReaderFeedFixture.englishTitle)
        try session.send("q")
        #expect(try session.recordedExit() == 0, "\(name)")
        // The notice goes to stderr before the reader takes the screen, so it is there once it gives it back.
        // The line wraps at the pane's width: read the screen's lines as one.
        let screen = try session.waitFor("the notice") {
            $0.replacingOccurrences(of: "\n", with: "").contains("started a new cache")
        }
        #expect(
            screen.replacingOccurrences(of: "\n", with: "").contains(
                "moved it to cache.sqlite.damaged and started a new cache"), "\(screen)")
        let aside = try Data(contentsOf: cache.appendingPathComponent("cache.sqlite.damaged"))
        #expect(aside == Data(bytes), "the damaged file is kept as it was")
        // The new cache holds the feed: a sync finds nothing to add.
        let sync = try AzadProcess.run(["sync", "--feed", feed.path, "--cache-dir", cache.path])
        #expect(sync.status == 0)
        #expect(sync.stdout == "0 new, 0 changed, 0 removed, 0 unreadable; 4 articles\n", "\(sync.stderr)")
    }
}
