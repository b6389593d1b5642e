import AzadCore
import Foundation
import Testing

/// The reader handing the terminal over and reaching outside itself, in tmux through the real
/// ncursesw: pipe, save, open-source, `C-z` and `fg`, the messages log, and the errors that stop it.
@Suite(.serialized) struct ReaderShellTmuxTests {
    static let english = QuoteCommandTests.exports[2]
    static let source = "http://www.example.org/news/libraries_open_late"

    /// A home folder with `english.txt` (and `extra` files) in `feed/`, `config` as its
    /// configuration; the reader started on it at `width` and waited on until its first sync is done.
    static func session(
        config: String = "", extra: [String: String] = [:], themes: [String: String] = [:], width: Int = 180,
        environment: (URL) -> [String: String] = { _ in [:] }, folders: [String] = [],
        waitFor: String = "sync done"
    ) throws -> TmuxSession {
        let home = TemporaryFolder.newURL()
        let feed = home.appendingPathComponent("feed")
        let themeFolder = home.appendingPathComponent("config/azad/themes")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: themeFolder, withIntermediateDirectories: true)
        try Data(english.text.utf8).write(to: feed.appendingPathComponent(english.name))
        for (name, text) in extra { try Data(text.utf8).write(to: feed.appendingPathComponent(name)) }
        for folder in folders {
            try FileManager.default.createDirectory(
                at: home.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for (name, text) in themes {
            try Data(text.utf8).write(to: themeFolder.appendingPathComponent("\(name).toml"))
        }
        try Data("feeds = [\"\(feed.path)\"]\n\(config)".utf8).write(
            to: home.appendingPathComponent("config/azad/config.toml"))
        let session = try TmuxSession([], width: width, height: 32, environment: environment(home), home: home)
        try session.waitFor("Libraries Open Late")
        try session.waitFor(waitFor)
        return session
    }

    /// The article as the test reads it from the export: its header fields and blocks.
    static func article() throws -> Article {
        try ExportParser.parse(text: english.text, path: "/feed/english.txt")
    }

    /// Opens the article and waits for its first paragraph.
    static func open(_ session: TmuxSession) throws {
        try session.send("Enter")
        try session.waitFor("Small libraries in the old quarter")
    }

    @Test func pipingThroughWcCountsTheArticlesWords() throws {
        let article = try Self.article()
        let fields =
            [
                article.title, article.subtitle ?? "", article.authors.joined(separator: ", "),
                article.dateText ?? "", article.source ?? "",
            ] + article.blocks.map(\.text)
        let words = fields.flatMap { $0.split(whereSeparator: \.isWhitespace) }.count
        #expect(words > 20)
        let session = try Self.session()
        try Self.open(session)
        try session.send("|")
        try session.waitFor("Pipe to:")
        try session.type("wc -w")
        try session.send("Enter")
        let screen = try session.waitFor("press a key to return to azad")
        #expect(screen.contains("[exit status 0] press a key to return to azad"), "\(screen)")
        let counted = screen.split(separator: "\n").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        #expect(counted == [words], "\(screen)")
        #expect(try session.terminalIsRestored(), "the command had the terminal as the shell has it")
        try session.send("x")
        try session.waitFor("the reader again") { $0.contains("wc -w: exit status 0") && $0.contains("Libraries Open") }
        #expect(try session.format("#{alternate_on}") == "1")
        #expect(try session.quit() == 0)
    }

    @Test func savingWritesTheTextAndAsksBeforeOverwriting() throws {
        // The download folder must be there when the reader starts, or it offers the home folder.
        let session = try Self.session(
            environment: { home in ["XDG_DOWNLOAD_DIR": home.appendingPathComponent("downloads").path] },
            folders: ["downloads"])
        let downloads = session.home.appendingPathComponent("downloads")
        let file = downloads.appendingPathComponent("Libraries-Open-Late-in-the-Old-City.txt")
        try Self.open(session)
        try session.send("S")
        try session.waitFor("Save to: \(file.path)")
        try session.send("Enter")
        try session.waitFor("saved to \(file.path)")
        let expected = try Self.article().logicalText
        #expect(try String(contentsOf: file, encoding: .utf8) == expected)
        #expect(expected.hasPrefix("Libraries Open Late in the Old City\nJane Roe\n"))
        // Saved again, the file is there: `n` keeps it as it is, `y` replaces it.
        try Data("kept\n".utf8).write(to: file)
        try session.send("S")
        try session.waitFor("Save to:")
        try session.send("Enter")
        try session.waitFor("exists. Overwrite? (y/n)")
        try session.send("n")
        try session.waitFor("not saved")
        #expect(try String(contentsOf: file, encoding: .utf8) == "kept\n")
        try session.send("S")
        try session.waitFor("Save to:")
        try session.send("Enter")
        try session.waitFor("exists. Overwrite? (y/n)")
        try session.send("y")
        try session.waitFor("saved to \(file.path)")
        #expect(try String(contentsOf: file, encoding: .utf8) == expected)
        // A folder that is not there is an error on the status line and in the log.
        try session.send("S")
        try session.waitFor("Save to:")
        try session.send("C-u")
        try session.type("~/nowhere/x.txt")
        try session.send("Enter")
        try session.waitFor("could not save \(session.home.path)/nowhere/x.txt: No such file or directory")
        #expect(try session.quit() == 0)
    }

    @Test func oGivesTheBrowserTheSourceURLOnceAsOneArgument() throws {
        let session = try Self.session(environment: { home in
            ["BROWSER": home.appendingPathComponent("fake-browser").path]
        })
        let calls = session.home.appendingPathComponent("browser-calls")
        let script = session.home.appendingPathComponent("fake-browser")
        try Data(
            "#!/bin/sh\n{ printf '%s\\n' \"$#\"; for a in \"$@\"; do printf '[%s]\\n' \"$a\"; done; } >> \"$HOME/browser-calls\"\n"
                .utf8
        ).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        try Self.open(session)
        try session.send("o")
        try session.waitFor("opened \(Self.source) with fake-browser")
        // Keys go on working while the browser runs: the reader never waited for it.
        try session.send("?")
        try session.waitFor("Q:close") { $0.contains("HELP") }
        try session.send("Escape")
        #expect(try session.quit() == 0)
        let deadline = Date().addingTimeInterval(10 * TmuxSession.deadlineScale)
        while !FileManager.default.fileExists(atPath: calls.path), Date() < deadline { usleep(20_000) }
        #expect(try String(contentsOf: calls, encoding: .utf8) == "1\n[\(Self.source)]\n")
    }

    /// A text browser (by its name) gets the terminal until it exits, as `C-z` hands it to the shell.
    @Test func aTextBrowserGetsTheTerminalUntilItExits() throws {
        let session = try Self.session(environment: { home in
            ["BROWSER": home.appendingPathComponent("bin/w3m").path]
        })
        let script = session.home.appendingPathComponent("bin/w3m")
        try FileManager.default.createDirectory(
            at: script.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("#!/bin/sh\necho \"text browser on $# page: $1\"\nread answer\necho \"read $answer\"\n".utf8)
            .write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        try Self.open(session)
        try session.send("o")
        try session.waitFor("text browser on 1 page: \(Self.source)")
        #expect(try session.terminalIsRestored(), "the browser has the terminal as the shell has it")
        try session.type("yes")
        try session.send("Enter")
        try session.waitFor("the reader again") {
            $0.contains("opened \(Self.source) with w3m") && $0.contains("Libraries Open Late")
        }
        #expect(try session.format("#{alternate_on}#{mouse_any_flag}#{mouse_button_flag}") == "111")
        #expect(try session.quit() == 0)
    }

    @Test func controlZSuspendsToTheShellAndFgRedraws() throws {
        let session = try TmuxSession(["--version"], width: 120, height: 30)
        let feed = try ReaderFeedFixture.make()
        session.removedWithSession.append(feed)
        // An interactive shell with job control, as a user's: azad is typed at its prompt.
        try session.tmux(["respawn-pane", "-k", "-t", "0", "env PS1='shell$ ' sh -i"])
        try session.waitFor("shell$")
        let command =
            ["env"] + session.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + [AzadProcess.binary.path, "--feed", feed.path]
        try session.type(command.map(TmuxSession.quote).joined(separator: " "))
        try session.send("Enter")
        try session.waitFor("Ferry service resumes")
        try session.waitFor("sync done")
        try session.send("C-z")
        let stopped = try session.waitFor("the shell's prompt after the stop") {
            $0.contains("Stopped") || $0.contains("stopped")
        }
        #expect(!stopped.contains("Ferry service resumes"), "the reader's screen went with it")
        #expect(try session.terminalIsRestored(), "the shell got the terminal back as it was")
        // `fg` waits for the job and gives its exit status.
        try session.type("fg; echo azad-exit:$?")
        try session.send("Enter")
        try session.waitFor("the reader redrawn") {
            $0.contains("Ferry service resumes") && $0.contains("LIST") && $0.contains("4 unread")
        }
        #expect(try session.format("#{alternate_on}#{mouse_any_flag}#{mouse_button_flag}") == "111")
        // It reads keys again.
        try session.send("j")
        try session.waitFor("2/4")
        try session.send("q")
        try session.waitFor("azad-exit:0")
    }

    @Test func unreadableExportsAndABrokenThemeAreNamedAndStay() throws {
        let session = try Self.session(
            config: "theme = \"mine\"\n", extra: ["empty.txt": "", "blank.txt": " \n\n \n"],
            themes: ["mine": "description = \"x\"\n[title]\nfg = \"ultraviolet\"\n"],
            width: 330,  // room for the theme file's long temporary path and the sync's message beside it
            waitFor: "2 unreadable")
        let screen = try session.waitFor("both messages") {
            $0.contains("mine.toml:3: title.fg") && $0.contains("sync done: 1 new, 2 unreadable (M lists them)")
        }
        #expect(screen.contains("Libraries Open Late"))
        // Both named at once: the sync's message came after the theme's error and did not replace it.
        try session.send("M")
        let log = try session.waitFor("the messages log") { $0.contains("MESSAGES") }
        for name in ["empty.txt", "blank.txt", "mine.toml:3: title.fg"] {
            #expect(log.contains(name), "\(log)")
        }
        #expect(log.contains("warning: unreadable: \(session.home.path)/feed/empty.txt: the file is empty"), "\(log)")
        try session.send("q")
        try session.waitFor("the list again") { !$0.contains("MESSAGES") && $0.contains("LIST") }
        #expect(try session.quit() == 0)
    }

    @Test func aKeyClashStopsTheReaderWithTheFileAndLine() throws {
        let home = TemporaryFolder.newURL()
        let config = home.appendingPathComponent("config/azad/config.toml")
        try FileManager.default.createDirectory(
            at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("theme = \"dark\"\n\n[keys]\nquit = \"j\"\n".utf8).write(to: config)
        // Through a shell, which keeps the pane open: what azad printed stays on the screen.
        let session = try TmuxSession([], width: 200, height: 10, home: home, recordingTerminal: true)
        #expect(try session.waitForExit() == 1)
        let screen = try session.capture()
        #expect(
            screen.contains(
                "azad: \(config.path):4: keys.quit: j is bound to both down (its default key; rebind down too) and quit"
            ),
            "\(screen)")
        #expect(try session.terminalIsRestored())
    }

    @Test func aFileAsTheFeedIsNamedAsSyncNamesIt() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("export.txt")
        try Data(Self.english.text.utf8).write(to: file)
        let sync = try AzadProcess.run(
            ["sync", "--feed", file.path], environment: QuoteCommandTests.environment(scratch))
        #expect(sync.status == 1)
        #expect(sync.stderr == "azad: \(file.path): a file, not a folder: a feed is a folder of text exports\n")
        let session = try TmuxSession(["--feed", file.path], width: 200, height: 10, recordingTerminal: true)
        #expect(try session.waitForExit() == 1)
        #expect(try session.capture().contains(sync.stderr.trimmingCharacters(in: .newlines)))
        #expect(try session.terminalIsRestored())
    }
}
