import Foundation
import Testing

/// The reader in tmux in Dari and Pashto: the status line, the help and the search prompt in the
/// chosen language, shaped and in visual order as FriBidi lays them out; English unchanged; the
/// language taken from `LANG` when nothing chooses it, even with that locale not installed.
@Suite(.serialized) struct ReaderLanguageTmuxTests {
    /// FriBidi's visual, shaped form of a right-to-left `line`, without zero-width non-joiners (the
    /// shaping they cause is kept; whether a terminal keeps the mark itself in a cell is its own).
    static func visual(_ line: String) throws -> String {
        let lines = try MastheadCommandTests.fribidi([line])
        return Self.withoutJoiners(try #require(lines.first))
    }

    static func withoutJoiners(_ text: String) -> String { text.replacingOccurrences(of: "\u{200C}", with: "") }

    /// The reader on the sample feed with `arguments` and `config` as its configuration file.
    static func session(
        config: String?, arguments: [String] = [], locale: String = "C.UTF-8", environment: [String: String] = [:]
    ) throws -> TmuxSession {
        let folder = TemporaryFolder.newURL()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var options = [
            "--feed", ReaderHardeningTests.sampleFeed, "--cache-dir", folder.appendingPathComponent("cache").path,
        ]
        if let config {
            let file = folder.appendingPathComponent("config.toml")
            try Data(config.utf8).write(to: file)
            options += ["--config", file.path]
        }
        let session = try TmuxSession(
            options + arguments, width: 120, height: 32, locale: locale, environment: environment)
        session.removedWithSession.append(folder)
        return session
    }

    /// Waits until the screen, zero-width non-joiners aside, shows every one of `lines` visually.
    @discardableResult
    static func waitForVisual(_ session: TmuxSession, _ lines: [String]) throws -> String {
        let shown = try lines.map(visual)
        return try session.waitFor("\(shown)") { screen in
            let screen = withoutJoiners(screen)
            return shown.allSatisfy { screen.contains($0) }
        }
    }

    @Test func dariStatusLineHelpAndSearchPrompt() throws {
        let session = try Self.session(config: "ui_language = \"fa\"\n")
        // The status line: the mode and the unread count, with Persian digits.
        let screen = try Self.waitForVisual(session, ["فهرست", "۱۵ خوانده‌نشده"])
        #expect(!screen.contains("LIST"))
        #expect(!screen.contains("unread"))
        // The help: a group's heading, an operation's line, the help's mode.
        try session.send("?")
        try Self.waitForVisual(session, ["رهنما", "حرکت", "سطر یا مقالهٔ قبلی", "رفت‌وآمد میان فهرست و پنجرهٔ خواندن"])
        try session.send("q")
        try Self.waitForVisual(session, ["فهرست"])
        // The search prompt: its label, and the count of results once a word is typed.
        try session.send("/")
        try Self.waitForVisual(session, ["جستجوی مقاله‌ها:"])
        try session.type("zzzzqqq")
        try Self.waitForVisual(session, ["بی‌نتیجه"])
        try session.send("Escape")
        #expect(try session.quit() == 0)
    }

    @Test func pashtoFromTheCommandLineOverTheFile() throws {
        let session = try Self.session(config: "ui_language = \"fa\"\n", arguments: ["--ui-language", "ps"])
        let screen = try Self.waitForVisual(session, ["لېست", "۱۵ نالوستې"])
        #expect(!screen.contains("LIST"))
        try session.send("?")
        try Self.waitForVisual(
            session, ["مرسته", "خوځښت", "بله کرښه یا مقاله", "د لېست او د لوستلو د چوکاټ ترمنځ اوښتل"])
        try session.send("q")
        try session.send("/")
        try Self.waitForVisual(session, ["د مقالو لټون:"])
        try session.send("Escape")
        #expect(try session.quit() == 0)
    }

    @Test func latinDigitsWhenTheConfigurationAsks() throws {
        let session = try Self.session(config: "ui_language = \"fa\"\nui_digits = \"latin\"\n")
        let screen = try Self.waitForVisual(session, ["فهرست", "15 خوانده‌نشده"])
        #expect(!screen.contains("۱۵"))
        #expect(try session.quit() == 0)
    }

    @Test func englishWhenTheConfigurationSaysSo() throws {
        let session = try Self.session(config: "ui_language = \"en\"\n", locale: "fa_AF.UTF-8")
        let screen = try session.waitFor("the English list") { $0.contains("/15 · 15 unread") }
        #expect(screen.contains(" LIST "))
        #expect(screen.contains("All · 15 articles"))
        try session.send("?")
        try session.waitFor("next line or article")
        try session.waitFor("Moving")
        try session.send("q")
        try session.send("/")
        try session.waitFor("Search articles: ")
        try session.send("Escape")
        #expect(try session.quit() == 0)
    }

    /// `LANG=fa_AF.UTF-8` alone, a locale this machine does not have (`locale -a`): the reader falls
    /// back to C.UTF-8 for the character set and speaks Dari, and the articles are readable.
    @Test func langAloneGivesDariWithoutTheLocaleInstalled() throws {
        #expect(!Self.installedLocales().contains { $0.lowercased().hasPrefix("fa_af") })
        let session = try Self.session(config: nil, locale: "fa_AF.UTF-8", environment: ["LC_ALL": ""])
        let screen = try Self.waitForVisual(session, ["فهرست", "۱۵ خوانده‌نشده"])
        // Persian article text drawn shaped, not as escapes or question marks.
        #expect(screen.contains("ﻥﺎﺘﺴﻧﺎﻐﻓﺍ"))
        #expect(!screen.contains("LIST"))
        #expect(try session.quit() == 0)
    }

    static func installedLocales() -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["locale", "-a"]
        let output = Pipe()
        process.standardOutput = output
        guard (try? process.run()) != nil else { return [] }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
