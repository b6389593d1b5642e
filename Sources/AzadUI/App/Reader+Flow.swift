import AzadCore

/// The reading flow's settings and the preview, as the app drives them.
extension Reader {
    /// When an article counts as read (`mark_read_on`).
    public var markReadOn: MarkReadOn {
        get { logic.settings.markReadOn }
        set { logic.settings.markReadOn = newValue }
    }

    /// Whether `Space` at the end of an article opens the next unread one (`space_next_unread`).
    public var spaceNextUnread: Bool {
        get { logic.settings.spaceNextUnread }
        set { logic.settings.spaceNextUnread = newValue }
    }

    /// Whether the pane should show the selected article: the app asks for it with `preview()` once
    /// no key is waiting.
    public var wantsPreview: Bool { logic.wantsPreview }

    /// Shows the selected article in the pane, without marking it read or moving the keyboard.
    public func preview() { send(.preview) }
}
