import Foundation
import Testing

/// The reader as a daily tool, through real ncursesw in tmux: the pane previews the selected
/// article, Tab shows what is selected, next unread, mark all read and undo, the unread-only and
/// starred-only views and the sorts, each remembered across a restart.
@Suite("The reader's reading flow in tmux", .serialized)
struct ReaderFlowTmuxTests {
    /// Six English articles, newest first: Echo, Alpha, Delta, Bravo, Charlie, Foxtrot; each body
    /// holds a marker word only the pane shows.
    static let names = ["echo", "alpha", "delta", "bravo", "charlie", "foxtrot"]
    static let titles = [
        "Echo harbour report", "Alpha mountain report", "Delta river report", "Bravo valley report",
        "Charlie lake report", "Foxtrot market report",
    ]

    /// A feed folder, a cache and a data folder that outlive one reader, for restarts.
    final class Place {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-flow-\(UUID().uuidString)")
        var feed: URL { root.appendingPathComponent("feed") }
        var cache: String { root.appendingPathComponent("cache").path }
        var data: String { root.appendingPathComponent("data").path }

        init() throws {
            try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
            let masthead =
                "افغانستان آزاد ــ آزاد افغانستان\nAA-AA\nwww.afgazad.com\tafgazad@gmail.com\nEuropean Languages\tزبان های اروپائی\n\n"
            for (index, name) in ReaderFlowTmuxTests.names.enumerated() {
                let text =
                    masthead + "\(ReaderFlowTmuxTests.titles[index])\n\nBy A Test Writer\n\n2016-0\(6 - index)-01\n\n"
                    + "The \(name)-marker paragraph tells the news of the week in plain words for the readers.\n"
                try text.write(to: feed.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        /// The reader on this place, side by side.
        func reader(_ extra: [String] = []) throws -> TmuxSession {
            let session = try TmuxSession(
                ["read", "--feed", feed.path, "--cache-dir", cache] + extra, width: 130, height: 30,
                environment: ["XDG_DATA_HOME": data])
            try session.waitFor("the list of six") { $0.contains("/6 · ") && $0.contains("Foxtrot market report") }
            return session
        }

        /// Paths of the read and of the starred articles, as `list --json` gives them.
        func marks() throws -> (read: Set<String>, starred: Set<String>) {
            let result = try AzadProcess.run(
                ["list", "--json", "--feed", feed.path, "--cache-dir", cache], environment: ["XDG_DATA_HOME": data])
            #expect(result.status == 0, "\(result.stderr)")
            let array = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            func names(_ key: String) -> Set<String> {
                Set(
                    array.filter { $0[key] as? Bool == true }.compactMap {
                        ($0["path"] as? String).map {
                            URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent
                        }
                    })
            }
            return (names("read"), names("starred"))
        }
    }

    /// Waits until the pane shows the article `name` (its marker) and no other one.
    static func waitForPane(_ session: TmuxSession, _ name: String) throws {
        try session.waitFor("the pane showing \(name)") { screen in
            screen.contains("\(name)-marker") && names.filter { screen.contains("\($0)-marker") } == [name]
        }
    }

    /// The rows of the titles on the screen, top to bottom, as the list shows them.
    static func titleOrder(_ session: TmuxSession) throws -> [String] {
        let lines = try session.capture().split(separator: "\n", omittingEmptySubsequences: false)
        // List rows carry their date; the pane's header names its article too.
        return lines.filter { $0.contains("2016-") }.compactMap { line in titles.first { line.contains($0) } }
    }

    @Test("the pane previews the selected article as j, k and the mouse move the selection")
    func previewFollowsTheSelection() throws {
        let place = try Place()
        let session = try place.reader()
        try Self.waitForPane(session, "echo")
        try session.send("j")
        try session.waitFor(" 2/6 · ")
        try Self.waitForPane(session, "alpha")
        try session.send("j", "j")
        try Self.waitForPane(session, "bravo")
        try session.send("k")
        try Self.waitForPane(session, "delta")
        let row = try #require(try session.row(of: "Charlie lake report"))
        try session.click(column: 20, row: row)
        try session.waitFor(" 5/6 · ")
        try Self.waitForPane(session, "charlie")
        #expect(try session.quit() == 0)
        // Previewing marks nothing read.
        #expect(try place.marks().read.isEmpty)
    }

    @Test("open row 5, Tab, j, Tab: the pane shows row 6")
    func tabShowsTheSelectedArticle() throws {
        let place = try Place()
        let session = try place.reader()
        try session.send("j", "j", "j", "j", "Enter")
        try session.waitFor(" 5/6 · ")
        try Self.waitForPane(session, "charlie")
        try session.send("Tab", "j", "Tab")
        try session.waitFor(" 6/6 · ")
        try Self.waitForPane(session, "foxtrot")
        // The keyboard is in the pane: `j` scrolls it and the selection stays.
        try session.send("Tab")
        try session.send("k", "Tab")
        try session.waitFor(" 5/6 · ")
        try Self.waitForPane(session, "charlie")
        #expect(try session.quit() == 0)
        #expect(try place.marks().read == ["charlie", "foxtrot"])
    }

    @Test("next unread skips read articles; mark all read and undo are saved and remembered")
    func nextUnreadMarkAllReadAndUndo() throws {
        let place = try Place()
        do {
            let session = try place.reader()
            try session.send("j")
            try session.waitFor(" 2/6 · ")
            try session.send("u")
            try session.waitFor(" 2/6 · 5 unread")
            try session.send("k")
            try session.waitFor(" 1/6 · ")
            try session.send("J")
            try session.waitFor(" 3/6 · ")
            try session.send("A")
            try session.waitFor("marked 5 articles read")
            try session.send("U")
            try session.waitFor("undone: marking 5 articles read")
            try session.send("G", "J")
            try session.waitFor("no unread article after this one")
            try Self.waitForPane(session, "foxtrot")
            #expect(try session.quit() == 0)
        }
        #expect(try place.marks().read == ["alpha"])
        let again = try place.reader()
        // The last article shown comes back selected, and reopening it marks nothing read.
        try again.waitFor(" 6/6 · 5 unread")
        try again.send("g", "J")
        try again.waitFor(" 3/6 · ")
        try again.send("A")
        try again.waitFor("marked 5 articles read")
        #expect(try again.quit() == 0)
        #expect(try place.marks().read == Set(Self.names))
    }

    @Test("the unread-only and starred-only views, remembered across a restart")
    func unreadAndStarredViews() throws {
        let place = try Place()
        do {
            let session = try place.reader()
            try session.send("s", "j", "u", "F")
            try session.waitFor("unread · by date")
            try session.waitFor("five unread") { $0.contains("/5 · ") && !$0.contains("Alpha mountain report") }
            try session.send("*")
            try session.waitFor("starred · by date")
            try session.waitFor("the starred one") { $0.contains(" 1/1 · ") && !$0.contains("Foxtrot market report") }
            #expect(try session.quit() == 0)
        }
        let again = try TmuxSession(
            ["read", "--feed", place.feed.path, "--cache-dir", place.cache], width: 130, height: 30,
            environment: ["XDG_DATA_HOME": place.data])
        try again.waitFor("starred · by date")
        try again.waitFor("the starred one") { $0.contains(" 1/1 · ") && $0.contains("Echo harbour report") }
        try again.send("*")
        try again.waitFor("All · 6 articles")
        #expect(try again.quit() == 0)
    }

    @Test("sort by title and reversed, remembered across a restart")
    func sortIsRemembered() throws {
        let place = try Place()
        do {
            let session = try place.reader()
            #expect(try Self.titleOrder(session) == Self.titles)
            try session.send("=")
            try session.waitFor("by title")
            // The selection stays on its article, now fifth.
            try session.waitFor(" 5/6 · ")
            #expect(try Self.titleOrder(session) == Self.titles.sorted())
            try session.send("~")
            try session.waitFor("by title, reversed")
            #expect(try Self.titleOrder(session) == Self.titles.sorted().reversed())
            #expect(try session.quit() == 0)
        }
        let again = try place.reader()
        try again.waitFor("by title, reversed")
        #expect(try Self.titleOrder(again) == Self.titles.sorted().reversed())
        try again.send("=", "=", "=", "~")
        try again.waitFor("the usual order") { !$0.contains(" · by ") }
        #expect(try Self.titleOrder(again) == Self.titles)
        #expect(try again.quit() == 0)
    }
}
