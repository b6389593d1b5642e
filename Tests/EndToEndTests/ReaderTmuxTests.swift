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
        try session.waitFor("4 articles")
        return session
    }

    /// The text of the selected list row (drawn in reverse video).
    static func selectedRow(_ session: TmuxSession) throws -> String {
        let screen = try session.capture(attributes: true)
        return screen.split(separator: "\n").first { $0.contains("\u{1B}[0;7m") || $0.hasPrefix("\u{1B}[7m") }
            .map(String.init) ?? ""
    }

    @Test func firstFrameShowsMastheadListAndStatus() throws {
        let session = try Self.session()
        let screen = try session.capture()
        #expect(screen.contains("افغانستان آزاد"))
        #expect(screen.contains(Feed.englishTitle))
        #expect(screen.contains("LIST"))
        #expect(try Self.selectedRow(session).contains(Feed.englishTitle))
    }

    @Test func movingWithJKArrowsAndEnds() throws {
        let session = try Self.session()
        try session.send("j")
        try session.waitFor("j selects the second row", attributes: true) { _ in
            (try? Self.selectedRow(session).contains("2016-02-21")) == true
        }
        try session.send("Down")
        try session.waitFor("Down selects the third row", attributes: true) { _ in
            (try? Self.selectedRow(session).contains("2016-01-10")) == true
        }
        try session.send("k")
        try session.waitFor("k goes back up", attributes: true) { _ in
            (try? Self.selectedRow(session).contains("2016-02-21")) == true
        }
        try session.send("G")
        try session.waitFor("G selects the last", attributes: true) { _ in
            (try? Self.selectedRow(session).contains(Feed.germanTitle)) == true
        }
        try session.send("g")
        try session.waitFor("g selects the first", attributes: true) { _ in
            (try? Self.selectedRow(session).contains(Feed.englishTitle)) == true
        }
        try session.send("End")
        try session.waitFor("End selects the last", attributes: true) { _ in
            (try? Self.selectedRow(session).contains(Feed.germanTitle)) == true
        }
        try session.send("Home")
        try session.waitFor("Home selects the first", attributes: true) { _ in
            (try? Self.selectedRow(session).contains(Feed.englishTitle)) == true
        }
        try session.send("Up")
        #expect(try Self.selectedRow(session).contains(Feed.englishTitle))
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
        try session.waitFor("کتابخانه شهر پس از تعمیر")
        try session.send("[")
        try session.waitFor("The old ferry sailed again")
    }

    @Test func searchAsYouTypeKeepEscapeAndMatches() throws {
        let session = try Self.session()
        try session.send("/")
        try session.waitFor("Search:")
        try session.type("ferr")
        try session.waitFor("1 results")
        try session.type("y")
        try session.send("Enter")
        try session.waitFor("Search “ferry” · 1 result")
        try session.send("Enter")
        let screen = try session.waitFor("a highlighted match", attributes: true) { $0.contains("\u{1B}[43m") }
        #expect(screen.contains("match 1 of"))
        try session.send("n")
        try session.waitFor("match 2 of")
        try session.send("N")
        try session.waitFor("match 1 of")
        try session.send("Escape")
        try session.send("Escape")
        try session.waitFor("4 articles")
    }

    @Test func persianSearch() throws {
        let session = try Self.session()
        try session.send("/")
        try session.type("کتابخانه")
        try session.waitFor("1 results")
        try session.send("Enter")
        try session.waitFor("Search “کتابخانه” · 1 result")
    }

    @Test func mastheadLanguageFilterAndTheme() throws {
        let session = try Self.session()
        try session.send("m")
        try session.waitFor("Afghanistan Azad — Azad Afghanistan")
        try session.send("m")
        try session.waitFor("mast head back in Persian") { !$0.contains("Afghanistan Azad —") }
        try session.send("l")
        try session.waitFor("فارسی · 1 article")
        try session.send("l")
        try session.waitFor("پښتو · 1 article")
        try session.send("l")
        try session.waitFor("European languages · 2 articles")
        try session.send("l")
        try session.waitFor("All · 4 articles")
        try session.send("t")
        try session.waitFor("theme:")
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
        try session.waitFor("language filter: All")
        try session.send("Escape")
        try session.waitFor(" LIST ")
        try session.send("r")
        try session.waitFor("sync done")
    }

    @Test func quoteSelectionStartsExtendsAndCancels() throws {
        let session = try Self.session()
        try session.send("Enter")
        try session.waitFor("ARTICLE")
        try session.send("v")
        try session.waitFor("SELECT")
        try session.send("j")
        try session.send("}")
        let screen = try session.waitFor("a highlighted selection", attributes: true) { $0.contains("\u{1B}[44m") }
        #expect(screen.contains("SELECT"))
        try session.send("Escape")
        try session.waitFor("selection cancelled")
    }

    @Test func quitRestoresTheTerminal() throws {
        let session = try Self.session()
        try session.send("Enter")
        try session.waitFor("ARTICLE")
        try session.send("q")
        try session.waitFor(" LIST ")
        try session.send("q")
        let status = try session.waitForExit()
        #expect(status == 0)
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
        let exit = try session.waitForExit()
        #expect(exit == status)
        #expect(try session.terminalIsRestored())
    }

    @Test func mouseClickDoubleClickAndWheel() throws {
        let session = try Self.session()
        let row = try #require(try session.row(of: Feed.pashtoTitle))
        try session.click(column: 20, row: row)
        try session.waitFor("click selects", attributes: true) { _ in
            (try? Self.selectedRow(session).contains("2016-01-10")) == true
        }
        let germanRow = try #require(try session.row(of: Feed.germanTitle))
        try session.click(column: 20, row: germanRow)
        try session.click(column: 20, row: germanRow)
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
    }

    @Test func nonUTF8LocaleFallsBackToCUTF8() throws {
        let session = try Self.session(locale: "C")
        #expect(try session.capture().contains(Feed.persianTitle))
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
    }

    @Test func readingPaneAlone() throws {
        let session = try Self.session()
        try session.send("z")
        try session.waitFor("the pane alone") {
            $0.contains("The old ferry sailed again") && !$0.contains("4 articles")
        }
        try session.send("z")
        try session.waitFor("4 articles")
    }
}
