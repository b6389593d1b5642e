import AzadCore

extension ThemeColor {
    /// The colour as curses numbers it: the palette index, or -1 for the terminal's default (which
    /// needs `use_default_colors()`).
    public var paletteNumber: Int16 {
        switch self {
        case .terminalDefault: -1
        case .index(let index): Int16(index)
        }
    }
}
