/// A colour in a theme: the terminal's own, or an index of the xterm 256-colour palette.
///
/// Theme files write colours as the 16 ANSI names (`red`, `bright_blue`, …), palette indices (`0`–`255`)
/// or `#rrggbb`, which becomes the nearest palette colour.
public enum ThemeColor: Sendable, Hashable, CustomStringConvertible {
    /// The terminal's default foreground or background.
    case terminalDefault
    /// An xterm palette index: 0–7 the basic colours, 8–15 their bright variants, 16–231 a 6×6×6 colour
    /// cube, 232–255 a grey ramp.
    case index(UInt8)

    /// The names of palette colours 0–15, in order.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright_black", "bright_red", "bright_green", "bright_yellow", "bright_blue", "bright_magenta",
        "bright_cyan", "bright_white",
    ]

    /// Reads `default`, an ANSI name (`grey`/`gray` mean `bright_black`) or `#rrggbb`.
    public init?(name: String) {
        let name = name.lowercased()
        if name == "default" {
            self = .terminalDefault
        } else if let index = ThemeColor.ansiNames.firstIndex(of: name) {
            self = .index(UInt8(index))
        } else if name == "grey" || name == "gray" {
            self = .index(8)
        } else if name.count == 7, name.hasPrefix("#"), let rgb = UInt32(name.dropFirst(), radix: 16) {
            self = .index(
                ThemeColor.nearestPaletteIndex(red: Int(rgb >> 16), green: Int(rgb >> 8 & 0xFF), blue: Int(rgb & 0xFF)))
        } else {
            return nil
        }
    }

    /// The colour as a theme file would write it.
    public var description: String {
        switch self {
        case .terminalDefault: "default"
        case .index(let index) where index < 16: ThemeColor.ansiNames[Int(index)]
        case .index(let index): "\(index)"
        }
    }

    /// The red, green and blue of a palette index, as xterm draws it.
    public static func rgb(ofIndex index: UInt8) -> (red: Int, green: Int, blue: Int) {
        let index = Int(index)
        switch index {
        case 0..<16:
            let basic = [
                (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
                (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
                (255, 0, 255), (0, 255, 255), (255, 255, 255),
            ]
            return basic[index]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
        default:
            let grey = 8 + 10 * (index - 232)
            return (grey, grey, grey)
        }
    }

    /// The palette index closest to an RGB colour, from the colour cube and the grey ramp (the first 16
    /// are left out: terminals let users redefine them).
    public static func nearestPaletteIndex(red: Int, green: Int, blue: Int) -> UInt8 {
        let candidates = (16...255).map { UInt8($0) }
        return candidates.min {
            distance(rgb(ofIndex: $0), (red, green, blue)) < distance(rgb(ofIndex: $1), (red, green, blue))
        }!
    }

    /// The "redmean" weighted distance, closer to what eyes see than plain RGB distance.
    static func distance(_ a: (red: Int, green: Int, blue: Int), _ b: (Int, Int, Int)) -> Int {
        let meanRed = (a.red + b.0) / 2
        let dr = a.red - b.0
        let dg = a.green - b.1
        let db = a.blue - b.2
        return (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
    }
}
