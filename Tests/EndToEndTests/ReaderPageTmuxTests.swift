import Foundation
import Testing

/// The page in tmux through real ncursesw: the masthead hidden and remembered, the reading width at
/// 200 columns, a long source URL cut with `…` rather than wrapped, and the help searched.
@Suite(.serialized) struct ReaderPageTmuxTests {
    static let longURL =
        "https://www.afgazad.com/european-languages/2019/03/21/night-buses-over-the-salang-pass-every-evening-of-the-winter-and-back-again.html"

    static let english =
        QuoteCommandTests.masthead.replacingOccurrences(
            of: "www.afgazad.com\tafgazad@gmail.com\n",
            with: "www.afgazad.com\tafgazad@gmail.com\nEuropean Languages\tزبان های اروپائی\n")
            + """

            \(longURL)

            Night Buses over the Salang

            By Jane Roe

            03/21/2019

            \((1...12).map { "Paragraph \($0) tells how the buses leave Kabul after dark and climb to the tunnel, where the drivers stop for tea while the ploughs clear the road ahead." }.joined(separator: "\n\n"))

            """

    static let persian =
        QuoteCommandTests.masthead + """
            اجتماعی

            ۲ حوت ۱۳۹۴

            اتوبوس‌های شبانه سالنگ

            \((1...12).map { _ in "اتوبوس‌ها پس از تاریکی از کابل حرکت می‌کنند و تا تونل بالا می‌روند و رانندگان آنجا چای می‌نوشند تا برف‌روب‌ها راه را پاک کنند و دوباره به راه می‌افتند." }.joined(separator: "\n\n"))

            """

    /// A home with both exports in `feed/`; the reader started on it at `width`×`height`, waited on
    /// until its list is drawn.
    static func session(width: Int, height: Int, home: URL? = nil) throws -> TmuxSession {
        let home = home ?? TemporaryFolder.newURL()
        let feed = home.appendingPathComponent("feed")
        if !FileManager.default.fileExists(atPath: feed.path) {
            try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
            try Data(english.utf8).write(to: feed.appendingPathComponent("english.txt"))
            try Data(persian.utf8).write(to: feed.appendingPathComponent("persian.txt"))
        }
        let session = try TmuxSession(["--feed", feed.path], width: width, height: height, home: home)
        try session.waitFor("Night Buses over the S")
        try session.waitFor("sync done")
        return session
    }

    static func lines(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func hidingTheMastheadGivesTheListTheTopRowAndIsRemembered() throws {
        let session = try Self.session(width: 100, height: 30)
        let home = session.home
        #expect(try !Self.lines(session.capture())[0].contains("2 articles"))
        try session.send("H")
        try session.waitFor("the list header on the top row") { Self.lines($0)[0].contains("2 articles") }
        // `m` still switches the masthead's language, hidden or not.
        try session.send("m")
        #expect(try session.quit() == 0)
        let again = try Self.session(width: 100, height: 30, home: home)
        try again.waitFor("the list header on the top row again") { Self.lines($0)[0].contains("2 articles") }
        try again.send("H")
        let shown = try again.waitFor("the English masthead back on top") {
            !Self.lines($0)[0].contains("2 articles") && $0.contains("AA-AA")
        }
        #expect(shown.contains("Afghanistan"), "\(shown)")
        #expect(try again.quit() == 0)
    }

    /// At 200 columns the reading pane alone lays out 80 columns, centred: English lines start at the
    /// block's left edge (column 60), Persian ones end at its right edge (column 139).
    @Test func aWideWindowReadsAtTheReadingWidthCentred() throws {
        let session = try Self.session(width: 200, height: 40)
        try session.send("Enter")
        try session.send("z")
        // The pane alone: no list, no divider.
        let english = try session.waitFor("the article in the pane alone") {
            $0.contains("Paragraph 3 tells") && !$0.contains("│") && !$0.contains("2 articles")
        }
        func paragraphLines(_ screen: String, where keep: (String) -> Bool) -> [(first: Int, last: Int)] {
            Self.lines(screen).dropLast().compactMap { line in
                let cells = Array(line).map { $0 == "▌" || $0 == "▐" ? " " : $0 }
                guard let first = cells.firstIndex(where: { $0 != " " }),
                    let last = cells.lastIndex(where: { $0 != " " }),
                    keep(line), last - first > 40
                else { return nil }
                return (first, last)
            }
        }
        let englishLines = paragraphLines(english) {
            $0.contains("buses") || $0.contains("drivers") || $0.contains("road")
        }
        #expect(englishLines.count >= 6, "\(english)")
        for line in englishLines {
            #expect(line.first == 60, "\(english)")
            #expect(line.last - line.first < 80, "\(english)")
        }
        try session.send("]")
        let persian = try session.waitFor("the Persian article") { $0.contains("2/2") && !$0.contains("Paragraph") }
        // The paragraphs' lines, by words they hold as the terminal shows them (shaped, in visual order).
        let persianLines = paragraphLines(persian) { $0.contains("ﻞﺑﺎﮐ") || $0.contains("ﯼﺎﭼ") }
        #expect(persianLines.count >= 6, "\(persian)")
        for line in persianLines {
            #expect(line.last == 139, "\(persian)")
            #expect(line.last - line.first < 80)
        }
        #expect(try session.quit() == 0)
    }

    /// The source URL is one line cut with `…` at the pane's edge: its end is on no line.
    @Test(arguments: [100, 140])
    func aLongSourceURLIsCutNotWrapped(width: Int) throws {
        let session = try Self.session(width: width, height: 30)
        try session.send("Enter")
        let screen = try session.waitFor("https://www.afgazad.com/european")
        let url = try #require(Self.lines(screen).first { $0.contains("https://www.afgazad.com/european") })
        #expect(url.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(screen)")
        #expect(!screen.contains("back-again.html"))
        #expect(!screen.contains("of-the-winter-and"))
        #expect(try session.quit() == 0)
    }

    /// The bytes azad writes to the terminal (tmux's `pipe-pane`) carry the source URL as an OSC 8
    /// link around the cells that show it, except on the Linux console.
    @Test(arguments: ["tmux-256color", "linux"])
    func theSourceURLIsSentAsAHyperlink(term: String) throws {
        let home = TemporaryFolder.newURL()
        let feed = home.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try Data(Self.english.utf8).write(to: feed.appendingPathComponent("english.txt"))
        let session = try TmuxSession(
            ["--feed", feed.path, "--no-sync"], width: 100, height: 30, environment: ["TERM": term], home: home)
        try session.waitFor("All · ")
        let bytes = home.appendingPathComponent("bytes")
        try session.tmux(["pipe-pane", "-O", "-t", "0", "cat > \(TmuxSession.quote(bytes.path))"])
        try session.send("r")
        try session.waitFor("Night Buses over the S")
        try session.send("Enter")
        try session.waitFor("https://www.afgazad.com/european")
        #expect(try session.quit() == 0)
        let written = try String(decoding: Data(contentsOf: bytes), as: UTF8.self)
        let opening = "\u{1B}]8;;\(Self.longURL)\u{1B}\\"
        if term == "linux" {
            #expect(!written.contains("\u{1B}]8;"))
        } else {
            let start = try #require(written.range(of: opening))
            let end = try #require(
                written.range(of: "\u{1B}]8;;\u{1B}\\\u{1B}8", range: start.upperBound..<written.endIndex))
            // The cells inside the link: the URL as the pane shows it, cut with `…`, in its look.
            let inside = String(written[start.upperBound..<end.lowerBound])
            let text = inside.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            // 80 columns (the reading width) from column 11: a margin and half of the 18 left over.
            #expect(text == Self.longURL.prefix(79) + "…")
            let before = String(written[..<start.lowerBound].suffix(12))
            #expect(
                before.range(of: "\u{1B}7\u{1B}\\[[0-9]+;11H$", options: .regularExpression) != nil,
                "\(before.debugDescription)")
        }
    }

    /// `azad show` on a 200-column terminal lays out at the reading width, as the pane does.
    @Test func showOnAWideTerminalKeepsToTheReadingWidth() throws {
        let home = TemporaryFolder.newURL()
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let file = home.appendingPathComponent("english.txt")
        try Data(Self.english.utf8).write(to: file)
        let session = try TmuxSession(["show", file.path], width: 200, height: 60, home: home)
        #expect(try session.waitForExit() == 0)
        let screen = try session.capture()
        #expect(screen.contains("Paragraph 1 tells"))
        // Every character of this English article takes one column.
        let widths = Self.lines(screen).map(\.count)
        #expect(widths.max() == 80, "\(screen)")
    }

    /// `azad show` cuts the source URL at its width too.
    @Test(arguments: [40, 72])
    func showCutsTheSourceURL(width: Int) throws {
        let scratch = ScratchFolder()
        let file = scratch.file("english.txt")
        try Data(Self.english.utf8).write(to: file)
        let result = try AzadProcess.run(
            ["show", file.path, "--width", "\(width)"], environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 0, "\(result.stderr)")
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("https://") })
        #expect(line == Self.longURL.prefix(width - 1) + "…")
        #expect(!result.stdout.contains("back-again.html"))
    }

    @Test func helpIsSearchedWithSlash() throws {
        let session = try Self.session(width: 110, height: 24)
        try session.send("?")
        try session.waitFor("/:search")
        try session.send("/")
        try session.type("masthead")
        try session.waitFor("/masthead")
        try session.send("Enter")
        let kept = try session.waitFor("“masthead” n/N")
        #expect(kept.contains("toggle-masthead") && kept.contains("masthead in Persian or English"), "\(kept)")
        try session.send("n")
        let second = try session.waitFor("match 2 of")
        #expect(second.contains("hide-masthead"), "\(second)")
        try session.send("Escape")
        try session.waitFor("/:search")
        try session.send("Escape")
        try session.waitFor("the list back") { $0.contains("2 articles") && $0.contains("LIST") }
        #expect(try session.quit() == 0)
    }
}
