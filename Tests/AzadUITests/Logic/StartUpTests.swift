import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Start-up: what is remembered is restored, the theme chosen by precedence, the first frame drawn from the newest rows.
@Suite struct StartUpTests {
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

    @Test func lastArticleAndScrollAreRestored() {
        let memory = TransientReadingMemory()
        let first = ReaderFixture.reader(height: 24, memory: memory)
        first.handle(.enter)
        first.handle(.character(" "))
        let top = first.state.opened!.scroll.top
        first.save()
        let second = ReaderFixture.reader(height: 24, memory: memory)
        #expect(second.state.opened?.summary.path == "/feed/roads.txt")
        #expect(second.state.opened?.scroll.top == top)
    }
}
