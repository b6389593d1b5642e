import AzadCore

/// A line the reader asks for on the status line that is not a search: where to save the article,
/// the command to pipe it to, whether to overwrite a file. It edits as the search prompt does
/// (`PromptLine`, the prompt's keys), `Enter` answers and `Esc` cancels; a question answers with
/// one letter.
public struct TextPrompt: Sendable, Hashable {
    /// What the answer is for.
    public enum Purpose: Sendable, Hashable {
        /// The file to save the open article to.
        case savePath
        /// The shell command to pipe the open article to.
        case pipeCommand
        /// Whether to replace the file at `path` with the article's text (`y` or `n`).
        case confirmOverwrite(path: String)
    }

    public var purpose: Purpose
    public var line: PromptLine
    /// The article the answer applies to, read when the prompt opened.
    public var articleText: String

    public init(_ purpose: Purpose, line: PromptLine = PromptLine(), articleText: String) {
        self.purpose = purpose
        self.line = line
        self.articleText = articleText
    }

    /// Whether one letter answers (`y`/`n`) rather than a line ended by `Enter`.
    public var isQuestion: Bool {
        if case .confirmOverwrite = purpose { return true }
        return false
    }

    /// What the prompt says before the line.
    public var label: String { label(in: .english) }

    /// `label` in the interface's language.
    public func label(in translation: Translation) -> String {
        switch purpose {
        case .savePath: translation.tr("Save to")
        case .pipeCommand: translation.tr("Pipe to")
        case .confirmOverwrite(let path): translation.tr("{path} exists. Overwrite? (y/n)", ["path": path])
        }
    }
}
