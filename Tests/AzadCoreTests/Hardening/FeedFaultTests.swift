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
}
