/// A style for every element of the reader, read from a theme file (see README, "Themes").
public struct Theme: Sendable, Hashable {
    public var name: String
    /// One line saying what the theme is for, from the file's `description`.
    public var description: String
    public var styles: [ThemeElement: ThemeStyle]

    public init(name: String, description: String = "", styles: [ThemeElement: ThemeStyle]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    /// The style of `element`; an element the theme leaves out looks like `normal`.
    public func style(_ element: ThemeElement) -> ThemeStyle {
        styles[element] ?? styles[.normal] ?? ThemeStyle()
    }

    /// The theme azad uses when not even the bundled `default` can be read: attributes only, so it
    /// reads on any terminal.
    public static let fallback = Theme(
        name: "fallback", description: "attributes only, built in",
        styles: [
            .masthead: ThemeStyle(bold: true), .mastheadAccent: ThemeStyle(bold: true, underline: true),
            .listHeader: ThemeStyle(bold: true), .listSelected: ThemeStyle(reverse: true),
            .listUnread: ThemeStyle(bold: true), .listStarred: ThemeStyle(bold: true), .title: ThemeStyle(bold: true),
            .subtitle: ThemeStyle(italic: true), .byline: ThemeStyle(dim: true), .meta: ThemeStyle(dim: true),
            .heading: ThemeStyle(bold: true), .verse: ThemeStyle(italic: true),
            .searchMatch: ThemeStyle(bold: true, underline: true), .currentMatch: ThemeStyle(bold: true, reverse: true),
            .selection: ThemeStyle(reverse: true), .statusDim: ThemeStyle(reverse: true, dim: true),
            .status: ThemeStyle(reverse: true), .statusAccent: ThemeStyle(bold: true, reverse: true),
            .help: ThemeStyle(),
        ])

    /// The theme as a terminal of `depth` can draw it.
    ///
    /// - 256 colours: as written.
    /// - 16 and 8 colours: each palette colour becomes the nearest basic colour; greys become black, grey
    ///   or white by lightness (so dim grey text stays visible), bright colours lose their brightness at 8.
    ///   Text that would end up the colour of its own background takes black or white instead; an element
    ///   whose background would become the page's is reversed.
    /// - None: colours go; an element that stood out by its background alone is shown reversed.
    public func adapted(to depth: ColorDepth) -> Theme {
        guard depth != .palette256 else { return self }
        var adapted = self
        let normalBackground = style(.normal).background
        for element in ThemeElement.allCases {
            let original = style(element)
            var style = original
            if depth == .none {
                style.foreground = .terminalDefault
                style.background = .terminalDefault
                if element != .normal, original.background != normalBackground, !original.reverse {
                    style.reverse = true
                }
            } else {
                style.foreground = Theme.reduce(original.foreground, to: depth)
                style.background = Theme.reduce(original.background, to: depth)
                if element != .normal, original.background != normalBackground,
                    style.background == Theme.reduce(normalBackground, to: depth)
                {
                    style.reverse = true  // its background no longer sets it apart
                }
                if style.foreground == style.background, style.foreground != .terminalDefault,
                    original.foreground != original.background, case .index(let index) = style.background
                {
                    style.foreground = .index(Theme.isDark(index) ? 7 : 0)
                }
            }
            adapted.styles[element] = style
        }
        return adapted
    }

    /// A colour as one of the first 16 (or 8) palette entries.
    static func reduce(_ color: ThemeColor, to depth: ColorDepth) -> ThemeColor {
        guard case .index(let index) = color else { return color }
        let limit: UInt8 = depth == .ansi8 ? 8 : 16
        if index < limit { return color }
        if index < 16 { return .index(index - 8) }  // a bright colour on an 8-colour terminal
        let (red, green, blue) = ThemeColor.rgb(ofIndex: index)
        if max(red, green, blue) - min(red, green, blue) < 48 {
            // Grey: pick by lightness rather than by distance, which would turn every dark grey black.
            let light = (red + green + blue) / 3
            if depth == .ansi8 { return .index(light < 60 ? 0 : 7) }
            return .index(light < 60 ? 0 : light < 150 ? 8 : light < 215 ? 7 : 15)
        }
        let candidates = (0..<limit).filter { ![0, 7, 8, 15].contains($0) }
        return .index(
            candidates.min {
                ThemeColor.distance(ThemeColor.rgb(ofIndex: $0), (red, green, blue))
                    < ThemeColor.distance(ThemeColor.rgb(ofIndex: $1), (red, green, blue))
            }!)
    }

    /// Whether a basic colour is dark enough to want white text on it.
    static func isDark(_ index: UInt8) -> Bool {
        [0, 1, 4, 5, 8].contains(index)
    }
}
