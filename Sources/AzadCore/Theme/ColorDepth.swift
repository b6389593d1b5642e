/// How many colours the terminal can show, and so how a theme is drawn.
public enum ColorDepth: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Attributes only (bold, underline, reverse…): `NO_COLOR`, or a terminal without colour.
    case none
    /// The eight basic ANSI colours.
    case ansi8 = "8"
    /// The eight basic colours and their bright variants.
    case ansi16 = "16"
    /// The xterm 256-colour palette.
    case palette256 = "256"

    /// The depth for a terminal reporting `colors` colours, under `environment`.
    ///
    /// `NO_COLOR` set to anything but the empty string means no colour (https://no-color.org), whatever
    /// else asks for colour. Otherwise the user's `colors` setting wins, capped at what the terminal can
    /// show.
    public static func detect(terminalColors colors: Int, environment: [String: String], requested: ColorDepth? = nil)
        -> ColorDepth
    {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let terminal: ColorDepth =
            colors >= 256 ? .palette256 : colors >= 16 ? .ansi16 : colors >= 8 ? .ansi8 : .none
        return requested.map { min($0, terminal) } ?? terminal
    }

    private var rank: Int {
        switch self {
        case .none: 0
        case .ansi8: 1
        case .ansi16: 2
        case .palette256: 3
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rank < rhs.rank }
}
