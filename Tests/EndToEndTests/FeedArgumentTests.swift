import Foundation
import Testing

/// `--feed` given something other than a folder of exports it may read: a file, a folder it may not
/// open. Each is one line naming the path and what is wrong with it, with status 1, and no cache.
@Suite("Hardening: a feed that is a file or a locked folder", .serialized)
struct FeedArgumentTests {
    static let commands: [[String]] = [["sync"], ["list"], ["search", "ferry"]]

    @Test("a file given as the feed is named as a file, not a folder", arguments: commands)
    func fileIsNotAFolder(command: [String]) throws {
        let scratch = ScratchFolder()
        let cache = scratch.file("cache").path
        let result = try AzadProcess.run(command + ["--feed", "/etc/passwd", "--cache-dir", cache])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "azad: /etc/passwd: a file, not a folder: a feed is a folder of text exports\n")
    }

    @Test("an export file given as the feed, named in Persian, is named as a file too")
    func exportFileIsNotAFolder() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("خبر ۱.txt").path
        try "سرخط\n\nمتن خبر.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try AzadProcess.run(["list", "--feed", file, "--cache-dir", scratch.file("cache").path])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "azad: \(file): a file, not a folder: a feed is a folder of text exports\n")
    }

    @Test("a feed folder the user may not open says so", arguments: commands)
    func lockedFolderIsNamed(command: [String]) throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("locked feed").path
        try FileManager.default.createDirectory(atPath: feed, withIntermediateDirectories: true)
        try FeedFaultCommandTests.export.write(toFile: feed + "/harbour.txt", atomically: true, encoding: .utf8)
        try #require(chmod(feed, 0o000) == 0)
        defer { chmod(feed, 0o755) }
        let cache = scratch.file("home/cache-dir").path
        let result = try FeedFaultCommandTests.runUnprivileged(
            command + ["--feed", feed, "--cache-dir", cache], scratch: scratch)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "azad: \(feed): cannot open the feed folder: permission denied\n")
    }

    @Test("a feed folder the user may list but not enter says so")
    func unsearchableFolderIsNamed() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed").path
        try FileManager.default.createDirectory(atPath: feed, withIntermediateDirectories: true)
        try #require(chmod(feed, 0o444) == 0)
        defer { chmod(feed, 0o755) }
        let result = try FeedFaultCommandTests.runUnprivileged(
            ["sync", "--feed", feed, "--cache-dir", scratch.file("home/cache-dir").path], scratch: scratch)
        #expect(result.status == 1)
        #expect(result.stderr == "azad: \(feed): cannot open the feed folder: permission denied\n")
    }
}
