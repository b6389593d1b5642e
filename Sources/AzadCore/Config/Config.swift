/// The user's preferences, as `config.toml` sets them (see README, "Configuration").
///
/// Paths are absolute once loaded: `~/` is the home folder and relative paths count from the
/// configuration file's folder. `Config()` is the configuration without a file.
public struct Config: Sendable, Equatable {
    /// Folders of text exports; empty means the bundled sample feed.
    public var feeds: [String] = []
    /// The article cache; nil means `$XDG_CACHE_HOME/azad`.
    public var cacheDirectory: String? = nil
    /// A bundled or user theme, by name.
    public var theme: String = "default"
    /// The colour depth to use; nil asks the terminal (and honours `NO_COLOR`).
    public var colors: ColorDepth? = nil
    /// Which masthead the reader shows first.
    public var masthead: MastheadLanguage = .persian
    public var bidi: BidiMode = .visual
    /// Arabic letters in their contextual forms (visual bidi mode only).
    public var shaping: Bool = true
    public var tabWidth: Int = 8
    /// The reading pane's widest text block in columns (centred in a wider pane); 0 for the whole pane.
    public var readingWidth: Int = 80
    /// Which edge the reader is laid out from; `auto` follows the interface language.
    public var layoutDirection: LayoutDirection = .auto
    /// Mouse wheel and clicks in the reader.
    public var mouse: Bool = true
    /// The clipboard file for quotes; nil means `$XDG_DATA_HOME/azad/clipboard.txt`.
    public var clipboard: String? = nil
    /// Also put quotes on the terminal's clipboard with OSC 52.
    public var osc52: Bool = false
    /// When the reader marks an article read.
    public var markReadOn: MarkReadOn = .open
    /// `Space` at the end of an article opens the next unread one.
    public var spaceNextUnread: Bool = true
    /// The language the interface speaks; `auto` follows `LC_ALL`, `LC_MESSAGES` and `LANG`.
    public var uiLanguage: UILanguage = .auto
    /// The digits the interface writes numbers in: the language's own or Latin.
    public var uiDigits: UIDigits = .native
    /// Key bindings: an operation's name to the keys that run it, replacing its default keys.
    ///
    /// Stored as written; the reader's operation table validates names and keys.
    public var keys: [String: [String]] = [:]
    /// The file this configuration was read from, for messages about its keys; nil for `Config()`.
    public var source: ConfigSource? = nil

    public init() {}

    /// The layout settings this configuration asks for.
    public var layoutOptions: LayoutOptions {
        LayoutOptions(bidiMode: bidi, shaping: shaping, tabWidth: tabWidth)
    }

    /// Where a key binding was written, as an error about it should name it: `ConfigError` for
    /// `keys.<operation>`, pointing at its line when the configuration came from a file.
    public func keyBindingError(operation: String, message: String) -> ConfigError {
        ConfigError(
            file: source?.file ?? "configuration", line: source?.map.line(of: ["keys", operation]),
            key: "keys.\(TOMLText.key(operation))", message: message)
    }

    public static func == (lhs: Config, rhs: Config) -> Bool {
        // Where a configuration came from does not change what it says.
        lhs.feeds == rhs.feeds && lhs.cacheDirectory == rhs.cacheDirectory && lhs.theme == rhs.theme
            && lhs.colors == rhs.colors && lhs.masthead == rhs.masthead && lhs.bidi == rhs.bidi
            && lhs.shaping == rhs.shaping && lhs.tabWidth == rhs.tabWidth && lhs.readingWidth == rhs.readingWidth
            && lhs.layoutDirection == rhs.layoutDirection
            && lhs.mouse == rhs.mouse
            && lhs.clipboard == rhs.clipboard && lhs.osc52 == rhs.osc52 && lhs.keys == rhs.keys
            && lhs.markReadOn == rhs.markReadOn && lhs.spaceNextUnread == rhs.spaceNextUnread
            && lhs.uiLanguage == rhs.uiLanguage && lhs.uiDigits == rhs.uiDigits
    }
}

/// The file a configuration was read from, and the line of each of its keys.
public struct ConfigSource: Sendable, Hashable {
    public var file: String
    var map: TOMLSourceMap

    /// The 1-based line of a key, given as its table names and name (`["keys", "quit"]`).
    public func line(of path: [String]) -> Int? { map.line(of: path) }
}
