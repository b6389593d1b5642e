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
    static func readerIsUp(_ screen: String) -> Bool { screen.contains("/15 · ") }

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
            ["--feed", Self.sampleFeed, "--cache-dir", folder.file("cache").path], width: 80, height: 24,
            recordingTerminal: true)
        try session.waitFor("the article list", Self.readerIsUp)
        var random = SeededGenerator(state: 0x617A_6164)
        let keys = ["j", "k", "Space", "b", "Enter", "Tab", "G", "g", "]", "[", "Escape", "Down", "PageDown"]
        let corners = [(1, 1), (1, 2), (2, 1), (3, 3), (10, 2), (200, 1), (1, 60)]
        for step in 0..<100 {
            let (width, height) =
                step % 10 == 0
                ? corners[(step / 10) % corners.count]
                : (Int.random(in: 1...160, using: &random), Int.random(in: 1...50, using: &random))
            try session.resize(width: width, height: height)
            try session.send(keys[Int.random(in: 0..<keys.count, using: &random)])
            if step % 10 == 0 {
                // At the corner sizes the reader must stay alive and draw what fits. A lone cell is
                // the bottom-right one, which curses never writes (it would scroll the screen), so
                // at 1×1 only the size can be seen.
                try session.waitFor("a frame at \(width)×\(height) (step \(step))") { screen in
                    let size = (try? session.format("#{pane_width}x#{pane_height}")) ?? ""
                    return size == "\(width)x\(height)" && (width * height == 1 || screen.contains { !$0.isWhitespace })
                }
                #expect(
                    !FileManager.default.fileExists(atPath: session.home.appendingPathComponent("status").path),
                    "exited at step \(step)")
            }
        }
        try session.resize(width: 80, height: 24)
        try session.send("Escape")
        try session.send("g")
        try session.waitFor("the list at 80×24") { Self.readerIsUp($0) && $0.contains(" 1/15 · ") }
        try session.send("q")
        #expect(try session.recordedExit() == 0)
        let settings = try session.terminalSettings()
        #expect(settings.after == settings.before)
        #expect(try session.terminalIsRestored())
    }

    static let signals: [(name: String, number: Int32)] = [("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP)]
    /// When the signal comes: as soon as azad runs (during set-up, before the terminal is switched),
    /// a few milliseconds in, and with the list on screen, then an article (`-1`, `-2`).
    static let moments: [Int] = [0, 5, 40, -1, -2]

    @Test(
        "a signal at any moment ends the reader with 128+signal and the terminal restored",
        arguments: signals, moments)
    func signalRestoresTerminal(signal: (name: String, number: Int32), moment: Int) throws {
        let folder = ScratchFolder()
        let session = try TmuxSession(
            ["--feed", Self.sampleFeed, "--cache-dir", folder.file("cache").path], recordingTerminal: true)
        let pid = try session.readerPID()
        switch moment {
        case -1:
            try session.waitFor("the article list", Self.readerIsUp)
        case -2:
            try session.waitFor("the article list", Self.readerIsUp)
            try session.send("Enter")
            try session.waitFor("ARTICLE")
        default:
            // Not a wait for anything: the moment itself, somewhere in the reader's start-up.
            usleep(useconds_t(moment * 1000))
        }
        #expect(kill(pid, signal.number) == 0)
        #expect(try session.recordedExit() == 128 + Int(signal.number), "SIG\(signal.name)")
        let settings = try session.terminalSettings()
        #expect(settings.after == settings.before, "SIG\(signal.name) at \(moment)")
        #expect(try session.terminalIsRestored(), "SIG\(signal.name) at \(moment)")
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
        let session = try TmuxSession(
            ["--feed", feed.path, "--cache-dir", folder.file("cache").path], recordingTerminal: true)
        // tmux obeys clipboard writes from its panes only when asked to: ask, so that one would show.
        try session.tmux(["set-option", "-g", "set-clipboard", "on"])
        let list = try session.waitFor("the two hostile articles") { $0.contains(" 1/2 · ") }
        // The override was dropped, not obeyed: the file name in the title never reads reversed.
        #expect(list.contains("gpj.exe"))
        #expect(!list.contains("exe.jpg"))
        try session.send("Enter")
        try session.waitFor("the bidi body") { $0.contains("reversed words") && $0.contains("ARTICLE") }
        try session.send("Escape")
        try session.send("j")
        try session.waitFor(" 2/2 · ")
        try session.send("Enter")
        let body = try session.waitFor("the escape body") { $0.contains("rings the bell") && $0.contains("ARTICLE") }
        try session.send("G")
        // Nothing the file held was acted on: no window title, no clipboard write, no screen clear,
        // no cursor jump (the text before and after each sequence stays on one line, in order).
        #expect(try !session.format("#{pane_title}").contains("owned"))
        #expect(try session.tmux(["list-buffers"]) == "")
        #expect(body.contains("The ferry left at dawn."))
        #expect(body.contains("ARTICLE"))
        #expect(!body.contains("owned"), "the title sequence became one placeholder, its text not shown")
        try session.send("q")
        try session.send("q")
        #expect(try session.recordedExit() == 0)
        let settings = try session.terminalSettings()
        #expect(settings.after == settings.before)
    }
}
