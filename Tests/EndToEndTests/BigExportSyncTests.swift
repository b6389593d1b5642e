import Foundation
import Testing

/// `azad sync` of one big export holds it at most three times over, above what any sync holds: the
/// peak RSS of the child process (wait4's `ru_maxrss`, its own) against the export's size.
@Suite(.serialized) struct BigExportSyncTests {
    /// Writes an export of about `megabytes` MB: the masthead, a title and a date, then paragraphs
    /// in Persian, Pashto, English, CJK (with emoji and combining marks), headings now and then,
    /// and a last paragraph that says so (`lastParagraph`).
    static func writeExport(to url: URL, megabytes: Int) throws {
        let paragraphs = [
            "باد پاییزی از دره گذشت و برگ‌های زرد را تا کنار جوی آب برد و کودکان به مکتب رفتند",
            "ښوونکي ویل چې زده کړه د ټولو حق دی او هر ماشوم باید ښوونځي ته ولاړ شي",
            "The night train stopped twice before the border and the guards walked its length with lamps",
            "喀布尔的夜晚很安静 🌙 and the café served the re\u{301}sume\u{301} of the day",
        ]
        let header =
            "افغانستان آزاد ــ آزاد افغانستان\n\nAA-AA\n\nwww.afgazad.com\tafgazad@gmail.com\n"
            + "European Languages\tزبان های اروپائی\n\nA very long report from the valley\n\n03/15/2020\n\n"
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var written = 0
        var index = 0
        var chunk = header
        while written < megabytes << 20 {
            index += 1
            chunk +=
                index % 97 == 0
                ? "CHAPTER \(index)\n\n" : "\(index). \(paragraphs[index % paragraphs.count]) \(index).\n\n"
            if chunk.utf8.count > 1 << 16 {
                written += chunk.utf8.count
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        chunk += lastParagraph + "\n"
        try handle.write(contentsOf: Data(chunk.utf8))
    }

    static let lastParagraph = "The report ends here."

    /// Runs `azad sync --feed feed` with its own cache; returns its exit status, what it printed and
    /// its peak RSS in bytes.
    static func syncPeak(feed: URL, home: URL) throws -> (status: Int32, output: String, peak: Int) {
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let output = home.appendingPathComponent("output")
        let arguments = [AzadProcess.binary.path, "sync", "--feed", feed.path]
        var environment = ProcessInfo.processInfo.environment
        environment["AZAD_CACHE_DIR"] = home.appendingPathComponent("cache").path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["LC_ALL"] = "C.UTF-8"
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        // ru_maxrss is in kilobytes on Linux.
        let printed = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        return ((status >> 8) & 0xFF, printed, usage.ru_maxrss * 1024)
    }

    @Test("syncing a 20 MB export peaks at no more than three times its size above a small sync's peak")
    func bigExportPeakIsBounded() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("azad-big-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let small = home.appendingPathComponent("small")
        let big = home.appendingPathComponent("big")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: big, withIntermediateDirectories: true)
        try Self.writeExport(to: small.appendingPathComponent("000_small.txt"), megabytes: 0)
        let file = big.appendingPathComponent("000_big.txt")
        try Self.writeExport(to: file, megabytes: 20)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        #expect(size >= 20 << 20)
        // The fixed part: the binary, the runtime, ICU's data and SQLite, as a one-article sync holds them.
        let baseline = try Self.syncPeak(feed: small, home: home.appendingPathComponent("small-home"))
        #expect(baseline.status == 0)
        #expect(baseline.output.contains("1 new"), "\(baseline.output)")
        let peak = try Self.syncPeak(feed: big, home: home.appendingPathComponent("big-home"))
        #expect(peak.status == 0)
        #expect(peak.output.contains("1 new"), "\(peak.output)")
        let ratio = Double(peak.peak - baseline.peak) / Double(size)
        #expect(
            peak.peak <= baseline.peak + 3 * size,
            "peak \(peak.peak >> 20) MB, baseline \(baseline.peak >> 20) MB, export \(size >> 20) MB: \(ratio)× above the baseline"
        )
    }
}
