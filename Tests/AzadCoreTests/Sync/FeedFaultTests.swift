import AzadCore
import Foundation
import Testing

/// What a feed folder can hold besides exports: each is skipped with a message, and the rest synced.
@Suite("Feed folder faults")
struct FeedFaultTests {
    static let export = "Harbour Lights\n\nBy Mina Rahimi\n\nThe ferry left at dawn and nobody looked back.\n"

    @Test("a missing feed folder is named and nothing is changed")
    func missingFolder() throws {
        let scratch = ScratchFolder()
        let cache = try ArticleCache(directory: scratch.file("cache"))
        let missing = scratch.file("no such feed")
        #expect(throws: ArticleCacheError.missingFeed(missing.path)) { try cache.sync(feeds: [missing]) }
        #expect(ArticleCacheError.missingFeed(missing.path).description == "feed folder not found: \(missing.path)")
    }

    @Test("a file without read permission is named, and read once it is readable")
    func unreadableFile() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let file = feed.appendingPathComponent("locked.txt")
        try Self.export.write(to: file, atomically: true, encoding: .utf8)
        #expect(chmod(file.path, 0o000) == 0)
        let cache = try ArticleCache(directory: scratch.file("cache"))
        let report = try cache.sync(feeds: [feed])
        if geteuid() == 0 {
            // Root reads anything: the permission bits cannot lock it out.
            #expect(report.new == 1)
            #expect(report.unreadable.isEmpty)
        } else {
            #expect(report.new == 0)
            #expect(report.unreadable == [.init(path: file.path, reason: "cannot read the file: permission denied")])
        }
        #expect(chmod(file.path, 0o644) == 0)
        _ = try cache.sync(feeds: [feed])
        #expect(try cache.list().map(\.title) == ["Harbour Lights"])
    }

    @Test(
        "a file that holds no article is reported with its path once and the reason alone",
        arguments: [
            ("خالی.txt", ""),
            ("binary.txt", "\u{0}\u{0}\u{1}\u{2}"),
            ("空.txt", " \n\u{0C}\n"),
        ])
    func noArticleReasonWithoutPath(name: String, content: String) throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let file = feed.appendingPathComponent(name)
        try Data(content.utf8).write(to: file)
        let cache = try ArticleCache(directory: scratch.file("cache"))
        let report = try cache.sync(feeds: [feed])
        let reason = try #require(report.unreadable.first).reason
        #expect(report.unreadable.map(\.path) == [file.path])
        #expect(!reason.contains(name), "the path is the report's to name: \(reason)")
        let reasons = ["the file is empty, there is no article in it", "the file is binary, not a text export"]
        #expect(reasons.contains(reason))
    }

    @Test("a file that vanishes after a sync is removed by the next one")
    func vanishedFile() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let file = feed.appendingPathComponent("harbour.txt")
        try Self.export.write(to: file, atomically: true, encoding: .utf8)
        let cache = try ArticleCache(directory: scratch.file("cache"))
        #expect(try cache.sync(feeds: [feed]).new == 1)
        try FileManager.default.removeItem(at: file)
        let report = try cache.sync(feeds: [feed])
        #expect(report.removed == 1)
        #expect(report.unreadable.isEmpty)
        #expect(try cache.count() == 0)
    }

    @Test(
        "a file that is not a regular file is refused before a byte is read, with the reason",
        arguments: [
            ("missing.txt", "no such file"),
            ("folder.txt", "it is a folder"),
            ("fifo.txt", "not a regular file: a fifo"),
            ("null.txt", "not a regular file: a character device"),
            ("loop.txt", "a symbolic link loop"),
            ("dangling.txt", "no such file"),
        ])
    func regularFileRefuses(name: String, reason: String) throws {
        let scratch = ScratchFolder()
        let folder = scratch.url.path
        try FileManager.default.createDirectory(atPath: folder + "/folder.txt", withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/fifo.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/null.txt", withDestinationPath: "/dev/null")
        try FileManager.default.createSymbolicLink(atPath: folder + "/loop.txt", withDestinationPath: "loop.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.txt", withDestinationPath: "gone.txt")
        let error = #expect(throws: ImportError.self) { try RegularFile.contents(of: folder + "/" + name) }
        #expect(error?.path == nil)
        #expect(error?.message == "cannot read the file: \(reason)")
    }

    @Test("a regular file is read whole, Persian, emoji and NUL bytes alike")
    func regularFileReads() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("whole.txt")
        let bytes = Data("کابل 🌧 e\u{301}\u{0}\u{1B}[2J".utf8) + Data(repeating: 0xD8, count: 200_000)
        try bytes.write(to: file)
        #expect(try RegularFile.contents(of: file.path) == bytes)
        try Data().write(to: file)
        #expect(try RegularFile.contents(of: file.path) == Data())
    }

    @Test("exports that appear and vanish while syncs run never fail a sync; each is read or named")
    func churningFolder() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try Self.export.write(to: feed.appendingPathComponent("stable.txt"), atomically: true, encoding: .utf8)
        let cache = try ArticleCache(directory: scratch.file("cache"))
        let stop = StopFlag()
        let churn = Thread {
            var index = 0
            while !stop.isSet {
                let path = feed.appendingPathComponent("churn-\(index % 8).txt").path
                if FileManager.default.fileExists(atPath: path) {
                    unlink(path)
                } else {
                    _ = FileManager.default.createFile(atPath: path, contents: Data(Self.export.utf8))
                }
                index += 1
            }
        }
        churn.start()
        defer { stop.set() }
        let vanished: Set<String> = [
            "it vanished while the folder was being read", "cannot read the file: no such file",
        ]
        // At least 25 syncs, and more until one of them met a file that vanished under it: the
        // reasons checked below must have been seen, not merely allowed.
        var syncs = 0
        var named = 0
        while syncs < 25 || (named == 0 && syncs < 2_000) {
            let report = try cache.sync(feeds: [feed])
            syncs += 1
            named += report.unreadable.count
            for entry in report.unreadable {
                #expect(entry.path.contains("/churn-"), "\(entry)")
                #expect(vanished.contains(entry.reason), "\(entry)")
            }
            #expect(try cache.list().contains { $0.path.hasSuffix("/stable.txt") })
        }
        #expect(named > 0, "no file vanished during \(syncs) syncs: the race under test never happened")
    }
}

/// A flag one thread sets and another polls.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
