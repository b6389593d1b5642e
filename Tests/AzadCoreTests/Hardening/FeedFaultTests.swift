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

    @Test("fifos, sockets, link loops and dangling links are skipped by name; the exports beside them are synced")
    func specialFilesSkipped() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try Self.export.write(to: feed.appendingPathComponent("harbour.txt"), atomically: true, encoding: .utf8)
        let fifo = feed.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let loop = feed.appendingPathComponent("loop.txt").path
        #expect(symlink(loop, loop) == 0)
        let dangling = feed.appendingPathComponent("gone.txt").path
        #expect(symlink(feed.appendingPathComponent("never-there.txt").path, dangling) == 0)
        // A folder linked into itself is walked once.
        #expect(symlink(feed.path, feed.appendingPathComponent("again").path) == 0)
        let socketPath = feed.appendingPathComponent("socket.txt").path
        let socketDescriptor = try Self.bindSocket(at: socketPath)
        defer { close(socketDescriptor) }

        let cache = try ArticleCache(directory: scratch.file("cache"))
        let report = try cache.sync(feeds: [feed])
        #expect(report.new == 1)
        #expect(
            report.unreadable == [
                .init(path: dangling, reason: "a symbolic link to nothing, skipped"),
                .init(path: loop, reason: "a symbolic link loop, skipped"),
                .init(path: fifo, reason: "not a regular file (a named pipe), skipped"),
                .init(path: socketPath, reason: "not a regular file (a socket), skipped"),
            ])
        #expect(try cache.list().map(\.title) == ["Harbour Lights"])
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

    /// A listening Unix socket at `path`, for a feed entry that is neither file nor folder.
    static func bindSocket(at path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(descriptor >= 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.prefix(buffer.count - 1).enumerated() { buffer[index] = byte }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(result == 0)
        return descriptor
    }
}
