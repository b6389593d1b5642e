import Foundation
import Testing

/// `azad sync` over a feed folder holding everything but exports: fifos, sockets, device nodes,
/// dangling links, link loops, a file and a folder nobody may read. Each is named on stderr with its
/// reason, none is opened (a fifo would block the sync for ever), and the sync still succeeds.
///
/// Fifos, sockets and links cannot live in git, so each test makes its feed at run time.
@Suite("Hardening: feed folder faults on the command line", .serialized)
struct FeedFaultCommandTests {
    static let export = "Harbour Lights\n\nBy Mina Rahimi\n\nThe ferry left at dawn and nobody looked back.\n"

    /// Binds a Unix socket at `path`, leaving the socket file behind when the descriptor closes.
    static func makeSocket(at path: String) throws {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0, "bind \(path): errno \(errno)")
    }

    /// A feed with one export beside every kind of entry a sync must skip, and the lines it must print.
    static func hostileFeed(in scratch: ScratchFolder) throws -> (feed: String, expected: [String]) {
        let feed = scratch.file("feed").path
        let manager = FileManager.default
        try manager.createDirectory(atPath: feed + "/sub", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: feed + "/locked-folder", withIntermediateDirectories: true)
        try Self.export.write(toFile: feed + "/harbour.txt", atomically: true, encoding: .utf8)
        try Self.export.write(toFile: feed + "/locked-folder/inside.txt", atomically: true, encoding: .utf8)
        try Self.export.write(toFile: feed + "/locked.txt", atomically: true, encoding: .utf8)
        try #require(mkfifo(feed + "/pipe.txt", 0o644) == 0)
        try makeSocket(at: feed + "/socket.txt")
        try manager.createSymbolicLink(atPath: feed + "/null.txt", withDestinationPath: "/dev/null")
        try manager.createSymbolicLink(atPath: feed + "/dangling.txt", withDestinationPath: "nowhere.txt")
        try manager.createSymbolicLink(atPath: feed + "/loop-a.txt", withDestinationPath: "loop-b.txt")
        try manager.createSymbolicLink(atPath: feed + "/loop-b.txt", withDestinationPath: "loop-a.txt")
        try manager.createSymbolicLink(atPath: feed + "/sub/up", withDestinationPath: "..")
        // A fifo that is not named like an export is not one: passed over without a word.
        try #require(mkfifo(feed + "/notes.fifo", 0o644) == 0)
        try #require(chmod(feed + "/locked.txt", 0o000) == 0)
        try #require(chmod(feed + "/locked-folder", 0o000) == 0)
        let expected = [
            "\(feed)/dangling.txt: a dangling symbolic link: what it points to does not exist",
            "\(feed)/locked-folder: cannot open the folder: permission denied",
            "\(feed)/locked.txt: cannot read the file: permission denied",
            "\(feed)/loop-a.txt: a symbolic link loop",
            "\(feed)/loop-b.txt: a symbolic link loop",
            "\(feed)/null.txt: not a regular file: a character device",
            "\(feed)/pipe.txt: not a regular file: a fifo",
            "\(feed)/socket.txt: not a regular file: a socket",
            "\(feed)/sub/up: a symbolic link loop: it leads back to \(feed)",
        ].map { "azad: unreadable: \($0)\n" }
        return (feed, expected)
    }

    /// Runs `azad arguments` as an unprivileged user (root reads files whatever their permission bits
    /// say), killed after a minute so that a sync blocked on a fifo fails the test instead of hanging it.
    ///
    /// The binary runs from a copy in the scratch folder: the build folder may be inside a home the
    /// unprivileged user cannot enter (root's is 0700 in most containers).
    static func runUnprivileged(_ arguments: [String], scratch: ScratchFolder) throws -> AzadProcess.Result {
        let home = scratch.file("home").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        // The scratch folder is root's: the unprivileged user writes its cache and home inside it.
        #expect(chmod(scratch.url.path, 0o777) == 0)
        #expect(chmod(home, 0o777) == 0)
        let binary = scratch.file("bin/azad")
        if !FileManager.default.fileExists(atPath: binary.path) {
            try FileManager.default.createDirectory(
                at: binary.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o755])
            try AzadProcess.copyBinary(to: binary)
            #expect(chmod(binary.path, 0o755) == 0)
        }
        let drop = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        return try QuoteCommandTests.runCommand(
            ["/usr/bin/timeout", "-s", "KILL", "60"] + drop + [binary.path] + arguments,
            environment: [
                "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config",
                "XDG_CACHE_HOME": home + "/cache", "LC_ALL": "C.UTF-8",
            ])
    }

    @Test("sync names each fifo, socket, device, broken link, loop and locked entry, and syncs the rest")
    func hostileEntriesAreNamedAndSkipped() throws {
        let scratch = ScratchFolder()
        let (feed, expected) = try Self.hostileFeed(in: scratch)
        let arguments = ["sync", "--feed", feed, "--cache-dir", scratch.file("cache").path]
        let first = try Self.runUnprivileged(arguments, scratch: scratch)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == expected.joined())
        #expect(first.stdout == "1 new, 0 changed, 0 removed, 9 unreadable; 1 articles\n")
        // Nothing changed: the next sync reads nothing and still names every one.
        let second = try Self.runUnprivileged(arguments, scratch: scratch)
        #expect(second.status == 0)
        #expect(second.stderr == expected.joined())
        #expect(second.stdout == "0 new, 0 changed, 0 removed, 9 unreadable; 1 articles\n")
        // Once the fifo is gone and the file readable, both are forgotten or read.
        #expect(unlink(feed + "/pipe.txt") == 0)
        #expect(chmod(feed + "/locked.txt", 0o644) == 0)
        let third = try Self.runUnprivileged(arguments, scratch: scratch)
        #expect(third.status == 0)
        #expect(third.stderr == expected.filter { !$0.contains("/pipe.txt:") && !$0.contains("/locked.txt:") }.joined())
        #expect(third.stdout == "1 new, 0 changed, 0 removed, 7 unreadable; 2 articles\n")
    }

    @Test("parse and show refuse a fifo at once instead of waiting for a writer")
    func fifoIsRefusedByFileCommands() throws {
        let scratch = ScratchFolder()
        let fifo = scratch.file("pipe.txt").path
        try #require(mkfifo(fifo, 0o644) == 0)
        for command in ["parse", "show"] {
            let result = try Self.runUnprivileged([command, fifo], scratch: scratch)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            // parse lists each file with its error on stdout; show names the file on stderr.
            let output = result.stdout + result.stderr
            #expect(output.contains(fifo), "\(command): \(output)")
            #expect(output.contains("cannot read the file: not a regular file: a fifo"), "\(command): \(output)")
        }
    }
}
