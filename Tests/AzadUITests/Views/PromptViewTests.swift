import AzadCore
import Testing

@testable import AzadUI

/// The prompt's caret is drawn where the next letter will appear.
@Suite struct PromptViewTests {
    /// The prompt's row as text, after typing `text` and moving the caret `left` times with Left.
    static func row(typing text: String, left: Int = 0) -> String {
        let reader = ReaderFixture.reader(width: 100, height: 30)
        reader.handle(.character("/"))
        for character in text { reader.handle(.character(character)) }
        for _ in 0..<left { reader.handle(.left) }
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        return grid.lines.last!
    }

    @Test(arguments: [
        // typed, Left presses, what the prompt shows from the label on
        ("snow", 0, "Search articles: snow▏"),
        ("snow", 2, "Search articles: sn▏ow"),
        ("snow", 9, "Search articles: ▏snow"),
        // Right to left: at the end of the text the caret is on its left, where the next letter goes.
        ("باران", 0, "Search articles: ▏"),
        ("مرز", 0, "Search articles: ▏"),
        ("e\u{301}t", 1, "Search articles: e\u{301}▏t"),
        ("漢字", 1, "Search articles: 漢▏字"),
    ])
    func caretSitsWhereTheNextLetterGoes(text: String, left: Int, shown: String) {
        #expect(Self.row(typing: text, left: left).hasPrefix(shown))
    }

    /// In Persian text, Left moves the caret towards the end of the text, which is on the left.
    @Test func persianCaretFollowsLeftAndRight() {
        let reader = ReaderFixture.reader(width: 100, height: 30)
        reader.handle(.character("/"))
        for character in "باران" { reader.handle(.character(character)) }
        reader.handle(.home)
        #expect(reader.state.searchPrompt.line.caret == 0)
        var row = Screen.render(reader.state, keymap: reader.keymap).lines.last!
        // At the start of a right-to-left text, the caret is on its right.
        let label = "Search articles: "
        #expect(row.hasPrefix(label))
        let afterLabel = row.dropFirst(label.count)
        #expect(!afterLabel.hasPrefix("▏"))
        #expect(afterLabel.prefix(6).hasSuffix("▏"))
        reader.handle(.left)
        #expect(reader.state.searchPrompt.line.caret == 1)
        row = Screen.render(reader.state, keymap: reader.keymap).lines.last!
        // After the first letter (ب, drawn rightmost), the caret is just left of it.
        let caret = row.dropFirst(label.count).prefix(6)
        #expect(caret.firstIndex(of: "▏") == caret.index(caret.startIndex, offsetBy: 4))
        reader.handle(.right)
        #expect(reader.state.searchPrompt.line.caret == 0)
    }

    @Test(arguments: [("abc", 1, false, 1), ("abc", 0, false, 0), ("abc", 3, false, 3)])
    func caretPositionInALeftToRightLine(text: String, caret: Int, _: Bool, position: Int) {
        let line = ParagraphLayout.truncatedLine(text, width: 20)
        #expect(PromptView.caretPosition(line, text: text, caret: caret) == position)
    }

    @Test(arguments: [(0, 4), (1, 3), (2, 2), (4, 0)])
    func caretPositionInARightToLeftLine(caret: Int, position: Int) {
        let text = "کابل"
        let line = ParagraphLayout.truncatedLine(text, width: 20)
        #expect(PromptView.caretPosition(line, text: text, caret: caret) == position)
    }

    /// The spaces at the ends of the query stay on the screen, so the caret moves past a space typed.
    @Test(arguments: [
        ("a ", "a\u{A0}"), (" a", "\u{A0}a"), ("  ", "\u{A0}\u{A0}"), ("a b", "a b"), ("مرز ", "مرز\u{A0}"), ("", ""),
    ])
    func endSpacesBecomeNoBreakSpaces(text: String, shown: String) {
        #expect(PromptView.keepingEndSpaces(text) == shown)
    }
}
