import AzadCore

/// A line being edited as readline edits it: text, a caret between graphemes, and what the last
/// delete removed (for `C-y`).
public struct PromptLine: Sendable, Hashable {
    public private(set) var text: String
    /// The caret, in graphemes from the start of `text` (logical order).
    public private(set) var caret: Int
    /// What the last word or line delete removed.
    public private(set) var killed = ""

    /// `text` with the caret at its end.
    public init(_ text: String = "") {
        self.text = text
        caret = text.count
    }

    /// Whether the line reads right to left: its first strong letter is Arabic-script or Hebrew.
    public var isRightToLeft: Bool { ParagraphDirection(firstStrongIn: text) == .rightToLeft }

    private var caretIndex: String.Index { text.index(text.startIndex, offsetBy: caret) }

    /// Types `character` at the caret; a combining mark joins the letter before it.
    public mutating func insert(_ character: Character) {
        let before = String(text[..<caretIndex]) + String(character)
        text = before + text[caretIndex...]
        caret = before.count
    }

    /// Inserts `string` at the caret (`C-y`).
    public mutating func insert(_ string: String) {
        let before = String(text[..<caretIndex]) + string
        text = before + text[caretIndex...]
        caret = before.count
    }

    /// Deletes the grapheme before the caret.
    public mutating func deleteBackward() {
        guard caret > 0 else { return }
        let start = text.index(before: caretIndex)
        text.removeSubrange(start..<caretIndex)
        caret -= 1
    }

    /// Moves the caret one grapheme towards the end (`forward`) or the start of the text.
    public mutating func move(forward: Bool) {
        caret = max(0, min(text.count, caret + (forward ? 1 : -1)))
    }

    /// Moves the caret one grapheme left or right on the screen: in a right-to-left line, left is
    /// towards the end of the text.
    public mutating func move(left: Bool) { move(forward: left == isRightToLeft) }

    public mutating func moveToStart() { caret = 0 }
    public mutating func moveToEnd() { caret = text.count }

    /// Deletes the word before the caret and the spaces after it (`C-w`); a half-space (ZWNJ) is
    /// part of its word.
    public mutating func deleteWordBackward() {
        let before = Array(text[..<caretIndex])
        var start = before.count
        while start > 0, before[start - 1].isWhitespace { start -= 1 }
        while start > 0, !before[start - 1].isWhitespace { start -= 1 }
        guard start < before.count else { return }
        let from = text.index(text.startIndex, offsetBy: start)
        killed = String(text[from..<caretIndex])
        text.removeSubrange(from..<caretIndex)
        caret = start
    }

    /// Deletes from the start to the caret (`C-u`).
    public mutating func deleteToStart() {
        guard caret > 0 else { return }
        killed = String(text[..<caretIndex])
        text.removeSubrange(..<caretIndex)
        caret = 0
    }

    /// Deletes from the caret to the end (`C-k`).
    public mutating func deleteToEnd() {
        guard caret < text.count else { return }
        killed = String(text[caretIndex...])
        text.removeSubrange(caretIndex...)
    }

    /// Inserts what the last delete removed (`C-y`).
    public mutating func paste() {
        guard !killed.isEmpty else { return }
        insert(killed)
    }
}
