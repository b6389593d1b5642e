import Foundation
import Testing

/// The command line against broken feeds, damaged caches, hostile text and concurrent use: exact
/// messages, exit statuses and what is kept.
@Suite("Hardening: the command line under faults")
struct HardeningCommandTests {
    static let badInput = AzadProcess.packageRoot.appendingPathComponent("Tests/AzadCoreTests/Fixtures/bad-input")
    static let sampleFeed = AzadProcess.packageRoot.appendingPathComponent("sample-feed")

    /// Scalars a terminal acts on instead of printing (line feeds and the tabs that separate columns
    /// aside), and the bidi controls that would reorder what it prints.
    static func unsafeScalars(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    @Test("sync names a missing feed folder and exits 1, leaving the cache as it was")
    func syncMissingFeed() throws {
        let scratch = ScratchFolder()
        let missing = scratch.file("no such feed").path
        let result = try AzadProcess.run(["sync", "--feed", missing, "--cache-dir", scratch.file("cache").path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "azad: feed folder not found: \(missing)\n")
    }

    @Test("a cache overwritten with garbage is moved aside with one line on stderr, and the list still comes")
    func garbageCacheRebuilt() throws {
        let scratch = ScratchFolder()
        let cache = scratch.file("cache")
        let arguments = ["list", "--feed", Self.sampleFeed.path, "--cache-dir", cache.path]
        let first = try AzadProcess.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let file = cache.appendingPathComponent("cache.sqlite")
        for extra in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + extra) }
        try Data(repeating: 0xA5, count: 8192).write(to: file)
        let second = try AzadProcess.run(arguments)
        #expect(second.status == 0)
        #expect(
            second.stderr
                == "azad: the cache file is damaged (file is not a database): moved it to cache.sqlite.damaged and started a new cache\n"
        )
        #expect(second.stdout == first.stdout)
        let third = try AzadProcess.run(arguments)
        #expect(third.stderr == "")
    }

    @Test("three syncs at once on a fresh cache all succeed and leave one complete cache")
    func concurrentSyncs() async throws {
        let scratch = ScratchFolder()
        let cache = scratch.file("cache").path
        let arguments = ["sync", "--feed", Self.sampleFeed.path, "--cache-dir", cache]
        let results = try await withThrowingTaskGroup(of: AzadProcess.Result.self) { group in
            for _ in 0..<3 { group.addTask { try AzadProcess.run(arguments) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.sampleFeed.path)
            .filter { $0.hasSuffix(".txt") }
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasSuffix("; \(files.count) articles\n"))
        }
        // Exactly one of them found the files new; the others found them synced.
        #expect(results.filter { $0.stdout.hasPrefix("\(files.count) new") }.count == 1)
        let list = try AzadProcess.run(["list", "--json", "--feed", Self.sampleFeed.path, "--cache-dir", cache])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == files.count)
    }

    static let hostileFixtures = [
        "escape-sequences-in-title-and-body.txt", "bidi-controls-in-title-and-body.txt", "c1-controls-in-body.txt",
    ]

    @Test(
        "escape sequences and bidi controls in a file never reach the terminal from parse", arguments: hostileFixtures)
    func parseOutputIsSafe(fixture: String) throws {
        let path = Self.badInput.appendingPathComponent(fixture).path
        let text = try AzadProcess.run(["parse", path])
        #expect(text.status == 0)
        #expect(Self.unsafeScalars(in: text.stdout) == [])
        let json = try AzadProcess.run(["parse", "--json", path])
        #expect(json.status == 0)
        #expect(Self.unsafeScalars(in: json.stdout) == [])
        // Escaped, not lost: the JSON reads back to the file's own text.
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let blocks = try #require(array.first?["blocks"] as? [[String: String]])
        let body = blocks.compactMap { $0["text"] }.joined(separator: "\n")
        #expect(body.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x2067 })
    }

    @Test("escape sequences and bidi controls in a file never reach the terminal from show", arguments: hostileFixtures)
    func showOutputIsSafe(fixture: String) throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let copy = feed.appendingPathComponent(fixture)
        try FileManager.default.copyItem(at: Self.badInput.appendingPathComponent(fixture), to: copy)
        let cache = scratch.file("cache").path
        for width in ["10", "23", "80"] {
            let result = try AzadProcess.run(
                ["show", copy.path, "--width", width, "--feed", feed.path, "--cache-dir", cache])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.isEmpty)
            #expect(Self.unsafeScalars(in: result.stdout) == [])
            #expect(Self.unsafeScalars(in: result.stderr) == [])
        }
        let list = try AzadProcess.run(["list", "--feed", feed.path, "--cache-dir", cache])
        #expect(Self.unsafeScalars(in: list.stdout) == [])
        for words in ["harbour", "paint", "isolate", "ferry"] {
            let search = try AzadProcess.run(["search", words, "--feed", feed.path, "--cache-dir", cache])
            #expect(Self.unsafeScalars(in: search.stdout) == [])
            let json = try AzadProcess.run(["search", words, "--json", "--feed", feed.path, "--cache-dir", cache])
            #expect(Self.unsafeScalars(in: json.stdout) == [])
        }
        let json = try AzadProcess.run(["list", "--json", "--feed", feed.path, "--cache-dir", cache])
        #expect(Self.unsafeScalars(in: json.stdout) == [])
    }
}
