import AzadCore

/// What the reader is configured with: its keys, its themes and its limits.
public struct ReaderSettings: Sendable, Hashable {
    public var keymap: Keymap
    /// Theme names `t` cycles through.
    public var themes: [String]
    /// How many search results the list shows at most.
    public var searchLimit = 500
    /// Two presses this close (seconds) on one row are a double click.
    public var doubleClickInterval = 0.4
    /// The folder `save` offers (`$XDG_DOWNLOAD_DIR`, else the home folder), and the home folder a
    /// typed `~` stands for: the app reads them from the environment.
    public var saveFolder = "/tmp"
    public var homeFolder = "/tmp"
    /// When an article counts as read.
    public var markReadOn: MarkReadOn = .open
    /// `Space` (page down) at the end of an article opens the next unread one.
    public var spaceNextUnread = true

    public init(keymap: Keymap = Keymap(), themes: [String] = ["default"]) {
        self.keymap = keymap
        self.themes = themes.isEmpty ? ["default"] : themes
    }
}
