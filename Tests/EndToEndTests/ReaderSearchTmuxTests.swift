import Foundation
import Testing

/// Searching in the reader, as a user meets it: finding in the open article match by match, the
/// archive search from the pane, `Esc`, and a prompt that edits like a shell.
@Suite(.serialized) struct ReaderSearchTmuxTests {
    static let header =
        "افغانستان آزاد ــ آزاد افغانستان\nAA-AA\nwww.afgazad.com\tafgazad@gmail.com\nEuropean Languages\tزبان های اروپائی\n\n"

    /// A feed: a long article with "checkpoint" in twelve of its paragraphs (newest, first in the
    /// list), and short ones about Kabul and Herat.
    static func feed() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("azad-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let paragraphs = (1...60).map { index in
            index % 5 == 0
                ? "Paragraph \(index) of the road home: they waited at the checkpoint (stop \(index / 5)) all day."
                : "Paragraph \(index) of the road home: the trucks moved slowly along the valley under the rain."
        }
        var files = [
            (
                "home.txt",
                "Back to a home in the valley\n\nBy A Test Writer\n\n03/15/2020\n\n"
                    + paragraphs.joined(separator: "\n\n")
            )
        ]
        for index in 1...14 {
            let city = index % 2 == 0 ? "Kabul" : "Herat"
            files.append(
                (
                    "city-\(index).txt",
                    "\(city) report number \(index)\n\n03/\(String(format: "%02d", index))/2019\n\n"
                        + "A short report from \(city) about the market and the weather, part \(index).\n"
                ))
        }
        for (name, text) in files {
            try (header + text + "\n").write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func session(home: URL? = nil, feed: URL? = nil, width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let folder = try feed ?? Self.feed()
        let session = try TmuxSession(["--feed", folder.path], width: width, height: height, home: home)
        if feed == nil { session.removedWithSession.append(folder) }
        try session.waitFor("15 articles")
        return session
    }

    /// Leaves the search prompt with `Esc`, then quits azad and asserts it exited with status 0.
    static func closePromptAndQuit(_ session: TmuxSession) throws {
        try session.send("Escape")
        try session.waitFor("the prompt closed") { !Self.status($0).hasPrefix("Search articles:") }
        #expect(try session.quit() == 0)
    }

    /// The status line (the screen's last line).
    static func status(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty }.map(String.init) ?? ""
    }

    @Test func findInTheArticleHighlightsEveryMatchAndNVisitsEachInOrderAndWraps() throws {
        let session = try Self.session()
        try session.send("Enter")
        try session.waitFor("Paragraph 1 of the road home")
        try session.send("/")
        try session.waitFor("Find in article:")
        try session.type("checkpoint")
        try session.send("Enter")
        let first = try session.waitFor("match 1 of 12")
        #expect(first.contains("(stop 1)"))
        // Every match on the screen is drawn in a style of its own: an SGR change right before it.
        let styled = try session.capture(attributes: true)
        let plain = styled.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        let shown = plain.components(separatedBy: "checkpoint").count - 1
        #expect(shown >= 1)
        #expect(styled.components(separatedBy: "mcheckpoint").count - 1 == shown)
        // The current match's style differs from the others'.
        let styles = Set(
            styled.components(separatedBy: "checkpoint").dropLast().map {
                $0.suffix(40).components(separatedBy: "\u{1B}[").last ?? ""
            })
        if shown > 1 { #expect(styles.count >= 2) }
        for stop in 2...12 {
            try session.send("n")
            let screen = try session.waitFor("match \(stop) of 12") { Self.status($0).contains("match \(stop) of 12") }
            #expect(screen.contains("(stop \(stop))"), "match \(stop) is on the screen")
        }
        try session.send("n")
        let wrapped = try session.waitFor("the wrap") { Self.status($0).contains("match 1 of 12 · wrapped to the top") }
        #expect(wrapped.contains("(stop 1)"))
        try session.send("N")
        try session.waitFor("the wrap back") { Self.status($0).contains("match 12 of 12 · wrapped to the end") }
        #expect(try session.quit() == 0)
    }

    @Test func backslashSearchesTheArchiveFromThePaneAndEscapeRestoresTheScreen() throws {
        let session = try Self.session()
        for _ in 0..<6 { try session.send("j") }
        try session.waitFor(" 7/15 · ")
        try session.send("Enter")
        try session.waitFor("A short report from")
        try session.send("Tab")
        try session.waitFor("LIST")
        for _ in 0..<5 { try session.send("j") }
        try session.waitFor(" 12/15 · ")
        try session.send("Tab")
        try session.waitFor("ARTICLE")
        let before = try session.capture()
        try session.send("\\")
        try session.waitFor("Search articles:")
        try session.type("kabul")
        try session.waitFor("7 results") { Self.status($0).contains("7 results") }
        try session.send("Down")
        try session.send("Escape")
        let after = try session.waitFor("the screen as it was") { $0 == before }
        #expect(after == before)
        #expect(try session.quit() == 0)
    }

    @Test func escapeAfterFindingRestoresThePaneScrollExactly() throws {
        let session = try Self.session()
        try session.send("Enter")
        try session.waitFor("Paragraph 1 of the road home")
        for _ in 0..<7 { try session.send("j") }
        // Seven of the lines the 80-column reading width lays out.
        try session.waitFor("scrolled seven lines") { $0.contains(" 4%") && !$0.contains("Paragraph 1 of") }
        let before = try session.capture()
        #expect(!before.contains("Paragraph 9 of"))
        // The first "9" below the top is in paragraph 9, off the screen: the pane scrolls to it.
        try session.send("/")
        try session.type("9")
        try session.waitFor("paragraph 9 shown") { $0.contains("Paragraph 9 of") && Self.status($0).contains("match") }
        try session.send("Escape")
        try session.waitFor("the screen as it was") { $0 == before }
        #expect(try session.quit() == 0)
    }

    @Test func thePromptEditsLikeAShell() throws {
        let session = try Self.session()
        try session.send("/")
        try session.waitFor("Search articles:")
        try session.type("market rain")
        try session.waitFor("Search articles: market rain▏")
        for _ in 0..<3 { try session.send("Left") }
        try session.waitFor("Search articles: market r▏ain")
        try session.type("X")
        try session.waitFor("Search articles: market rX▏ain")
        try session.send("C-w")
        try session.waitFor("Search articles: market ▏ain")
        try session.send("C-a")
        try session.waitFor("Search articles: ▏market ain")
        try session.send("Right")
        try session.waitFor("Search articles: m▏arket ain")
        try session.send("C-k")
        try session.waitFor("Search articles: m▏")
        try session.send("C-y")
        try session.waitFor("Search articles: market ain▏")
        try session.send("M-BSpace")
        // The space left at the end is kept on the screen (a no-break space), the caret after it.
        try session.waitFor("Search articles: market\u{A0}▏")
        try session.send("Home")
        try session.waitFor("Search articles: ▏market")
        try session.send("End")
        try session.type("kabul")
        try session.waitFor("Search articles: market kabul▏")
        try session.waitFor("7 results") { Self.status($0).contains("7 results") }
        try session.send("C-u")
        try session.waitFor("cleared") { Self.status($0).hasPrefix("Search articles: ▏") }
        try Self.closePromptAndQuit(session)
    }

    @Test func historyIsRecalledInTheNextRun() throws {
        let home = TemporaryFolder.newURL()
        let feed = try Self.feed()
        defer { try? FileManager.default.removeItem(at: feed) }
        let first = try Self.session(home: home, feed: feed)
        try first.send("/")
        try first.type("herat")
        try first.waitFor("7 results") { Self.status($0).contains("7 results") }
        try first.send("Enter")
        try first.waitFor("7 results: Enter opens")
        try first.send("/")
        try first.type("market")
        try first.send("Enter")
        try first.waitFor("14 results: Enter opens")
        try first.send("q")
        try first.waitFor("the full list") { $0.contains("15 articles") }
        try first.send("q")
        #expect(try first.waitForExit() == 0)
        let second = try Self.session(home: home, feed: feed)
        try second.send("/")
        // The last query is suggested, dimmed; Up takes it, and Up again the one before.
        try second.waitFor("Search articles: ▏market")
        try second.send("Up")
        try second.waitFor("Search articles: market▏")
        try second.send("Up")
        try second.waitFor("Search articles: herat▏")
        try second.waitFor("7 results") { Self.status($0).contains("7 results") }
        try second.send("Down")
        try second.waitFor("Search articles: market▏")
        try Self.closePromptAndQuit(second)
    }

    /// In Persian text the caret is drawn where the next letter goes: on the left of the text at its end.
    @Test func persianCaretPlacement() throws {
        let session = try Self.session()
        try session.send("/")
        try session.waitFor("Search articles:")
        try session.type("مرز")
        let end = try session.waitFor("the caret at the text's end") {
            Self.status($0).hasPrefix("Search articles: ▏") && Self.status($0).contains("no results")
                && !Self.status($0).dropFirst("Search articles: ▏".count).prefix(3).contains(" ")
        }
        let text = Self.status(end).dropFirst("Search articles: ▏".count).prefix(3)
        try session.send("Home")
        // At the start of a right-to-left text, the caret is on its right.
        try session.waitFor("the caret at the text's start") { Self.status($0).hasPrefix("Search articles: \(text)▏") }
        try session.send("Left")
        let shown = String(text)
        let middle = String(shown.prefix(2)) + "▏" + String(shown.suffix(1))
        try session.waitFor("the caret after the first letter") {
            Self.status($0).hasPrefix("Search articles: \(middle)")
        }
        try Self.closePromptAndQuit(session)
    }
}
