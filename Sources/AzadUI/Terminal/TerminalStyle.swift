import AzadCore

/// How one themed element looks on the terminal: curses colour numbers (-1 is the terminal's
/// default) and attributes.
public struct TerminalStyle: Sendable, Hashable {
    public var foreground: Int16
    public var background: Int16
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    public var italic: Bool

    public init(
        foreground: Int16 = -1, background: Int16 = -1, bold: Bool = false, underline: Bool = false,
        reverse: Bool = false, dim: Bool = false, italic: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    /// The look the reader has before any theme is loaded: 8 colours on the terminal's own background.
    public static let builtIn: [ThemeElement: TerminalStyle] = [
        .normal: TerminalStyle(),
        .masthead: TerminalStyle(foreground: 3, bold: true),
        .mastheadAccent: TerminalStyle(foreground: 6),
        .listHeader: TerminalStyle(foreground: 6, bold: true),
        .listRow: TerminalStyle(),
        .listSelected: TerminalStyle(reverse: true),
        .listUnread: TerminalStyle(bold: true),
        .listStarred: TerminalStyle(foreground: 3, bold: true),
        .title: TerminalStyle(foreground: 3, bold: true),
        .subtitle: TerminalStyle(foreground: 3),
        .byline: TerminalStyle(foreground: 6),
        .meta: TerminalStyle(dim: true),
        .heading: TerminalStyle(foreground: 2, bold: true),
        .paragraph: TerminalStyle(),
        .verse: TerminalStyle(foreground: 5, italic: true),
        .searchMatch: TerminalStyle(foreground: 0, background: 3),
        .currentMatch: TerminalStyle(foreground: 0, background: 2, bold: true, underline: true),
        .selection: TerminalStyle(foreground: 7, background: 4),
        .status: TerminalStyle(reverse: true),
        .statusAccent: TerminalStyle(foreground: 0, background: 6, bold: true),
        .statusDim: TerminalStyle(reverse: true, dim: true),
        .help: TerminalStyle(),
    ]

    /// This look with attributes only, for a terminal without colour: what colour alone told apart
    /// becomes reverse video.
    public var monochrome: TerminalStyle {
        TerminalStyle(
            bold: bold, underline: underline, reverse: reverse || background != -1, dim: dim, italic: italic)
    }

    /// The look a theme gives an element, in curses' colour numbers.
    public init(_ style: ThemeStyle) {
        self.init(
            foreground: style.foreground.paletteNumber, background: style.background.paletteNumber, bold: style.bold,
            underline: style.underline, reverse: style.reverse, dim: style.dim, italic: style.italic)
    }

    /// Every element's look in `theme`.
    public static func styles(of theme: Theme) -> [ThemeElement: TerminalStyle] {
        Dictionary(uniqueKeysWithValues: ThemeElement.allCases.map { ($0, TerminalStyle(theme.style($0))) })
    }
}
