import AzadCore
import Testing

@testable import AzadUI

/// The help screen: every operation with its config name and keys, grouped, scrollable and
/// searchable with `/`, matches highlighted and `n`/`N` between them.
@Suite struct HelpSearchTests {
    @Test func helpListsEveryOperationWithItsNameAndKeysAndTheMouse() {
        let lines = HelpTable.lines(keymap: Keymap())
        for operation in Operation.allCases {
            let line = lines.first { $0.name == operation.rawValue }
            #expect(line?.text == operation.summary, "\(operation)")
            #expect(line?.keys == Keymap().keyNames(for: operation))
        }
        let headings = lines.filter(\.isHeading).map(\.text)
        #expect(headings == Operation.Group.allCases.map(\.rawValue) + ["Mouse"])
        #expect(lines.contains { $0.keys == "wheel" } && lines.contains { $0.keys == "double-click" })
        // The prompt's keys are a group of their own.
        let prompt = lines.firstIndex { $0.text == Operation.Group.prompt.rawValue }!
        #expect(
            lines[(prompt + 1)...].prefix { !$0.isHeading && !$0.text.isEmpty }.allSatisfy { $0.contexts == "prompt" })
    }

    @Test func theHelpScreenShowsConfigNamesWhenWide() {
        let reader = ReaderFixture.reader(width: 120, height: 40)
        reader.handle(.character("?"))
        let screen = Screen.render(reader.state, keymap: reader.keymap).lines
        #expect(screen.contains { $0.contains("next-article") && $0.contains("open the next article") })
    }

    /// Typing after `/` finds the first row holding the query and scrolls it into view; `Enter` keeps
    /// it, `n` and `N` step, `Esc` drops it and a second `Esc` closes help.
    @Test(arguments: [
        ("yank", "copy the selection to the clipboard file"), ("MASTHEAD", "masthead in Persian or English"),
        ("wheel", "scroll the list or pane under the pointer"), ("C-w", "delete the word before the cursor"),
        ("فارسی", "language filter: All, فارسی, پښتو, European languages"),
    ])
    func typingFindsTheRow(query: String, summary: String) throws {
        let reader = ReaderFixture.reader(width: 100, height: 20)
        reader.handle(.character("?"))
        reader.handle(.character("/"))
        #expect(reader.state.helpSearch.isTyping)
        for character in query { reader.handle(.character(character)) }
        let lines = HelpTable.lines(keymap: reader.keymap)
        let current = try #require(reader.state.helpSearch.current)
        #expect(lines[current].text == summary || lines[current].name.contains(query.lowercased()))
        #expect(reader.state.help.visibleRows.contains(current))
        let status = StatusLineView.hints(reader.state, keymap: reader.keymap)
        #expect(status.hasPrefix("/\(query)"))
        reader.handle(.enter)
        #expect(!reader.state.helpSearch.isTyping && reader.state.mode == .help)
        // The match is highlighted on the screen.
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let row = reader.state.layout.body.row + 1 + current - reader.state.help.top
        #expect((0..<grid.width).contains { grid[row, $0].style == .currentMatch })
        reader.handle(.escape)
        #expect(reader.state.helpSearch.needle == nil && reader.state.mode == .help)
        reader.handle(.escape)
        #expect(reader.state.mode == .browse)
    }

    @Test func nAndShiftNStepThroughTheRowsThatMatchAndWrap() throws {
        let reader = ReaderFixture.reader(width: 100, height: 16)
        reader.handle(.character("?"))
        reader.handle(.character("/"))
        for character in "search" { reader.handle(.character(character)) }
        reader.handle(.enter)
        let lines = HelpTable.lines(keymap: reader.keymap)
        let rows = lines.indices.filter { reader.state.helpSearch.matches(lines[$0]) }
        #expect(rows.count >= 4)
        let first = try #require(reader.state.helpSearch.current)
        #expect(first == rows[0])
        reader.handle(.character("n"))
        #expect(reader.state.helpSearch.current == rows[1])
        #expect(reader.state.message == "match 2 of \(rows.count)")
        reader.handle(.character("N"))
        reader.handle(.character("N"))
        #expect(reader.state.helpSearch.current == rows.last)
        #expect(reader.state.help.visibleRows.contains(rows.last!))
        reader.handle(.character("n"))
        #expect(reader.state.helpSearch.current == rows[0])
    }

    @Test func aQueryNothingHoldsSaysSoAndEditingKeysWork() {
        let reader = ReaderFixture.reader(width: 100, height: 20)
        reader.handle(.character("?"))
        reader.handle(.character("/"))
        for character in "zzqx" { reader.handle(.character(character)) }
        #expect(reader.state.helpSearch.current == nil)
        reader.handle(.backspace)
        #expect(reader.state.helpSearch.line.text == "zzq")
        reader.handle(.control("u"))
        #expect(reader.state.helpSearch.line.text.isEmpty)
        for character in "qqqq" { reader.handle(.character(character)) }
        reader.handle(.enter)
        #expect(reader.state.message == "no help row holds “qqqq”")
        #expect(reader.state.mode == .help)
        reader.handle(.character("q"))
        #expect(reader.state.mode == .browse)
    }

    @Test func helpScrolls() {
        let reader = ReaderFixture.reader(width: 100, height: 16)
        reader.handle(.character("?"))
        reader.handle(.character("G"))
        #expect(reader.state.help.top == reader.state.help.maxTop && reader.state.help.top > 0)
        let screen = Screen.render(reader.state, keymap: reader.keymap).lines.joined(separator: "\n")
        #expect(screen.contains("drag"))
    }
}
