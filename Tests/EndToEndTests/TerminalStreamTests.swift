import Foundation
import Testing

/// The bytes azad writes to a terminal, read raw from `script`'s pseudo-terminal: the bidi mode
/// switch (BDSM, `CSI 8 l` at start and `CSI 8 h` at exit, docs/right-to-left.md) and the sync's
/// progress bar.
@Suite struct TerminalStreamTests {
    static let explicitMode = "\u{1B}[8l"
    static let implicitMode = "\u{1B}[8h"
    static let leaveAlternateScreen = "\u{1B}[?1049l"

    static func count(_ sequence: String, in data: Data) -> Int {
        var count = 0
        var rest = data[...]
        while let found = rest.range(of: Data(sequence.utf8)) {
            count += 1
            rest = rest[found.upperBound...]
        }
        return count
    }

    @Test("visual bidi: CSI 8 l before the first frame, CSI 8 h after the last, once each")
    func visualModeSwitchesTheTerminal() throws {
        let recording = try ScriptRecording(["--feed", ReaderHardeningTests.sampleFeed])
        try recording.waitFor("15 unread")
        try recording.type("q")
        #expect(try recording.waitForExit() == 0)
        let output = recording.output()
        #expect(Self.count(Self.explicitMode, in: output) == 1)
        #expect(Self.count(Self.implicitMode, in: output) == 1)
        let explicit = try #require(ScriptRecording.offset(of: Self.explicitMode, in: output))
        let firstFrame = try #require(ScriptRecording.offset(of: "unread", in: output))
        let lastFrame = try #require(ScriptRecording.lastOffset(of: "unread", in: output))
        let implicit = try #require(ScriptRecording.offset(of: Self.implicitMode, in: output))
        let left = try #require(ScriptRecording.lastOffset(of: Self.leaveAlternateScreen, in: output))
        #expect(explicit < firstFrame)
        #expect(implicit > lastFrame)
        #expect(implicit > left, "the mode is given back after the normal screen is")
    }

    @Test("terminal bidi: the reader leaves the terminal's mode alone")
    func terminalModeSendsNoSwitch() throws {
        let folder = ScratchFolder()
        let config = folder.file("config.toml")
        try Data("bidi = \"terminal\"\n".utf8).write(to: config)
        let terminal = try ScriptRecording(["--feed", ReaderHardeningTests.sampleFeed, "--config", config.path])
        try terminal.waitFor("15 unread")
        try terminal.type("q")
        #expect(try terminal.waitForExit() == 0)
        let output = terminal.output()
        #expect(Self.count(Self.explicitMode, in: output) == 0)
        #expect(Self.count(Self.implicitMode, in: output) == 0)
        #expect(ScriptRecording.offset(of: Self.leaveAlternateScreen, in: output) != nil)
    }

    @Test("a crash gives the implicit mode back", arguments: [SIGSEGV, SIGABRT])
    func crashRestoresImplicitMode(signal: Int32) throws {
        let recording = try ScriptRecording(["--feed", ReaderHardeningTests.sampleFeed])
        let pid = try recording.azadPID()
        try recording.waitFor("15 unread")
        #expect(kill(pid, signal) == 0)
        #expect(try recording.waitForExit() == 128 + Int(signal))
        let output = recording.output()
        let explicit = try #require(ScriptRecording.offset(of: Self.explicitMode, in: output))
        let implicit = try #require(ScriptRecording.lastOffset(of: Self.implicitMode, in: output))
        #expect(implicit > explicit)
        #expect(implicit > (ScriptRecording.lastOffset(of: "unread", in: output) ?? 0))
    }

    /// A feed of `count` short exports, titled in several scripts.
    static func feed(count: Int, in folder: ScratchFolder) throws -> URL {
        let feed = folder.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let header = "افغانستان آزاد ــ آزاد افغانستان\nAA-AA\nwww.afgazad.com\tafgazad@gmail.com\nاجتماعی\n\n"
        let titles = ["Report from Kabul", "گزارش از کابل", "د کابل راپور", "喀布尔报道 🇦🇫", "Re\u{301}sume\u{301}"]
        for index in 0..<count {
            let text =
                header + "\(titles[index % titles.count]) \(index)\n\n03/15/2020\n\nParagraph of export \(index).\n"
            try Data(text.utf8).write(to: feed.appendingPathComponent("export-\(index).txt"))
        }
        return feed
    }

    @Test("azad sync on a terminal draws a progress bar on stderr and clears it before its report")
    func syncDrawsProgressBar() throws {
        let folder = ScratchFolder()
        let feed = try Self.feed(count: 300, in: folder)
        let recording = try ScriptRecording(["sync", "--feed", feed.path, "--cache-dir", folder.file("cache").path])
        #expect(try recording.waitForExit() == 0)
        let text = String(decoding: recording.output(), as: UTF8.self)
        let full = "\r[" + String(repeating: "#", count: 30) + "] 300/300 files"
        let report = "300 new, 0 changed, 0 removed, 0 unreadable; 300 articles"
        #expect(text.hasSuffix(full + "\r\u{1B}[K" + report + "\r\n"), "\(text.debugDescription)")
        // Every bar drawn is whole, and the count only grows.
        let bars = text.components(separatedBy: "\r[").dropFirst()
        var last = -1
        for bar in bars {
            let match = bar.wholeMatch(of: /([#.]{30})\] (\d+)\/300 files(?:\r\u{1B}\[K[\s\S]*)?/)
            let done = try #require(match.flatMap { Int($0.2) }, "a bar: \(bar.debugDescription)")
            #expect(done >= last)
            #expect(match?.1.filter { $0 == "#" }.count == 30 * done / 300)
            last = done
        }
        // Off a terminal there is no bar.
        let piped = try AzadProcess.run(
            ["sync", "--feed", feed.path, "--cache-dir", folder.file("cache-piped").path])
        #expect(piped.status == 0)
        #expect(piped.stderr == "")
        #expect(piped.stdout == report + "\n")
    }

    /// The bar's count is in the interface's language: its digits and its word for files.
    @Test(
        "the progress bar's count in Dari and Pashto",
        arguments: [("fa", "۱۲/۱۲ فایل", "۱۲ تازه"), ("ps", "۱۲/۱۲ فایلونه", "۱۲ نوې")])
    func progressBarInTheInterfacesLanguage(language: String, count: String, report: String) throws {
        let folder = ScratchFolder()
        let feed = try Self.feed(count: 12, in: folder)
        let recording = try ScriptRecording([
            "--ui-language=\(language)", "sync", "--feed", feed.path, "--cache-dir", folder.file("cache").path,
        ])
        #expect(try recording.waitForExit() == 0)
        let text = String(decoding: recording.output(), as: UTF8.self)
        let full = "\r[" + String(repeating: "#", count: 30) + "] " + count
        #expect(text.contains(full + "\r\u{1B}[K" + report), "\(text.debugDescription)")
        #expect(!text.contains("files"))
    }

    @Test("azad sync in tmux ends with its report on a clean line, the bar gone")
    func syncInTmuxLeavesTheReport() throws {
        let folder = ScratchFolder()
        let feed = try Self.feed(count: 300, in: folder)
        let session = try TmuxSession(
            ["sync", "--feed", feed.path, "--cache-dir", folder.file("cache").path], recordingTerminal: true)
        #expect(try session.recordedExit() == 0)
        let screen = try session.waitFor("300 articles")
        let first = screen.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        #expect(first == "300 new, 0 changed, 0 removed, 0 unreadable; 300 articles")
        #expect(!screen.contains("files"), "no bar left: \(screen)")
    }
}
