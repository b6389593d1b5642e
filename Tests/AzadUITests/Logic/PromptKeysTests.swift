import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Keys at the search prompt.
@Suite struct PromptKeysTests {
    @Test func searchResultsFollowTheTypingAndEnterKeepsThem() {
        let reader = ReaderFixture.reader()
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
        let reader = ReaderFixture.reader()
        reader.handle(.character("/"))
        reader.handle(.character("x"))
        reader.handle(.escape)
        #expect(reader.state.mode == .browse)
        #expect(reader.state.query == nil)
        #expect(reader.state.rows.count == 4)
    }
}

/// The prompt's editing keys are rows of the operation table: they can be rebound, and a printable
/// character always types itself.
@Suite struct PromptEditingTests {
    static func typing(_ text: String, keymap: Keymap = Keymap()) -> Reader {
        let reader = ReaderFixture.reader(keymap: keymap)
        reader.handle(.character("/"))
        for character in text { reader.handle(.character(character)) }
        return reader
    }

    @Test(arguments: ["snow", "باران", "ښار", "漢字", "e\u{301}", "🙂"])
    func backspaceDeleteAndControlUEditTheQuery(text: String) {
        let reader = Self.typing(text + "xy")
        reader.handle(.backspace)
        reader.handle(.delete)
        #expect(reader.state.prompt == text)
        reader.handle(.control("u"))
        #expect(reader.state.prompt.isEmpty)
        #expect(reader.state.query == nil)
        #expect(reader.state.rows.count == 4)
    }

    /// Keys that run operations elsewhere type themselves at the prompt.
    @Test func operationKeysTypeThemselves() {
        let reader = Self.typing("jkq?/ vR")
        #expect(reader.state.prompt == "jkq?/ vR")
        #expect(reader.state.mode == .searchPrompt)
    }

    @Test func reboundPromptKeysEditTheQuery() throws {
        let keymap = try Keymap(bindings: [
            "clear-prompt": ["C-w"], "delete-word": ["M-Backspace"], "delete-backward": ["C-h"],
        ])
        let reader = Self.typing("rain", keymap: keymap)
        reader.handle(.control("h"))
        #expect(reader.state.prompt == "rai")
        reader.handle(.backspace)
        #expect(reader.state.prompt == "rai", "Backspace was rebound away")
        reader.handle(.control("u"))
        #expect(reader.state.prompt == "rai", "C-u was rebound away")
        reader.handle(.control("w"))
        #expect(reader.state.prompt.isEmpty)
    }

    /// The list's `open` and `back` rebound elsewhere leave Enter and Esc at the prompt alone.
    @Test func reboundListKeysLeaveThePromptsEnterAndEscape() throws {
        let keymap = try Keymap(bindings: ["open": ["o"], "open-source": ["F9"], "back": ["F4"]])
        let kept = Self.typing("snow", keymap: keymap)
        kept.handle(.enter)
        #expect(kept.state.mode == .browse)
        #expect(kept.state.query == "snow")
        kept.handle(.enter)
        #expect(kept.state.opened == nil, "Enter no longer opens in the list")
        kept.handle(.character("o"))
        #expect(kept.state.opened?.summary.path == "/feed/roads.txt")
        let cancelled = Self.typing("برف", keymap: keymap)
        cancelled.handle(.escape)
        #expect(cancelled.state.mode == .browse)
        #expect(cancelled.state.query == nil)
    }

    /// `Down` and `Up` walk the history at the prompt; the results keep their selection.
    @Test func downAndUpWalkTheHistoryNotTheResults() {
        let reader = Self.typing(" ")
        #expect(reader.state.rows.count == 4)
        reader.handle(.down)
        reader.handle(.down)
        reader.handle(.up)
        #expect(reader.state.list.selected == 0)
        #expect(reader.state.prompt == " ")
    }
}
