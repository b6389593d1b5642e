extension PromptLine {
    /// Applies one of the prompt's editing operations (caret, delete, paste); false for any other.
    public mutating func apply(_ operation: Operation) -> Bool {
        switch operation {
        case .cursorLeft: move(left: true)
        case .cursorRight: move(left: false)
        case .cursorStart: moveToStart()
        case .cursorEnd: moveToEnd()
        case .deleteBackward: deleteBackward()
        case .clearPrompt: deleteToStart()
        case .deleteWord: deleteWordBackward()
        case .killToEnd: deleteToEnd()
        case .pasteKilled: paste()
        default: return false
        }
        return true
    }
}
