import AzadCore

/// This run's warnings and errors (`M`): sync problems, theme and configuration errors, failed
/// saves and commands. An error also holds the status line until the next key, so a message that
/// comes after it (a sync's `sync done`) is shown beside it rather than over it.
public struct MessageLog: Sendable, Hashable {
    /// One message and how serious it is.
    public struct Entry: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case error
            case warning
            case note

            /// The kinds' names, for the catalogs: the log shows them translated.
            static let names = [Translation.noop("error"), Translation.noop("warning"), Translation.noop("note")]
        }

        public var kind: Kind
        public var text: String

        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }
    }

    public var entries: [Entry] = []
    /// The log's scroll while it is shown.
    public var scroll = ListMovement()
    /// Whether the status line's message holds an error or warning the next key clears.
    public var holdsStatus = false
    /// How many exports the sync being finished could not read, for its `sync done`.
    public var unreadable = 0

    public init() {}
}
