import Foundation
import Testing

/// Quoting in the reader as a user does it, in tmux: the reading cursor moved by `{` and `}`, a
/// selection started there with `v`, its ends swapped with `o`, `y` appending the quote to the
/// clipboard file — and the couplets of a poem never split, and OSC 52 when it is asked for.
@Suite(.serialized) struct ReaderQuoteTmuxTests {
    static let english = [
        "The first paragraph tells how the ferry crossed the lake before the winter came.",
        "The second paragraph follows the harbour master on his morning round of the docks.",
        "The third paragraph is the one worth quoting: the lake was calm and the town was glad.",
    ]
    static let persian = [
        "بند نخست می‌گوید که کتابخانه شهر پس از تعمیر دوباره باز شد.",
        "بند دوم از کودکانی می‌گوید که برای خواندن کتاب‌های تازه آمدند (۱۲ کودک).",
        "بند سوم همان است که باید نقل شود: «کتاب دروازه‌ای است» و خوانندگان برگشتند.",
    ]
    static let couplets = [
        "Rain came down on Kabul in the night\tand washed the dust from every roof",
        "The river rose beneath the bridge of stone\tand children ran to see it run",
    ]

    /// A feed of three exports, newest first: the English article, the Persian one, the poem.
    static func feed() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("azad-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let masthead = "افغانستان آزاد ــ آزاد افغانستان\nAA-AA\nwww.afgazad.com\tafgazad@gmail.com\n"
        let european = masthead + "European Languages\tزبان های اروپائی\n\n"
        let files = [
            (
                "english.txt",
                european + "Three Paragraphs on the Lake\n\nBy A Test Writer\n\n03/15/2019\n\n"
                    + english.joined(separator: "\n\n") + "\n"
            ),
            (
                "persian.txt",
                masthead + "اجتماعی\n\nسه بند درباره کتابخانه\n\nنویسنده: نویسنده آزمایشی\n\n۲ حوت ۱۳۹۶\n\n"
                    + persian.joined(separator: "\n\n") + "\n"
            ),
            (
                "poem.txt",
                european + "Rain on Kabul\n\nBy A Test Poet\n\n01/10/2017\n\n"
                    + "A line of prose before the poem.\n\n" + couplets.joined(separator: "\n") + "\n"
            ),
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func session(
        width: Int = 100, home: URL? = nil, environment: [String: String] = [:]
    ) throws -> TmuxSession {
        let feed = try feed()
        let session = try TmuxSession(
            ["--feed", feed.path], width: width, height: 30, environment: environment, home: home)
        session.removedWithSession.append(feed)
        try session.waitFor("3 articles")
        return session
    }

    /// Opens the article on list row `row` (1-based) and waits until the reading cursor shows.
    static func open(_ session: TmuxSession, row: Int) throws {
        for _ in 1..<row { try session.send("j") }
        try session.waitFor(" \(row)/3 · ")
        try session.send("Enter")
        try session.waitFor("ARTICLE")
        try session.waitFor("the reading cursor") { $0.contains("▌") || $0.contains("▐") }
    }

    /// The last entry of the clipboard file: its quoted text, and its attribution lines.
    static func lastEntry(_ session: TmuxSession, file: String = "data/azad/clipboard.txt") throws -> (
        text: String, attribution: [String]
    ) {
        let contents = try String(contentsOf: session.home.appendingPathComponent(file), encoding: .utf8)
        let entry = try #require(contents.components(separatedBy: "--- azad quote ").last)
        let body = try #require(entry.range(of: "\n")).upperBound
        let from = try #require(entry.range(of: "\n--- from\n"))
        let attribution = entry[from.upperBound...].components(separatedBy: "\n")
        return (String(entry[body..<from.lowerBound]), attribution)
    }

    @Test(arguments: [(1, english, "Three Paragraphs on the Lake"), (2, persian, "سه بند درباره کتابخانه")])
    func twoBracesVAndYQuoteTheThirdParagraphAlone(row: Int, paragraphs: [String], title: String) throws {
        let session = try Self.session()
        try Self.open(session, row: row)
        try session.send("}")
        try session.send("}")
        try session.send("v")
        try session.waitFor("1 paragraph selected")
        try session.send("y")
        try session.waitFor("quote added to")
        let entry = try Self.lastEntry(session)
        #expect(Array(entry.text.utf8) == Array(paragraphs[2].utf8))
        #expect(entry.attribution.contains("title: \(title)"))
        #expect(
            entry.attribution.contains(
                "file: \(session.removedWithSession[0].path)/\(row == 1 ? "english" : "persian").txt"))
        if row == 2 { #expect(entry.attribution.contains { $0.hasPrefix("solar date: ") }) }
        #expect(try session.quit() == 0)
    }

    @Test func oSwapsTheEndsSoBraceExtendsTheSelectionUpwards() throws {
        let session = try Self.session()
        try Self.open(session, row: 1)
        try session.send("}")
        try session.send("v")
        try session.send("}")
        try session.waitFor("2 paragraphs selected")
        try session.send("o")
        try session.send("{")
        try session.waitFor("3 paragraphs selected")
        try session.send("y")
        try session.waitFor("quote added to")
        #expect(try Self.lastEntry(session).text == Self.english.joined(separator: "\n\n"))
        #expect(try session.quit() == 0)
    }

    @Test func aDragOverOneHalfLineQuotesTheWholeCouplet() throws {
        // At 60 columns each couplet takes two rows, one half-line on each.
        let session = try Self.session(width: 60)
        try Self.open(session, row: 3)
        let halves = Self.couplets[1].components(separatedBy: "\t")
        try session.waitFor(halves[0])
        let first = try #require(try session.row(of: halves[0]))
        #expect(try session.row(of: halves[1]) == first + 1)
        // The terminal reports motion while the button is held only in button-event tracking.
        #expect(try session.format("#{mouse_button_flag}") == "1")
        // A press, the motion and the release in one write, as a fast drag or a loaded machine
        // delivers them: curses folds the press away, and the motion must still start the drag.
        try session.type(
            TmuxSession.mouseReport(button: 0, column: 10, row: first)
                + TmuxSession.mouseReport(button: 32, column: 20, row: first)
                + TmuxSession.mouseReport(button: 0, column: 20, row: first, release: true))
        try session.waitFor("selected 2 lines")
        try session.send("y")
        try session.waitFor("quote added to")
        #expect(try Self.lastEntry(session).text == Self.couplets[1])
        #expect(try session.quit() == 0)
    }

    @Test func aParagraphSelectionTakesThePoemsCoupletsWhole() throws {
        let session = try Self.session(width: 60)
        try Self.open(session, row: 3)
        try session.send("}")
        try session.send("v")
        try session.waitFor("1 paragraph selected")
        try session.send("y")
        try session.waitFor("quote added to")
        #expect(try Self.lastEntry(session).text == Self.couplets.joined(separator: "\n"))
        #expect(try session.quit() == 0)
    }

    @Test func openingASearchResultPutsTheCursorOnTheMatch() throws {
        let session = try Self.session()
        try session.send("/")
        try session.type("calm")
        try session.waitFor("1 result ·")
        try session.send("Enter")
        try session.send("Enter")
        try session.waitFor("match 1 of 1")
        try session.waitFor("the cursor on the third paragraph") { screen in
            screen.split(separator: "\n").contains { $0.drop { $0 == " " }.hasPrefix("▌The third paragraph") }
        }
        try session.send("v")
        try session.send("y")
        try session.waitFor("quote added to")
        #expect(try Self.lastEntry(session).text == Self.english[2])
        #expect(try session.quit() == 0)
    }

    @Test func theCursorShowsUnderNoColor() throws {
        let session = try Self.session(environment: ["NO_COLOR": "1"])
        try Self.open(session, row: 1)
        try session.send("}")
        let screen = try session.waitFor("the cursor on the second paragraph") { screen in
            screen.split(separator: "\n").contains { $0.drop { $0 == " " }.hasPrefix("▌The second paragraph") }
        }
        #expect(!screen.split(separator: "\n").contains { $0.drop { $0 == " " }.hasPrefix("▌The first paragraph") })
        #expect(try session.quit() == 0)
    }

    @Test func withOSC52TheQuoteAlsoGoesToTheTerminalsClipboardAndTheStatusLineSaysSo() throws {
        let home = TemporaryFolder.newURL()
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("config/azad"), withIntermediateDirectories: true)
        try Data("osc52 = true\n".utf8).write(to: home.appendingPathComponent("config/azad/config.toml"))
        let session = try Self.session(home: home)
        // tmux keeps what an application sends with OSC 52 as a paste buffer.
        try session.tmux(["set-option", "-s", "set-clipboard", "on"])
        try Self.open(session, row: 1)
        try session.send("}")
        try session.send("}")
        try session.send("v")
        try session.send("y")
        try session.waitFor("on the terminal's clipboard (OSC 52); quote added to")
        #expect(try Self.lastEntry(session).text == Self.english[2])
        let deadline = Date().addingTimeInterval(10)
        var buffer = ""
        while Date() < deadline {
            buffer = (try? session.tmux(["show-buffer"])) ?? ""
            if buffer == Self.english[2] { break }
            usleep(30_000)
        }
        #expect(buffer == Self.english[2])
        #expect(try session.quit() == 0)
    }
}
