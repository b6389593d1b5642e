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

    @Test(
        "a cache overwritten with garbage is moved aside with one line on stderr, in the language, and the list still comes",
        arguments: [
            (
                nil,
                "azad: the cache file is damaged (file is not a database): moved it to cache.sqlite.damaged and started a new cache\n"
            ),
            (
                "fa",
                "azad: فایل کش خراب است (file is not a database): به cache.sqlite.damaged منتقل شد و کش تازه‌ای آغاز شد\n"
            ),
            (
                "ps",
                "azad: د کش فایل خراب دی (file is not a database): cache.sqlite.damaged ته یوړل شو او نوی کش پیل شو\n"
            ),
        ] as [(String?, String)])
    func garbageCacheRebuilt(language: String?, notice: String) throws {
        let scratch = ScratchFolder()
        let cache = scratch.file("کش 文字")
        let arguments =
            ["list", "--feed", Self.sampleFeed.path, "--cache-dir", cache.path]
            + (language.map { ["--ui-language", $0] } ?? [])
        let first = try AzadProcess.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let file = cache.appendingPathComponent("cache.sqlite")
        for extra in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + extra) }
        try Data(repeating: 0xA5, count: 8192).write(to: file)
        let second = try AzadProcess.run(arguments)
        #expect(second.status == 0)
        #expect(second.stderr == notice)
        #expect(second.stdout == first.stdout)
        let third = try AzadProcess.run(arguments)
        #expect(third.stderr == "")
    }

    @Test("three syncs at once on a fresh cache all succeed and leave one complete cache")
    func concurrentSyncs() throws {
        let scratch = ScratchFolder()
        let cache = scratch.file("cache").path
        let arguments = ["sync", "--feed", Self.sampleFeed.path, "--cache-dir", cache]
        // Every process is started before any is waited on, so all three race for the fresh cache.
        let running = try (0..<3).map { _ in try AzadProcess.start(arguments) }
        let results = running.map { $0.wait() }
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
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").count == 1, "one article listed: \(list.stdout)")
        #expect(Self.unsafeScalars(in: list.stdout) == [])
        // Each word is found exactly when the file holds it, so the safe output is of real results.
        let fileText = try String(contentsOf: copy, encoding: .utf8).lowercased()
        var found = 0
        for words in ["harbour", "paint", "isolate", "ferry"] {
            let hits = fileText.contains(words) ? 1 : 0
            found += hits
            let search = try AzadProcess.run(["search", words, "--feed", feed.path, "--cache-dir", cache])
            #expect(search.status == 0, "\(search.stderr)")
            // A result is its line and, indented under it, the matching passage.
            let results = search.stdout.split(separator: "\n").filter { !$0.hasPrefix("\t") }
            #expect(results.count == hits, "\(words): \(search.stdout)")
            #expect(Self.unsafeScalars(in: search.stdout) == [])
            let json = try AzadProcess.run(["search", words, "--json", "--feed", feed.path, "--cache-dir", cache])
            #expect(json.status == 0, "\(json.stderr)")
            let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])
            #expect(array.count == hits, "\(words)")
            #expect(Self.unsafeScalars(in: json.stdout) == [])
        }
        #expect(found > 0, "no search word occurs in \(fixture)")
        let json = try AzadProcess.run(["list", "--json", "--feed", feed.path, "--cache-dir", cache])
        #expect(json.status == 0, "\(json.stderr)")
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any])
        #expect(listed.count == 1)
        #expect(Self.unsafeScalars(in: json.stdout) == [])
    }
}
