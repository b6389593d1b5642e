import Testing

@testable import AzadUI

/// The prompt's line edits by grapheme, as readline does.
@Suite struct PromptLineTests {
    /// Texts of one "word" each, with their grapheme counts.
    static let words: [(String, Int)] = [
        ("snow", 4), ("باران", 5), ("ښار", 3), ("漢字", 2), ("e\u{301}te\u{301}", 3), ("🙂👍🏽", 2),
        ("می\u{200C}شود", 5), ("a\u{7}b", 3),
    ]

    @Test(arguments: words)
    func caretMovesByGraphemeAndTypingInsertsAtIt(word: String, count: Int) {
        var line = PromptLine(word)
        #expect(line.caret == count)
        line.moveToStart()
        line.insert("[")
        line.moveToEnd()
        line.insert("]")
        #expect(line.text == "[" + word + "]")
        line.move(forward: false)
        line.move(forward: false)
        line.deleteBackward()
        #expect(line.text.count == count + 1)
        #expect(line.caret == count - 1)
        for _ in 0..<(count + 5) { line.move(forward: true) }
        #expect(line.caret == count + 1)
    }

    @Test(arguments: words)
    func wordDeleteKillAndPaste(word: String, count: Int) {
        var line = PromptLine("first " + word + "  ")
        line.deleteWordBackward()
        #expect(line.text == "first ")
        line.deleteWordBackward()
        #expect(line.text.isEmpty)
        line.paste()
        #expect(line.text == "first ")
        line.insert(word)
        line.moveToStart()
        line.move(forward: true)
        line.deleteToEnd()
        #expect(line.text == "f")
        line.paste()
        #expect(line.text == "first " + word)
        line.deleteToStart()
        #expect(line.text == "")
        #expect(line.killed == "first " + word)
    }

    /// A combining mark typed after its letter joins it: the caret stays after the one grapheme.
    @Test func aCombiningMarkJoinsTheLetterBeforeTheCaret() {
        var line = PromptLine("كاب")
        line.insert("\u{64F}")
        #expect(line.caret == 3)
        line.insert("ل")
        #expect(line.text == "كابُل")
        #expect(line.caret == 4)
    }

    /// Left and Right follow the screen: in a right-to-left line, Left goes towards the text's end.
    @Test(arguments: [("abc", true, 1), ("abc", false, 3), ("کابل", true, 3), ("کابل", false, 1), ("۱۲۳", true, 1)])
    func leftAndRightFollowTheLinesDirection(text: String, left: Bool, caret: Int) {
        var line = PromptLine(text)
        line.moveToStart()
        line.move(forward: true)
        line.move(forward: true)
        line.move(left: left)
        #expect(line.caret == caret)
    }
}
