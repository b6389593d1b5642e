import Foundation

/// A key the reader reacts to, independent of how ncurses reports it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
    /// Esc then Backspace, as a terminal sends Alt-Backspace.
    case metaBackspace

    /// Names accepted in configuration files (case-insensitive), besides single characters.
    static let names: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PageUp", .pageUp), ("PgDn", .pageDown), ("PageDown", .pageDown),
        ("Home", .home), ("End", .end), ("Enter", .enter), ("Return", .enter), ("Tab", .tab),
        ("BackTab", .backTab), ("S-Tab", .backTab), ("Esc", .escape), ("Escape", .escape),
        ("Backspace", .backspace), ("Delete", .delete), ("Del", .delete), ("Space", .character(" ")),
        ("M-Backspace", .metaBackspace),
    ]

    /// Parses a key as a configuration file writes it: `j`, `G`, `?`, `Space`, `PgDn`, `C-l`, `F5`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count == 1, let character = trimmed.first {
            guard Key.isBindable(character) else { return nil }
            self = .character(character)
            return
        }
        if let (_, key) = Key.names.first(where: { $0.0.lowercased() == trimmed.lowercased() }) {
            self = key
            return
        }
        let lower = trimmed.lowercased()
        for prefix in ["c-", "ctrl-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter {
                self = .control(letter)
                return
            }
            return nil
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    /// Printable, single-grapheme characters only: a binding to a control character could not be typed.
    static func isBindable(_ character: Character) -> Bool {
        !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            && !character.isWhitespace || character == " "
    }

    /// The name the help screen shows and `azad config` writes back.
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let character): return String(character)
        case .control(let letter): return "C-\(letter)"
        case .function(let number): return "F\(number)"
        default:
            return Key.names.first { $0.1 == self }.map(\.0) ?? "?"
        }
    }
}
