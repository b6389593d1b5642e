import AzadCore
import Foundation
import Testing

@testable import AzadUI

@Suite struct ReaderTests {
    /// A reader on the standard fixture, started, at `width`×`height`.
    static func reader(
        width: Int = 100, height: Int = 30, library: FixtureLibrary = FixtureLibrary(),
        memory: TransientReadingMemory = TransientReadingMemory(), keymap: Keymap = Keymap()
    ) -> Reader {
        let reader = Reader(
            library: library, memory: memory, keymap: keymap, themes: ["default", "dark", "light"], width: width,
            height: height)
        reader.start()
        reader.resize(width: width, height: height)
        return reader
    }

    @Test func listIsNewestFirst() {
        let reader = Self.reader()
        #expect(
            reader.state.rows.map(\.path) == [
                "/feed/roads.txt", "/feed/rain.txt", "/feed/pashto.txt", "/feed/berlin.txt",
            ])
    }

    @Test func downAndUpMoveTheSelection() {
        let reader = Self.reader()
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
        let reader = Self.reader()
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
        let reader = Self.reader()
        #expect(reader.state.read.isEmpty)
        reader.handle(.down)
        reader.handle(.enter)
        #expect(reader.state.opened?.summary.path == "/feed/rain.txt")
        #expect(reader.state.focus == .reader)
        #expect(reader.state.read.contains(reader.state.opened!.summary.id))
    }

    @Test func tabSwitchesPanes() {
        let reader = Self.reader()
        reader.handle(.tab)
        #expect(reader.state.focus == .reader)
        #expect(reader.state.opened != nil)
        reader.handle(.tab)
        #expect(reader.state.focus == .list)
    }

    @Test func pageKeysScrollTheArticleInThePane() {
        let reader = Self.reader(height: 24)
        reader.handle(.enter)
        let viewport = reader.state.opened!.scroll.viewport
        #expect(reader.state.opened!.scroll.count > viewport)
        reader.handle(.character(" "))
        #expect(reader.state.opened!.scroll.top == viewport - 1)
        reader.handle(.character("b"))
        #expect(reader.state.opened!.scroll.top == 0)
        reader.handle(.pageDown)
        reader.handle(.pageUp)
        #expect(reader.state.opened!.scroll.top == 0)
        reader.handle(.character("j"))
        #expect(reader.state.opened!.scroll.top == 1)
        reader.handle(.character("G"))
        #expect(reader.state.opened!.scroll.top == reader.state.opened!.scroll.maxTop)
        reader.handle(.character("g"))
        #expect(reader.state.opened!.scroll.top == 0)
    }

    @Test func bracketsOpenNextAndPreviousArticles() {
        let reader = Self.reader()
        reader.handle(.enter)
        reader.handle(.character("]"))
        #expect(reader.state.opened?.summary.path == "/feed/rain.txt")
        #expect(reader.state.list.selected == 1)
        reader.handle(.character("["))
        reader.handle(.character("["))
        #expect(reader.state.opened?.summary.path == "/feed/roads.txt")
        #expect(reader.state.message == "this is the first article")
    }

    @Test func searchResultsFollowTheTypingAndEnterKeepsThem() {
        let reader = Self.reader()
        reader.handle(.character("/"))
        #expect(reader.state.mode == .searchPrompt)
        for character in "snow" { reader.handle(.character(character)) }
        #expect(reader.state.rows.map(\.path) == ["/feed/roads.txt"])
        reader.handle(.backspace)
        reader.handle(.backspace)
        reader.handle(.backspace)
        #expect(reader.state.prompt == "s")
        reader.handle(.backspace)
        #expect(reader.state.rows.count == 4)
        for character in "باران" { reader.handle(.character(character)) }
        #expect(reader.state.rows.map(\.path) == ["/feed/rain.txt"])
        reader.handle(.enter)
        #expect(reader.state.mode == .browse)
        #expect(reader.state.query == "باران")
        #expect(ArticleListView.headerText(for: reader.state).contains("1 result"))
        reader.handle(.escape)
        #expect(reader.state.query == nil)
        #expect(reader.state.rows.count == 4)
    }

    @Test func escapeAtThePromptCancelsTheSearch() {
        let reader = Self.reader()
        reader.handle(.character("/"))
        reader.handle(.character("x"))
        reader.handle(.escape)
        #expect(reader.state.mode == .browse)
        #expect(reader.state.query == nil)
        #expect(reader.state.rows.count == 4)
    }

    @Test func matchesAreFoundAndNJumpsBetweenThem() throws {
        let reader = Self.reader(height: 24)
        reader.handle(.character("/"))
        for character in "snow" { reader.handle(.character(character)) }
        reader.handle(.enter)
        reader.handle(.enter)
        let opened = try #require(reader.state.opened)
        #expect(opened.matchLines.count >= 3)
        #expect(opened.currentMatch == 0)
        reader.handle(.character("n"))
        #expect(reader.state.opened?.currentMatch == 1)
        reader.handle(.character("N"))
        reader.handle(.character("N"))
        #expect(reader.state.opened?.currentMatch == opened.matchLines.count - 1)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let highlighted = (0..<grid.height).contains { row in
            (0..<grid.width).contains { grid[row, $0].style == .searchMatch }
        }
        #expect(highlighted)
    }

    @Test func mTogglesTheMastheadAndItIsRemembered() {
        let memory = TransientReadingMemory()
        let reader = Self.reader(memory: memory)
        reader.handle(.character("m"))
        #expect(reader.state.masthead == .english)
        #expect(memory.load().mastheadLanguage == "en")
        let again = Self.reader(memory: memory)
        #expect(again.state.masthead == .english)
    }

    @Test(arguments: [
        (1, LanguageFilter.persian, ["/feed/rain.txt"]), (2, .pashto, ["/feed/pashto.txt"]),
        (3, .european, ["/feed/roads.txt", "/feed/berlin.txt"]),
        (4, .all, ["/feed/roads.txt", "/feed/rain.txt", "/feed/pashto.txt", "/feed/berlin.txt"]),
    ])
    func lCyclesTheLanguageFilter(_ presses: Int, _ filter: LanguageFilter, _ paths: [String]) {
        let reader = Self.reader()
        for _ in 0..<presses { reader.handle(.character("l")) }
        #expect(reader.state.filter == filter)
        #expect(reader.state.rows.map(\.path) == paths)
        #expect(ArticleListView.headerText(for: reader.state).hasPrefix(filter.label + " · \(paths.count)"))
    }

    @Test func tCyclesThemesAndAsksTheAppToApplyThem() {
        let reader = Self.reader()
        #expect(reader.handle(.character("t")) == .theme("dark"))
        #expect(reader.handle(.character("t")) == .theme("light"))
        #expect(reader.handle(.character("t")) == .theme("default"))
    }

    /// Which theme shows for a remembered theme (from `t`), the configuration's and `--theme`; and
    /// what is remembered after quitting without pressing `t`.
    @Test(
        arguments: [
            // remembered, configured, --theme, shown, remembered after
            (nil, "default", nil, "default", nil),
            ("dark", "default", nil, "dark", "dark"),
            ("dark", "light", nil, "dark", "dark"),
            ("dark", "default", "light", "light", "dark"),
            (nil, "dark", "light", "light", nil),
            ("light", "dark", "light", "light", "light"),
            // A remembered theme that no longer exists gives way to the configuration's.
            ("gone", "dark", nil, "dark", nil),
        ] as [(String?, String, String?, String, String?)])
    func themeChoiceFollowsCommandLineThenRememberedThenConfig(
        remembered: String?, configured: String, commandLine: String?, shown: String, rememberedAfter: String?
    ) {
        var record = ReadingRecord()
        record.theme = remembered
        let memory = TransientReadingMemory(record)
        let reader = Reader(
            library: FixtureLibrary(), memory: memory, themes: ["default", "dark", "light"], width: 100, height: 30)
        reader.setTheme(configured)
        if let commandLine { reader.overrideTheme(commandLine) }
        reader.start()
        #expect(reader.state.themeName == shown)
        reader.save()
        #expect(memory.load().theme == rememberedAfter)
    }

    @Test func themeChosenWithTIsRememberedEvenUnderCommandLineTheme() {
        let memory = TransientReadingMemory()
        let reader = Reader(
            library: FixtureLibrary(), memory: memory, themes: ["default", "dark", "light"], width: 100, height: 30)
        reader.overrideTheme("dark")
        reader.start()
        #expect(reader.handle(.character("t")) == .theme("light"))
        #expect(memory.load().theme == "light")
    }

    /// The first frame from the newest rows alone shows the whole library's counts; the rest loads
    /// after it, keeping the selection, and the last article reopens even when it was not among them.
    @Test(arguments: [1, 2, 3])
    func firstFrameFromTheNewestRowsCountsEveryArticle(firstRows: Int) throws {
        let library = FixtureLibrary()
        let all = try library.summaries()
        var record = ReadingRecord()
        record.read = [all[0].id]
        record.lastArticle = all[3].id
        record.lastScroll = 1
        let reader = Reader(library: library, memory: TransientReadingMemory(record), width: 100, height: 30)
        reader.start(firstRows: firstRows)
        reader.resize(width: 100, height: 30)
        #expect(reader.state.rows.map(\.id) == Array(all.prefix(firstRows)).map(\.id))
        #expect(reader.state.opened == nil)
        let first = Screen.render(reader.state, keymap: reader.keymap).lines.joined(separator: "\n")
        #expect(first.contains("All · 4 articles"))
        #expect(first.contains("1/4 · 3 unread"))
        reader.finishLoading()
        #expect(reader.state.rows.map(\.id) == all.map(\.id))
        #expect(reader.state.pendingTotal == nil)
        #expect(reader.state.opened?.summary.id == all[3].id)
        #expect(reader.state.list.selected == 3)
    }

    /// The status line's unread count is kept as articles are opened, toggled and filtered, never
    /// counted per frame: after every key it is what counting the rows gives.
    @Test(arguments: [
        "juju", "\rq\rqjj\r", "uuuu", "ljuLlu", "j\ruq\r", "llll\r", "ujujujujuj",
    ])
    func unreadCountFollowsEveryChange(keys: String) {
        let reader = Self.reader()
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
        let reader = Self.reader(library: library)
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
        let reader = Self.reader(memory: memory)
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

    @Test func capitalROpensTheRawTextAndQCloses() {
        let library = FixtureLibrary()
        library.rawTexts["/feed/roads.txt"] = "first line\u{0C}second page\r\nthird \u{1B}[31m line"
        let reader = Self.reader(library: library)
        reader.handle(.character("R"))
        #expect(reader.state.mode == .raw)
        #expect(reader.state.raw?.lines.map(\.text).contains("second page") == true)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        // The escape sequence is one visible placeholder, never sent: the layout's sanitiser.
        #expect(grid.lines.contains { $0.contains("third ␛ line") })
        reader.handle(.character("q"))
        #expect(reader.state.mode == .browse)
        #expect(reader.state.raw == nil)
    }

    @Test func questionMarkShowsHelpAndEscCloses() {
        let reader = Self.reader(height: 50)
        reader.handle(.character("?"))
        #expect(reader.state.mode == .help)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        // The summary's Persian words are shaped and in visual order on screen.
        #expect(grid.lines.contains { $0.contains("language filter: All, ") })
        reader.handle(.escape)
        #expect(reader.state.mode == .browse)
    }

    @Test func qGoesBackThenQuits() {
        let reader = Self.reader()
        reader.handle(.enter)
        #expect(reader.handle(.character("q")) == .none)
        #expect(reader.state.focus == .list)
        #expect(reader.handle(.character("q")) == .quit)
    }

    @Test func zShowsTheReadingPaneAlone() {
        let reader = Self.reader()
        reader.handle(.character("z"))
        #expect(reader.state.paneOnly)
        #expect(reader.state.layout.list.height == 0)
        #expect(reader.state.layout.pane.height == reader.state.layout.body.height)
        reader.handle(.character("z"))
        #expect(!reader.state.paneOnly)
    }

    @Test func lastArticleAndScrollAreRestored() {
        let memory = TransientReadingMemory()
        let first = Self.reader(height: 24, memory: memory)
        first.handle(.enter)
        first.handle(.character(" "))
        let top = first.state.opened!.scroll.top
        first.save()
        let second = Self.reader(height: 24, memory: memory)
        #expect(second.state.opened?.summary.path == "/feed/roads.txt")
        #expect(second.state.opened?.scroll.top == top)
    }

    @Test func resizingKeepsTheTopLineOfTheArticle() {
        let reader = Self.reader(width: 100, height: 24)
        reader.handle(.enter)
        for _ in 0..<8 { reader.handle(.character("j")) }
        let before = reader.state.opened!.lines[reader.state.opened!.scroll.top]
        reader.resize(width: 60, height: 24)
        let after = reader.state.opened!.lines[reader.state.opened!.scroll.top]
        #expect(before.blockIndex == after.blockIndex)
        reader.resize(width: 5, height: 3)
        #expect(reader.state.layout.isTooSmall)
        #expect(Screen.render(reader.state, keymap: reader.keymap).lines.joined().contains("small"))
    }

    @Test func reboundKeysDriveTheReader() throws {
        let reader = Self.reader(keymap: try Keymap(bindings: ["down": ["e"]]))
        reader.handle(.character("j"))
        #expect(reader.state.list.selected == 0)
        reader.handle(.character("e"))
        #expect(reader.state.list.selected == 1)
    }
}

@Suite struct ReaderMouseTests {
    @Test func clickSelectsAndDoubleClickOpens() {
        let reader = ReaderTests.reader()
        let row = reader.state.layout.list.row + 2
        reader.handle(MouseEvent(.press, row: row, column: 10, time: 1))
        reader.handle(MouseEvent(.release, row: row, column: 10, time: 1.05))
        #expect(reader.state.list.selected == 2)
        #expect(reader.state.opened == nil)
        reader.handle(MouseEvent(.press, row: row, column: 10, time: 1.2))
        #expect(reader.state.opened?.summary.path == "/feed/pashto.txt")
    }

    @Test func slowSecondClickOnlySelects() {
        let reader = ReaderTests.reader()
        let row = reader.state.layout.list.row + 1
        reader.handle(MouseEvent(.press, row: row, column: 10, time: 1))
        reader.handle(MouseEvent(.press, row: row, column: 10, time: 3))
        #expect(reader.state.opened == nil)
    }

    @Test func wheelScrollsThePaneUnderThePointer() {
        let reader = ReaderTests.reader(height: 24)
        reader.handle(.enter)
        let pane = reader.state.layout.pane
        reader.handle(MouseEvent(.wheelDown, row: pane.row + 1, column: 5))
        #expect(reader.state.opened?.scroll.top == 3)
        reader.handle(MouseEvent(.wheelUp, row: pane.row + 1, column: 5))
        #expect(reader.state.opened?.scroll.top == 0)
        #expect(reader.state.list.top == 0)
    }

    @Test func dragInThePaneSelectsLines() throws {
        let reader = ReaderTests.reader(height: 30)
        reader.handle(.enter)
        let pane = reader.state.layout.pane
        reader.handle(MouseEvent(.press, row: pane.row, column: 5))
        reader.handle(MouseEvent(.drag, row: pane.row + 2, column: 5))
        reader.handle(MouseEvent(.drag, row: pane.row + 8, column: 5))
        reader.handle(MouseEvent(.release, row: pane.row + 8, column: 5))
        #expect(reader.state.mode == .select)
        #expect(reader.state.selection?.lines == 0...8)
        let effect = reader.handle(.character("y"))
        guard case .quote(let request) = effect else {
            Issue.record("y gave \(effect)")
            return
        }
        // The header lines hold no quote: the first body line starts it.
        #expect(request.text.hasPrefix("The passes were closed"))
    }
}

@Suite struct QuoteSelectionTests {
    static func openedReader(_ article: Article, width: Int = 40) -> Reader {
        let reader = ReaderTests.reader(width: width, height: 30, library: FixtureLibrary([article]))
        reader.handle(.enter)
        return reader
    }

    @Test(arguments: [
        "The passes were closed for three weeks and traders waited in the valley towns while snow fell.",
        "باران امسال زود آمد و کشاورزان دره‌ها را خوشحال کرد؛ جوی‌ها پر شد و کاروان‌ها راه افتادند.",
        "دا یوه ازمایښتي لیکنه ده چې د ښار د نویو ودانیو په اړه لیکل شوې او ډېره اوږده ده.",
        "Mixed متن فارسی with English words (and brackets) 漢字 and 🙂 emoji in one paragraph here.",
    ])
    func wholeParagraphRoundTripsToLogicalText(_ text: String) throws {
        let article = Article(path: "/p.txt", title: "T", language: "fa", blocks: [Block(.paragraph, text)])
        let reader = Self.openedReader(article)
        reader.handle(.character("v"))
        #expect(reader.state.mode == .select)
        // The selection starts on the body's first line; } takes in the whole paragraph.
        #expect(reader.state.selection.map { reader.state.opened!.lines[$0.anchor].blockIndex } == 0)
        reader.handle(.character("}"))
        let effect = reader.handle(.character("y"))
        guard case .quote(let request) = effect else {
            Issue.record("no quote: \(effect)")
            return
        }
        #expect(request.text == text)
        #expect(request.blockIndices == [0])
    }

    @Test func verseKeepsItsLineBreaks() {
        let verse = "نخستین مصراع\tمصراع دوم\nمصراع سوم\tمصراع چهارم"
        let article = Article(path: "/v.txt", title: "T", language: "fa", blocks: [Block(.verse, verse)])
        let reader = Self.openedReader(article, width: 80)
        reader.handle(.character("v"))
        reader.handle(.character("j"))
        guard case .quote(let request) = reader.handle(.character("y")) else {
            Issue.record("no quote")
            return
        }
        #expect(request.text == verse)
    }

    @Test func escapeCancelsTheSelection() {
        let reader = Self.openedReader(FixtureLibrary.standard[1])
        reader.handle(.character("v"))
        reader.handle(.character("j"))
        reader.handle(.escape)
        #expect(reader.state.mode == .browse)
        #expect(reader.state.selection == nil)
    }

    @Test func selectionIsHighlighted() {
        let reader = Self.openedReader(FixtureLibrary.standard[1])
        reader.handle(.character("v"))
        reader.handle(.character("j"))
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let rows = (0..<grid.height).filter { row in grid[row, grid.width - 1].style == .selection }
        #expect(rows.count == 2)
    }
}
