import Foundation
import Testing

/// The reader in tmux with what the configuration and themes give it: quotes in the clipboard file,
/// rebound keys in the help screen and at work, and the fallback from a broken theme.
@Suite(.serialized) struct ReaderConfigTmuxTests {
    /// A home folder with one English export in `feed/`, `config` as its configuration and `themes` as
    /// user themes; the reader started on it and waited on until its list is drawn.
    static func session(config: String = "", themes: [String: String] = [:], width: Int = 120) throws -> TmuxSession {
        let home = TemporaryFolder.newURL()
        let feed = home.appendingPathComponent("feed")
        let themeFolder = home.appendingPathComponent("config/azad/themes")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: themeFolder, withIntermediateDirectories: true)
        let export = QuoteCommandTests.exports[2]
        try Data(export.text.utf8).write(to: feed.appendingPathComponent(export.name))
        try Data("feeds = [\"\(feed.path)\"]\n\(config)".utf8).write(
            to: home.appendingPathComponent("config/azad/config.toml"))
        for (name, text) in themes {
            try Data(text.utf8).write(to: themeFolder.appendingPathComponent("\(name).toml"))
        }
        let session = try TmuxSession([], width: width, height: 32, home: home)
        try session.waitFor("Libraries Open Late")
        return session
    }

    @Test func selectingAndYankingAppendsTheLogicalTextToTheClipboardFile() throws {
        let session = try Self.session(config: "clipboard = \"~/quotes.txt\"\n")
        try session.send("Enter")
        try session.waitFor("Small libraries in the old quarter")
        // The selection starts at the top line (the title, which the attribution carries) and grows
        // down over the first paragraph.
        try session.send("v")
        for _ in 0..<7 { try session.send("j") }
        try session.send("y")
        let file = session.home.appendingPathComponent("quotes.txt")
        try session.waitFor("the status line's confirmation") { $0.contains("quotes.txt") }
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("--- azad quote "))
        #expect(text.contains("\nSmall libraries in the old quarter now stay open until nine in the evening.\n"))
        #expect(text.contains("\n--- from\ntitle: Libraries Open Late in the Old City\n"))
        #expect(text.contains("\nfile: \(session.home.appendingPathComponent("feed/english.txt").path)\n"))
        #expect(text.hasSuffix("--- end\n\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try session.quit() == 0)
    }

    @Test func reboundKeysShowInTheHelpScreenAndWork() throws {
        let session = try Self.session(config: "[keys]\nquit = \"Q\"\nhelp = \"F2\"\n")
        try session.waitFor("sync done")  // keys while the first sync finishes would race with it
        try session.send("F2")
        try session.waitFor("Q:close")
        try session.send("G")
        let help = try session.waitFor("back, or quit from the list")
        let quitLine = help.split(separator: "\n").first { $0.contains("back, or quit from the list") }
        #expect(quitLine?.contains("Q") == true, "\(help)")
        try session.send("Escape")
        try session.waitFor("the help screen to close") { !$0.contains("Q:close") && $0.contains("1 article") }
        // q is no longer quit: the help key sent after it is obeyed, so q was read and left the reader running.
        try session.send("q")
        try session.send("F2")
        try session.waitFor("Q:close")
        #expect(try session.deadStatus() == nil)
        try session.send("Escape")
        try session.waitFor("the help screen to close") { !$0.contains("Q:close") && $0.contains("1 article") }
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.terminalIsRestored())
    }

    @Test func aBrokenThemeIsNamedAndTheReaderFallsBackToDefault() throws {
        let session = try Self.session(
            config: "theme = \"mine\"\n", themes: ["mine": "description = \"x\"\n[title]\nfg = \"ultraviolet\"\n"],
            // Room on the status line for the theme file's long temporary path and, beside the error
            // (which stays until a key), the first sync's message.
            width: 330)
        // The error at start-up stays beside the first sync's message; `t` comes round to the theme again.
        try session.waitFor("sync done")
        var screen = ""
        for _ in 0..<8 where !screen.contains("mine.toml:3: title.fg") {
            try session.send("t")
            screen = (try? session.waitFor("mine.toml:3: title.fg", timeout: 2)) ?? ""
        }
        #expect(screen.contains("mine.toml:3: title.fg"))
        #expect(screen.contains("Libraries Open Late"))
        #expect(try session.quit() == 0)
    }
}
