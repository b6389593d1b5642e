import Foundation
import Testing

/// `azad sync --watch` as a process: a line per change, and a clean exit on SIGINT and SIGTERM.
@Suite final class SyncWatchCommandTests {
    /// Removed when the suite's instance goes, after each test: its processes have ended by then.
    let folder: TemporaryFolder
    let root: URL
    let feed: URL
    let environment: [String: String]

    init() throws {
        folder = try TemporaryFolder()
        root = folder.url
        feed = root.appendingPathComponent("feed", isDirectory: true)
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        environment = [
            "AZAD_CACHE_DIR": root.appendingPathComponent("cache").path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
        ]
        try Self.export("Kabul water supply").write(to: feed.appendingPathComponent("kabul.txt"))
    }

    static func export(_ title: String) -> Data {
        Data("\(title)\n\n02/21/2016\n\nThe reservoir level fell again this winter.\n".utf8)
    }

    /// Waits until the process's stdout holds `count` lines, and returns them.
    static func lines(_ running: AzadProcess.Running, count: Int, timeout: Double = 10) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout * TmuxSession.deadlineScale)
        var lines: [String] = []
        while Date() < deadline {
            let text = String(decoding: (try? Data(contentsOf: running.outputFile)) ?? Data(), as: UTF8.self)
            lines = text.split(separator: "\n").map(String.init)
            if lines.count >= count { return lines }
            usleep(20_000)
        }
        let stderr = String(decoding: (try? Data(contentsOf: running.errorFile)) ?? Data(), as: UTF8.self)
        throw TmuxSession.Timeout(description: "waited for \(count) lines; stdout: \(lines); stderr: \(stderr)")
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func logsALinePerChangeAndExitsCleanlyOnASignal(signal: Int32) throws {
        let running = try AzadProcess.start(["sync", "--watch", "--feed", feed.path], environment: environment)
        #expect(try Self.lines(running, count: 1) == ["1 new, 0 changed, 0 removed, 0 unreadable; 1 articles"])
        let added = feed.appendingPathComponent("2016/هرات-گزارش.txt")
        try FileManager.default.createDirectory(
            at: added.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.export("گزارش هرات").write(to: added)
        _ = try Self.lines(running, count: 2)
        try Self.export("گزارش تازه هرات").write(to: added)
        _ = try Self.lines(running, count: 3)
        try FileManager.default.removeItem(at: feed.appendingPathComponent("kabul.txt"))
        let lines = try Self.lines(running, count: 4)
        kill(running.process.processIdentifier, signal)
        let result = running.wait()
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            lines == [
                "1 new, 0 changed, 0 removed, 0 unreadable; 1 articles", "new: \(added.path)",
                "changed: \(added.path)", "removed: \(feed.appendingPathComponent("kabul.txt").path)",
            ])
        #expect(result.stdout.split(separator: "\n").count == 4)
        let list = try AzadProcess.run(["list", "--feed", feed.path], environment: environment)
        #expect(list.stdout.contains("گزارش تازه هرات"))
        #expect(!list.stdout.contains("Kabul water supply"))
    }
}
