import Foundation
import Testing

/// The reader in a real terminal (tmux) under abuse: resize storms down to 1×1, signals at any moment,
/// hostile text in titles and bodies. It must not crash, must give the terminal back as it found it,
/// and must never let a file drive the terminal.
@Suite("Hardening: the reader in tmux", .serialized)
struct ReaderHardeningTests {
    static let sampleFeed = AzadProcess.packageRoot.appendingPathComponent("sample-feed").path
    static let badInput = AzadProcess.packageRoot.appendingPathComponent("Tests/AzadCoreTests/Fixtures/bad-input")

    /// The list's position on the status line: the reader is up, with the sample feed's 15 articles.
    static func readerIsUp(_ screen: String) -> Bool { screen.contains("/15") }

    /// A fixed-seed generator, so that a failing storm can be replayed exactly.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11 | state << 53
        }
    }

    @Test("100 random resizes while scrolling, down to 1×1: no crash, then a normal screen and exit")
    func resizeStorm() throws {
        let folder = ScratchFolder()
        let session = try TmuxSession(
            ["--feed", Self.sampleFeed, "--cache-dir", folder.file("cache").path], folder: folder)
        try session.waitForScreen("the article list", Self.readerIsUp)
        var random = SeededGenerator(state: 0x617A_6164)
        let keys = ["j", "k", "Space", "b", "Enter", "Tab", "G", "g", "]", "[", "z", "Escape", "Down", "PageDown"]
        let corners = [(1, 1), (1, 2), (2, 1), (3, 3), (10, 2), (200, 1), (1, 60)]
        for step in 0..<100 {
            let (width, height) =
                step % 10 == 0
                ? corners[(step / 10) % corners.count]
                : (Int.random(in: 1...160, using: &random), Int.random(in: 1...50, using: &random))
            try session.resize(width: width, height: height)
            try session.send(keys[Int.random(in: 0..<keys.count, using: &random)])
            if step % 25 == 24 {
                // Still alive: the pane's program is the reader, not the shell after it.
                #expect(!FileManager.default.fileExists(atPath: folder.file("status").path), "exited at step \(step)")
            }
        }
        try session.resize(width: 80, height: 24)
        try session.send("Escape")
        try session.send("g")
        let screen = try session.waitForScreen("a normal screen at 80×24") { screen in
            screen.split(separator: "\n", omittingEmptySubsequences: false).count >= 24
                && screen.contains { !$0.isWhitespace }
        }
        #expect(!screen.isEmpty)
        try session.send("Escape")
        try session.send("q")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
        let settings = try session.terminalSettings()
        #expect(settings.after == settings.before)
        #expect(try session.format("#{alternate_on}") == "0")
        let stderr = try String(contentsOf: folder.file("stderr"), encoding: .utf8)
        #expect(stderr == "")
    }

    static let signals: [(name: String, number: Int32)] = [("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP)]
    /// How long after start the signal comes, in milliseconds: at once (during set-up), soon, and once
    /// the screen is up.
    static let delays: [Int] = [0, 30, 150, -1]

    @Test(
        "a signal at any moment ends the reader with 128+signal and the terminal restored",
        arguments: signals, delays)
    func signalRestoresTerminal(signal: (name: String, number: Int32), delay: Int) throws {
        let folder = ScratchFolder()
        let session = try TmuxSession(
            ["--feed", Self.sampleFeed, "--cache-dir", folder.file("cache").path], folder: folder)
        let pid = try session.readerPID()
        if delay < 0 {
            try session.waitForScreen("the article list", Self.readerIsUp)
        } else {
            usleep(useconds_t(delay * 1000))
        }
        #expect(kill(pid, signal.number) == 0)
        #expect(try session.exitStatus() == 128 + signal.number, "SIG\(signal.name)")
        let settings = try session.terminalSettings()
        #expect(settings.after == settings.before, "SIG\(signal.name) after \(delay) ms")
        #expect(try session.format("#{alternate_on}") == "0")
        #expect(try session.format("#{cursor_flag}") == "1")
        let screen = try session.waitForScreen("the shell after the reader") { $0.contains("AZAD-EXITED") }
        #expect(screen.contains("AZAD-EXITED"))
    }

    @Test("escape sequences and bidi controls in titles and bodies never reach the terminal")
    func hostileTextNeverReachesTerminal() throws {
        let folder = ScratchFolder()
        let feed = folder.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        for name in ["escape-sequences-in-title-and-body.txt", "bidi-controls-in-title-and-body.txt"] {
            try FileManager.default.copyItem(
                at: Self.badInput.appendingPathComponent(name), to: feed.appendingPathComponent(name))
        }
        let session = try TmuxSession(["--feed", feed.path, "--cache-dir", folder.file("cache").path], folder: folder)
        let title = try session.format("#{pane_title}")
        try session.waitForScreen("the two hostile articles") { $0.contains("/2") }
        for key in ["g", "Enter", "G", "Escape", "j", "Enter", "G"] {
            try session.send(key)
            usleep(100_000)
        }
        let screen = try session.waitForScreen("a hostile body") {
            $0.contains("ferry left") || $0.contains("isolate") || $0.contains("rings the bell")
        }
        // Nothing the file held was acted on: no window title, no clipboard write, no screen clear.
        #expect(try session.format("#{pane_title}") == title)
        #expect(try session.tmux(["list-buffers"]) == "")
        // The title sequence became one placeholder: its text is not shown either.
        #expect(!screen.contains("owned"))
        // The override was dropped, not obeyed by azad's own bidi: the file name never reads reversed.
        try session.send("Escape")
        try session.send("g")
        let list = try session.waitForScreen("the list again") { $0.contains("/2") }
        #expect(!list.contains("exe.jpg"))
        try session.send("q")
        try session.send("q")
        try session.send("q")
        #expect(try session.exitStatus() == 0)
    }
}
