/// How a program the reader started went: a browser for the source URL, a command the article was
/// piped to.
public struct ExternalRun: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// Started in the background (a graphical browser); its end is not waited for.
        case started
        /// Ran in the terminal and exited with this status (128 + N for signal N).
        case exited(Int32)
        /// Could not be started, and why.
        case failed(String)
    }

    /// What ran, as the status line names it: the command typed, or the browser's name.
    public var name: String
    /// What it was given to do, for the status line: `pipe` or `open`.
    public var purpose: Purpose
    public var outcome: Outcome

    public enum Purpose: Sendable, Hashable {
        case pipe
        case open(url: String)
    }

    public init(name: String, purpose: Purpose, outcome: Outcome) {
        self.name = name
        self.purpose = purpose
        self.outcome = outcome
    }
}
