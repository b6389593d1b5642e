import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Keys while the article list has the keyboard, and the operations the list and the pane share.
@Suite struct ListKeysTests {
    @Test func listIsNewestFirst() {
        let reader = ReaderFixture.reader()
        #expect(
            reader.state.rows.map(\.path) == [
                "/feed/roads.txt", "/feed/rain.txt", "/feed/pashto.txt", "/feed/berlin.txt",
            ])
    }

    @Test func downAndUpMoveTheSelection() {
        let reader = ReaderFixture.reader()
        reader.handle(.character("j"))
        reader.handle(.down)
        #expect(reader.state.list.selected == 2)
        reader.handle(.character("k"))
        #expect(reader.state.list.selected == 1)
        reader.handle(.up)
        reader.handle(.up)
        #expect(reader.state.list.selected == 0)
    }

    @Test func homeEndAndGMoveToTheEnds() {
        let reader = ReaderFixture.reader()
        reader.handle(.character("G"))
        #expect(reader.state.list.selected == 3)
        reader.handle(.character("g"))
        #expect(reader.state.list.selected == 0)
        reader.handle(.end)
        #expect(reader.state.list.selected == 3)
        reader.handle(.home)
        #expect(reader.state.list.selected == 0)
    }

    @Test func enterOpensAndMarksRead() {
        let reader = ReaderFixture.reader()
        #expect(reader.state.read.isEmpty)
        reader.handle(.down)
        reader.handle(.enter)
        #expect(reader.state.opened?.summary.path == "/feed/rain.txt")
        #expect(reader.state.focus == .reader)
        #expect(reader.state.read.contains(reader.state.opened!.summary.id))
    }

    @Test func tabSwitchesPanes() {
        let reader = ReaderFixture.reader()
        reader.handle(.tab)
        #expect(reader.state.focus == .reader)
        #expect(reader.state.opened != nil)
        reader.handle(.tab)
        #expect(reader.state.focus == .list)
    }

    @Test func bracketsOpenNextAndPreviousArticles() {
        let reader = ReaderFixture.reader()
        reader.handle(.enter)
        reader.handle(.character("]"))
        #expect(reader.state.opened?.summary.path == "/feed/rain.txt")
        #expect(reader.state.list.selected == 1)
        reader.handle(.character("["))
        reader.handle(.character("["))
        #expect(reader.state.opened?.summary.path == "/feed/roads.txt")
        #expect(reader.state.message == "this is the first article")
    }

    @Test func mTogglesTheMastheadAndItIsRemembered() {
        let memory = TransientReadingMemory()
        let reader = ReaderFixture.reader(memory: memory)
        reader.handle(.character("m"))
        #expect(reader.state.masthead == .english)
        #expect(memory.load().mastheadLanguage == .english)
        let again = ReaderFixture.reader(memory: memory)
        #expect(again.state.masthead == .english)
    }

    @Test(arguments: [
        (1, LanguageFilter.persian, ["/feed/rain.txt"]), (2, .pashto, ["/feed/pashto.txt"]),
        (3, .european, ["/feed/roads.txt", "/feed/berlin.txt"]),
        (4, .all, ["/feed/roads.txt", "/feed/rain.txt", "/feed/pashto.txt", "/feed/berlin.txt"]),
    ])
    func lCyclesTheLanguageFilter(_ presses: Int, _ filter: LanguageFilter, _ paths: [String]) {
        let reader = ReaderFixture.reader()
        for _ in 0..<presses { reader.handle(.character("l")) }
        #expect(reader.state.filter == filter)
        #expect(reader.state.rows.map(\.path) == paths)
        #expect(ArticleListView.headerText(for: reader.state).hasPrefix(filter.label + " · \(paths.count)"))
    }

    @Test func tCyclesThemesAndAsksTheAppToApplyThem() {
        let reader = ReaderFixture.reader()
        #expect(reader.handle(.character("t")) == .theme("dark"))
        #expect(reader.handle(.character("t")) == .theme("light"))
        #expect(reader.handle(.character("t")) == .theme("default"))
    }

    /// The status line's unread count is kept as articles are opened, toggled and filtered, never
    /// counted per frame: after every key it is what counting the rows gives.
    @Test(arguments: [
        "juju", "\rq\rqjj\r", "uuuu", "ljuLlu", "j\ruq\r", "llll\r", "ujujujujuj",
    ])
    func unreadCountFollowsEveryChange(keys: String) {
        let reader = ReaderFixture.reader()
        for key in keys {
            switch key {
            case "\r": reader.handle(.enter)
            case "L": reader.state.read = []
            default: reader.handle(.character(key))
            }
            let counted = reader.state.rows.filter { !reader.state.read.contains($0.id) }.count
            #expect(reader.state.unreadRows == counted, "after \(key)")
            let screen = Screen.render(reader.state, keymap: reader.keymap).lines.joined(separator: "\n")
            if !reader.state.rows.isEmpty { #expect(screen.contains("\(counted) unread"), "after \(key)") }
        }
    }

    @Test func rStartsOneSyncAndTheListUpdatesWhenItEnds() {
        let library = FixtureLibrary()
        library.arriving = [
            Article(
                path: "/feed/new.txt", title: "Fresh news", date: CivilDate(year: 2020, month: 1, day: 1),
                language: "en")
        ]
        let reader = ReaderFixture.reader(library: library)
        #expect(reader.handle(.character("r")) == .sync)
        #expect(reader.state.syncProgress == 0)
        #expect(reader.handle(.character("r")) == .none)
        try? library.sync { _ in }
        reader.syncProgress(0.5)
        #expect(reader.state.syncProgress == 0.5)
        reader.syncFinished(error: nil)
        #expect(reader.state.syncProgress == nil)
        #expect(reader.state.rows.first?.path == "/feed/new.txt")
        #expect(reader.state.message == "sync done: 1 new")
    }

    @Test func uAndSToggleReadAndStar() {
        let memory = TransientReadingMemory()
        let reader = ReaderFixture.reader(memory: memory)
        let id = reader.state.rows[0].id
        reader.handle(.character("u"))
        #expect(reader.state.read.contains(id))
        reader.handle(.character("u"))
        #expect(!reader.state.read.contains(id))
        reader.handle(.character("s"))
        #expect(reader.state.starred.contains(id))
        #expect(memory.load().starred == [id])
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        #expect(grid.lines.contains { $0.contains(ArticleListView.starMark) })
    }

    @Test func qGoesBackThenQuits() {
        let reader = ReaderFixture.reader()
        reader.handle(.enter)
        #expect(reader.handle(.character("q")) == .none)
        #expect(reader.state.focus == .list)
        #expect(reader.handle(.character("q")) == .quit)
    }

    @Test func zShowsTheReadingPaneAlone() {
        let reader = ReaderFixture.reader()
        reader.handle(.character("z"))
        #expect(reader.state.paneOnly)
        #expect(reader.state.layout.list.height == 0)
        #expect(reader.state.layout.pane.height == reader.state.layout.body.height)
        reader.handle(.character("z"))
        #expect(!reader.state.paneOnly)
    }

    @Test func reboundKeysDriveTheReader() throws {
        let reader = ReaderFixture.reader(keymap: try Keymap(bindings: ["down": ["e"]]))
        reader.handle(.character("j"))
        #expect(reader.state.list.selected == 0)
        reader.handle(.character("e"))
        #expect(reader.state.list.selected == 1)
    }
}
