import Foundation
import Testing

@testable import AzadCore

/// The no-change check's walk on several threads digests what one walk does.
@Suite struct FeedWalkerParallelTests {
    /// A feed in the site's layout with the awkward entries a walk digests: exports in the root and
    /// deep down, names in several scripts, a fifo, a dangling link and a link back to the root.
    static func feed() throws -> ScratchFolder {
        let feed = ScratchFolder()
        let names = ["کابل.txt", "ننگرهار.txt", "東京.txt", "👍🏽.TXT", "e\u{301}.pdf", "tab\tname.txt", "notes.md"]
        for year in 2018...2021 {
            for month in ["01", "02", "حمل"] {
                let folder = feed.file("\(year)/\(month)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                for name in names { try Data(name.utf8).write(to: folder.appendingPathComponent(name)) }
            }
        }
        try Data("root".utf8).write(to: feed.file("root.txt"))
        mkfifo(feed.file("2019/01/fifo.txt").path, 0o600)
        try FileManager.default.createSymbolicLink(
            atPath: feed.file("2020/gone.txt").path, withDestinationPath: "nowhere")
        try FileManager.default.createSymbolicLink(
            atPath: feed.file("2021/01/loop").path, withDestinationPath: feed.url.path)
        return feed
    }

    @Test(arguments: [1, 2, 4, 16])
    func digestsWhatOneWalkDigests(threads: Int) throws {
        let feed = try Self.feed()
        var serial = FeedWalker(mode: .digestFiles)
        serial.walk(feed.url.path)
        let parallel = FeedWalker.digestFiles(of: [feed.url.path], threads: threads)
        #expect(parallel.count == serial.count)
        #expect(parallel.digest == serial.digest)
        // What a sync stores is the collect walk's: the no-change check must find it unchanged.
        var collect = FeedWalker(mode: .collect)
        collect.walk(feed.url.path)
        #expect(parallel.count == collect.count && parallel.digest == collect.digest)
        #expect(parallel.count == 4 * 3 * 6 + 1)
    }

    /// A file's digest in a no-change walk continues its folder's hash (no path is built); a root named
    /// with a trailing slash must give what the collect walk's paths give.
    @Test(arguments: ["", "/"])
    func theDigestInPlaceIsTheCollectWalks(rootSuffix: String) throws {
        let feed = try Self.feed()
        let root = feed.url.path + rootSuffix
        var collect = FeedWalker(mode: .collect)
        collect.walk(root)
        var inPlace = FeedWalker(mode: .digestFiles)
        inPlace.walk(root)
        #expect(inPlace.count == collect.count && inPlace.digest == collect.digest)
        #expect(inPlace.newestTime == collect.newestTime)
        #expect(collect.files.count == 4 * 3 * 6 + 1)
    }

    @Test func aChangedExportChangesTheDigest() throws {
        let feed = try Self.feed()
        let before = FeedWalker.digestFiles(of: [feed.url.path], threads: 2)
        try Data("rewritten".utf8).write(to: feed.file("2020/حمل/کابل.txt"))
        #expect(FeedWalker.digestFiles(of: [feed.url.path], threads: 2).digest != before.digest)
    }
}
