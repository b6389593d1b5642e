/// A look as an SGR sequence (`ESC [ … m`), for what the reader writes past curses (OSC 8 links).
extension TerminalStyle {
    /// `ESC [ 0 ; … m`: attributes reset, then this look's; colours the terminal lacks (at or above
    /// `colors`, or any when it has none) are the terminal's default.
    public func sgr(colors: Int) -> String {
        var codes = ["0"]
        if bold { codes.append("1") }
        if dim { codes.append("2") }
        if italic { codes.append("3") }
        if underline { codes.append("4") }
        if reverse { codes.append("7") }
        func colour(_ number: Int16, base: Int, bright: Int, extended: Int) {
            guard number >= 0, Int(number) < colors else { return }
            switch number {
            case 0..<8: codes.append(String(base + Int(number)))
            case 8..<16: codes.append(String(bright + Int(number) - 8))
            default: codes.append("\(extended);5;\(number)")
            }
        }
        colour(foreground, base: 30, bright: 90, extended: 38)
        colour(background, base: 40, bright: 100, extended: 48)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}
