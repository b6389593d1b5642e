import Foundation
import Testing

/// The reader as a user meets it: the built binary in tmux, keys and mouse in, the screen out.
@Suite(.serialized) struct ReaderTmuxTests {
    typealias Feed = ReaderFeedFixture

    /// A reader on the fixture feed, waited on until its list is drawn.
    static func session(
        width: Int = 100, height: Int = 30, locale: String = "C.UTF-8", extra: [String] = [],
        environment: [String: String] = [:]
    ) throws -> TmuxSession {
        let feed = try Feed.make()
        let session = try TmuxSession(
            ["--feed", feed.path] + extra, width: width, height: height, locale: locale, environment: environment)
        session.removedWithSession.append(feed)
        try session.waitFor("4 articles")
        return session
    }

    /// Waits until the status line says row `row` of `count` is selected.
    static func waitForSelection(_ session: TmuxSession, _ row: Int, of count: Int = 4) throws {
        try session.waitFor(" \(row)/\(count) · ")
    }

    @Test func firstFrameShowsMastheadListAndStatus() throws {
        let session = try Self.session()
        let screen = try session.capture()
        #expect(screen.contains("AA-AA"))
        #expect(screen.contains("www.afgazad.com"))
        #expect(screen.contains(Feed.englishTitle))
        #expect(screen.contains(" LIST "))
        try Self.waitForSelection(session, 1)
        #expect(try session.quit() == 0)
    }

    @Test func movingWithJKArrowsAndEnds() throws {
        let session = try Self.session()
        let steps: [(String, Int)] = [
            ("j", 2), ("Down", 3), ("k", 2), ("G", 4), ("g", 1), ("End", 4), ("Home", 1), ("Up", 1), ("Down", 2),
        ]
        for (key, row) in steps {
            try session.send(key)
            try Self.waitForSelection(session, row)
        }
        #expect(try session.quit() == 0)
    }

    @Test func enterOpensAndPagingScrolls() throws {
        let session = try Self.session()
        try session.send("Enter")
        try session.waitFor("The old ferry sailed again")
        try session.waitFor("ARTICLE")
        try session.send("Space")
        try session.waitFor("the pane paged down") { !$0.contains("The old ferry sailed again") }
        try session.send("b")
        try session.waitFor("The old ferry sailed again")
        try session.send("PageDown")
        try session.waitFor("PgDn paged down") { !$0.contains("The old ferry sailed again") }
        try session.send("PageUp")
        try session.waitFor("The old ferry sailed again")
        try session.send("G")
        try session.waitFor("The harbour master said the lake was calm.")
        try session.send("g")
        try session.waitFor("The old ferry sailed again")
        #expect(try session.quit() == 0)
    }

    @Test func tabSwitchesPanesAndBracketsStepThroughArticles() throws {
        let session = try Self.session()
        try session.send("Tab")
        try session.waitFor("ARTICLE")
        try session.send("Tab")
        try session.waitFor(" LIST ")
        try session.send("Enter")
        try session.waitFor("The old ferry sailed again")
        try session.send("]")
        try Self.waitForSelection(session, 2)
        try session.waitFor("the Persian article") { !$0.contains("The old ferry sailed again") }
        try session.send("[")
        try session.waitFor("The old ferry sailed again")
        try Self.waitForSelection(session, 1)
        #expect(try session.quit() == 0)
    }

    @Test func searchAsYouTypeKeepEscapeAndMatches() throws {
        let session = try Self.session()
        try session.send("/")
        try session.waitFor("Search articles:")
        try session.type("ferr")
        try session.waitFor("1 result ·")
        try session.waitFor("Search “ferr” · 1 result")
        try session.type("y")
        try session.send("Enter")
        try session.waitFor("Search “ferry” · 1 result")
        try session.send("Enter")
        // The preview highlights the match before Enter opens the article: wait for the opening's message too.
        let screen = try session.waitFor("a highlighted match", attributes: true) {
            // A match in the pane's body, not the query at the prompt.
            $0.range(of: "old (\u{1B}\\[[0-9;]*m)+ferry", options: .regularExpression) != nil
                && $0.contains("match 1 of")
        }
        #expect(screen.contains("match 1 of"))
        try session.send("n")
        try session.waitFor("match 2 of")
        try session.send("N")
        try session.waitFor("match 1 of")
        try session.send("Escape")
        try session.send("Escape")
        try session.waitFor("4 articles")
        #expect(try session.quit() == 0)
    }

    @Test func persianSearch() throws {
        let session = try Self.session()
        try session.send("/")
        try session.type("کتابخانه")
        try session.waitFor("1 result ·")
        try session.send("Enter")
        try session.waitFor("” · 1 result · All")
        try session.send("Enter")
        try session.waitFor("match 1 of")
        #expect(try session.quit() == 0)
    }

    @Test func mastheadLanguageFilterAndTheme() throws {
        let session = try Self.session()
        try session.send("m")
        try session.waitFor("Afghanistan Azad — Azad Afghanistan")
        try session.send("m")
        try session.waitFor("mast head back in Persian") { !$0.contains("Afghanistan Azad —") }
        try session.send("l")
        try session.waitFor(" · 1 article")
        try session.waitFor("only the Persian article") { !$0.contains(Feed.englishTitle) && $0.contains("2016-02-21") }
        try session.send("l")
        try session.waitFor("only the Pashto article") { $0.contains(" · 1 article") && $0.contains("2016-01-10") }
        try session.send("l")
        try session.waitFor("European languages · 2 articles")
        try session.send("l")
        try session.waitFor("All · 4 articles")
        try session.send("t")
        try session.waitFor("theme:")
        #expect(try session.quit() == 0)
    }

    /// `--theme` wins over the theme remembered from `t` in an earlier run.
    @Test func commandLineThemeWinsOverTheRememberedOne() throws {
        let feed = try Feed.make()
        defer { try? FileManager.default.removeItem(at: feed) }
        let home = TemporaryFolder.newURL()
        let chooser = try TmuxSession(["--feed", feed.path], home: home)
        try chooser.waitFor("4 articles")
        try chooser.send("t")
        try chooser.waitFor("theme:")
        try chooser.send("q")
        #expect(try chooser.waitForExit() == 0)
        // A theme that does not exist says so on the status line: proof that it, not the remembered one, was used.
        // No sync: its "sync done" would replace the theme's message on the status line.
        let overridden = try TmuxSession(
            ["--feed", feed.path, "--theme", "no-such-theme", "--no-sync"], width: 220, home: home)
        try overridden.waitFor("4 articles")
        try overridden.waitFor("no-such-theme")
        #expect(try overridden.quit() == 0)
    }

    @Test func readStarRawHelpAndSync() throws {
        let session = try Self.session()
        try session.send("s")
        try session.waitFor("★")
        try session.send("u")
        try session.waitFor("3 unread")
        try session.send("u")
        try session.waitFor("4 unread")
        try session.send("R")
        try session.waitFor("Raw text:")
        try session.waitFor("AA-AA")
        try session.send("q")
        try session.waitFor(" LIST ")
        try session.send("?")
        try session.waitFor("next line or article")
        try session.send("G")
        try session.waitFor("double-click")
        try session.send("Escape")
        try session.waitFor(" LIST ")
        try session.send("r")
        try session.waitFor("sync done")
        #expect(try session.quit() == 0)
    }

    @Test func quoteSelectionStartsExtendsAndCancels() throws {
        let session = try Self.session()
        try session.send("Enter")
        try session.waitFor("ARTICLE")
        try session.waitFor("The old ferry sailed again")
        let before = try session.capture(attributes: true)
        try session.send("v")
        try session.waitFor("SELECT")
        try session.send("j")
        // Lines whose text is unchanged but whose colours changed are the highlighted selection.
        try session.waitFor("a highlighted selection", attributes: true) { after in
            let plainBefore = before.split(separator: "\n").map { Self.plain(String($0)) }
            let afterLines = after.split(separator: "\n").map(String.init)
            let beforeLines = before.split(separator: "\n").map(String.init)
            let restyled = zip(afterLines, beforeLines).enumerated().filter { index, pair in
                index < plainBefore.count && Self.plain(pair.0) == plainBefore[index] && pair.0 != pair.1
            }
            return restyled.count >= 1
        }
        try session.send("Escape")
        try session.waitFor("selection cancelled")
        #expect(try session.quit() == 0)
    }

    @Test(arguments: [
        (1, "The old ferry sailed again this morning after a long winter in the harbour."),
        (2, "کتابخانه شهر پس از تعمیر دوباره باز شد و خوانندگان به آن برگشتند."),
    ])
    func quoteGoesToTheClipboardFileInLogicalOrder(_ row: Int, _ paragraph: String) throws {
        let session = try Self.session()
        for _ in 1..<row { try session.send("j") }
        try Self.waitForSelection(session, row)
        try session.send("Enter")
        try session.waitFor("ARTICLE")
        try session.send("v")
        try session.waitFor("SELECT")
        try session.send("}")
        try session.send("y")
        try session.waitFor("quote added to")
        let file = session.home.appendingPathComponent("data/azad/clipboard.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(paragraph))
        #expect(try session.quit() == 0)
    }

    /// A captured line without its SGR sequences.
    static func plain(_ line: String) -> String {
        line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    @Test func quitRestoresTheTerminal() throws {
        let session = try Self.session()
        try session.send("Enter")
        try session.waitFor("ARTICLE")
        try session.send("q")
        try session.waitFor(" LIST ")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.terminalIsRestored())
    }

    @Test(arguments: [("C-c", 130), ("TERM", 143), ("HUP", 129)])
    func signalsRestoreTheTerminal(_ signal: String, _ status: Int) throws {
        let session = try Self.session()
        if signal == "C-c" {
            try session.send("C-c")
        } else {
            let pid = try session.format("#{pane_pid}")
            let kill = Process()
            kill.executableURL = URL(fileURLWithPath: "/bin/kill")
            kill.arguments = ["-\(signal)", pid]
            try kill.run()
            kill.waitUntilExit()
        }
        #expect(try session.waitForExit() == status)
        #expect(try session.terminalIsRestored())
    }

    @Test func mouseClickDoubleClickAndWheel() throws {
        let session = try Self.session()
        let row = try #require(try session.row(of: "2016-01-10"))
        try session.click(column: 20, row: row)
        try Self.waitForSelection(session, 3)
        let germanRow = try #require(try session.row(of: Feed.germanTitle))
        try session.doubleClick(column: 20, row: germanRow)
        try session.waitFor("Die neue Brücke verbindet")
        try session.send("Escape")
        try session.send("g")
        try session.send("Enter")
        try session.waitFor("The old ferry sailed again")
        let paneRow = try #require(try session.row(of: "The old ferry sailed again"))
        for _ in 0..<3 { try session.mouse(button: 65, column: 30, row: paneRow) }
        try session.waitFor("the wheel scrolled the pane") { !$0.contains("The old ferry sailed again") }
        for _ in 0..<3 { try session.mouse(button: 64, column: 30, row: paneRow) }
        try session.waitFor("The old ferry sailed again")
        #expect(try session.quit() == 0)
    }

    @Test func resizingToAnySizeNeverCrashes() throws {
        let session = try Self.session()
        try session.send("Enter")
        try session.resize(width: 130, height: 40)
        try session.waitFor("side by side") { $0.contains("│") }
        try session.resize(width: 15, height: 5)
        try session.waitFor("small")
        try session.resize(width: 3, height: 2)
        try session.resize(width: 60, height: 10)
        try session.waitFor("ARTICLE")
        try session.resize(width: 100, height: 30)
        try session.waitFor("The old ferry sailed again")
        #expect(try session.format("#{pane_dead}") == "0")
        #expect(try session.quit() == 0)
    }

    @Test func nonUTF8LocaleFallsBackToCUTF8() throws {
        let session = try Self.session(locale: "C")
        let screen = try session.capture()
        // Shaped Persian (presentation forms) on screen: the reader is drawing UTF-8.
        #expect(screen.unicodeScalars.contains { (0xFE70...0xFEFF).contains($0.value) })
        #expect(screen.contains(Feed.englishTitle))
        #expect(try session.quit() == 0)
    }

    @Test func noColorUsesAttributesOnly() throws {
        let session = try Self.session(environment: ["NO_COLOR": "1"])
        try session.send("/")
        try session.type("ferry")
        try session.send("Enter")
        try session.waitFor("Search “ferry”")
        try session.send("Enter")
        let screen = try session.waitFor("a match in reverse video", attributes: true) { $0.contains("\u{1B}[7mferry") }
        #expect(!screen.contains("\u{1B}[43m"))
        #expect(try session.quit() == 0)
    }

    @Test func readingPaneAlone() throws {
        let session = try Self.session()
        try session.send("z")
        try session.waitFor("the pane alone") {
            $0.contains("The old ferry sailed again") && !$0.contains("4 articles")
        }
        try session.send("z")
        try session.waitFor("4 articles")
        #expect(try session.quit() == 0)
    }
}
