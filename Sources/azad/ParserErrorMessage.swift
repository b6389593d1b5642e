import AzadCore

/// One of swift-argument-parser's messages about a wrong command line, read back from its English
/// words so that it can be said in the interface's language.
///
/// The parser's errors are internal to it: its message is all azad can read. Each form is matched
/// whole, and a reading counts only when saying it again in English gives the parser's exact words
/// back; any other message (azad's own `ValidationError`s, a phrasing a later parser brings) stays
/// as the parser wrote it. Options, values and arguments stay as typed, inside the language's quotes.
enum ParserErrorMessage: Equatable {
    /// `Unknown option '--foo'`, perhaps `. Did you mean '--for'?`.
    case unknownOption(String, suggestion: String?)
    /// `Unknown option '-xy'` then `or: Missing value for '-x <x>' in '-xy'`.
    case unknownOrMissingValue(String, suggestion: String?, missing: String, within: String)
    /// `Missing value for '--bidi <bidi>'`.
    case missingValue(String)
    /// `The option '--json' does not take any value, but 'x' was specified`.
    case valueNotTaken(option: String, value: String)
    /// `Unexpected argument 'x'`; `2 unexpected arguments: 'x', 'y'`.
    case unexpectedArguments([String])
    /// `Missing expected argument '<query>'`.
    case missingArgument(String)
    /// `Missing one of: '<a>', '<b>'`.
    case missingOneOf([String])
    /// `The value 'off' is invalid for '--bidi <bidi>'`, and why.
    case invalidValue(String, option: String, why: Why)
    /// `Invalid option: ---x`.
    case invalidOption(String)
    /// `Value to be set with flag '--b' had already been set with flag '--a'`.
    case setTwice(Flag, before: Flag)
    /// `Missing required subcommand`.
    case missingSubcommand
    /// `Can't generate completion scripts for 'tcsh'`, then the shells there are.
    case unsupportedShell(String?, shells: [String])

    /// What follows a value the parser could not read.
    enum Why: Equatable {
        /// Nothing: `--limit` is a whole number, `x` is not.
        case none
        /// `. Please provide one of 'a', 'b' or 'c'` (or the parser's bulleted list for six or more).
        case choices([String], bulleted: Bool)
        /// `: REASON`, the error the value's own reader threw, as it said it.
        case reason(String)
    }

    /// A flag as the parser names it: `'--json'`, or one letter in a group, `'v' in '-vx'`.
    struct Flag: Equatable {
        var name: String
        var group: String?
    }

    /// `message` (the parser's whole message, every line of it) in `t`'s language, or nil when it
    /// is not one of the parser's forms.
    static func translated(_ message: String, _ t: Translation) -> String? {
        guard let form = ParserErrorMessage(message), form.text(in: .english) == normalised(message) else { return nil }
        return form.text(in: t)
    }

    /// The message without its closing full stop, which `(see … --help)` follows.
    static func normalised(_ message: String) -> String {
        message.hasSuffix(".") ? String(message.dropLast()) : message
    }

    /// The form `message` is written in, its options and values read out of it.
    init?(_ message: String) {
        let text = Self.normalised(message)
        if let form = Self.readOption(text) ?? Self.readValue(text) ?? Self.readArguments(text) ?? Self.readOther(text)
        {
            self = form
        } else {
            return nil
        }
    }

    private static func readOption(_ text: String) -> Self? {
        let suggested = #/(?s)Unknown option '(.*?)'(?:\. Did you mean '([^']*)'\?)?/#
        let composite = #/(?s)(.*)\n   or: Missing value for '([^']*)' in '(.*)'/#
        if let match = try? composite.wholeMatch(in: text),
            let first = try? suggested.wholeMatch(in: String(match.1))
        {
            return .unknownOrMissingValue(
                String(first.1), suggestion: first.2.map(String.init), missing: String(match.2),
                within: String(match.3))
        }
        guard let match = try? suggested.wholeMatch(in: text) else { return nil }
        return .unknownOption(String(match.1), suggestion: match.2.map(String.init))
    }

    private static func readValue(_ text: String) -> Self? {
        if let match = try? #/(?s)Missing value for '(.*)'/#.wholeMatch(in: text) {
            return .missingValue(String(match.1))
        }
        if let match = try? #/(?s)The option '([^']*)' does not take any value, but '(.*)' was specified/#.wholeMatch(
            in: text)
        {
            return .valueNotTaken(option: String(match.1), value: String(match.2))
        }
        let invalid = #/(?s)The value '(.*?)' is invalid for '([^']*)'(.*)/#
        guard let match = try? invalid.wholeMatch(in: text) else { return nil }
        let rest = String(match.3)
        let why: Why
        if rest.isEmpty {
            why = .none
        } else if rest.hasPrefix(": ") {
            why = .reason(String(rest.dropFirst(2)))
        } else if rest.hasPrefix(". Please provide one of the following:\n") {
            let lines = rest.dropFirst(". Please provide one of the following:\n".count).split(
                separator: "\n", omittingEmptySubsequences: false)
            guard lines.allSatisfy({ $0.hasPrefix("  - ") }) else { return nil }
            why = .choices(lines.map { String($0.dropFirst(4)) }, bulleted: true)
        } else if rest.hasPrefix(". Please provide one of "), let list = quotedList(rest.dropFirst(24)) {
            why = .choices(list, bulleted: false)
        } else {
            return nil
        }
        return .invalidValue(String(match.1), option: String(match.2), why: why)
    }

    private static func readArguments(_ text: String) -> Self? {
        if let match = try? #/(?s)Unexpected argument '(.*)'/#.wholeMatch(in: text) {
            return .unexpectedArguments([String(match.1)])
        }
        if let match = try? #/(?s)([0-9]+) unexpected arguments: '(.*)'/#.wholeMatch(in: text) {
            let values = match.2.components(separatedBy: "', '")
            // An argument holding `', '` would split wrongly: the count tells.
            guard values.count == Int(match.1) else { return nil }
            return .unexpectedArguments(values)
        }
        if let match = try? #/(?s)Missing expected argument '(.*)'/#.wholeMatch(in: text) {
            return .missingArgument(String(match.1))
        }
        if let match = try? #/(?s)Missing one of: '(.*)'/#.wholeMatch(in: text) {
            return .missingOneOf(match.1.components(separatedBy: "', '"))
        }
        return nil
    }

    private static func readOther(_ text: String) -> Self? {
        if let match = try? #/(?s)Invalid option: (.*)/#.wholeMatch(in: text) {
            return .invalidOption(String(match.1))
        }
        let flag = #/flag '(.*?)'(?: in '(.*)')?/#
        if let match = try? #/(?s)Value to be set with (flag .*) had already been set with (flag .*)/#.wholeMatch(
            in: text),
            let second = try? flag.wholeMatch(in: String(match.1)),
            let first = try? flag.wholeMatch(in: String(match.2))
        {
            return .setTwice(
                Flag(name: String(second.1), group: second.2.map(String.init)),
                before: Flag(name: String(first.1), group: first.2.map(String.init)))
        }
        if text == "Missing required subcommand" { return .missingSubcommand }
        let shells =
            #/(?s)(?:Can't generate completion scripts for '(.*)'|Can't autodetect a supported shell)\.\nPlease use --generate-completion-script=<shell> with one of:\n    (.*)/#
        if let match = try? shells.wholeMatch(in: text) {
            return .unsupportedShell(
                match.1.map(String.init), shells: match.2.split(separator: " ").map(String.init))
        }
        return nil
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b' or 'c'`: the parser's list of a value's choices.
    private static func quotedList(_ text: Substring) -> [String]? {
        guard text.hasPrefix("'"), text.hasSuffix("'"), text.count >= 2 else { return nil }
        let inner = String(text.dropFirst().dropLast())
        for separator in ["' or '", "' and '"] {
            guard let range = inner.range(of: separator, options: .backwards) else { continue }
            return inner[..<range.lowerBound].components(separatedBy: "', '") + [String(inner[range.upperBound...])]
        }
        return [inner]
    }
}
