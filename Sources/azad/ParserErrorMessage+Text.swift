import AzadCore

extension ParserErrorMessage {
    /// The message in `t`'s language, without a closing full stop. In English it is the parser's
    /// own words, which is how a reading is checked.
    func text(in t: Translation) -> String {
        switch self {
        case .unknownOption(let option, let suggestion):
            guard let suggestion else { return t.tr("Unknown option '{option}'", ["option": option]) }
            return t.tr(
                "Unknown option '{option}'. Did you mean '{suggestion}'?", ["option": option, "suggestion": suggestion])
        case .unknownOrMissingValue(let option, let suggestion, let missing, let within):
            return t.tr(
                "{unknown}\n   or: Missing value for '{option}' in '{group}'",
                [
                    "unknown": Self.unknownOption(option, suggestion: suggestion).text(in: t), "option": missing,
                    "group": within,
                ])
        case .missingValue(let option):
            return t.tr("Missing value for '{option}'", ["option": option])
        case .valueNotTaken(let option, let value):
            return t.tr(
                "The option '{option}' does not take any value, but '{value}' was specified",
                ["option": option, "value": value])
        case .unexpectedArguments(let values):
            guard values.count > 1 else { return t.tr("Unexpected argument '{argument}'", ["argument": values[0]]) }
            return t.tr(
                "{count} unexpected arguments: {arguments}",
                ["count": values.count, "arguments": Self.quoted(values, t).joined(separator: t.tr(", "))])
        case .missingArgument(let argument):
            return t.tr("Missing expected argument '{argument}'", ["argument": argument])
        case .missingOneOf(let arguments):
            let list =
                t.language == .en
                ? Self.quoted(arguments, t).joined(separator: ", ") : t.choiceList(Self.quoted(arguments, t))
            return t.tr("Missing one of: {arguments}", ["arguments": list])
        case .invalidValue(let value, let option, let why):
            return Self.invalid(value, option: option, why: why, t)
        case .invalidOption(let option):
            return t.tr("Invalid option: {option}", ["option": option])
        case .setTwice(let flag, let before):
            return t.tr(
                "Value to be set with {flag} had already been set with {previous}",
                ["flag": flag.text(in: t), "previous": before.text(in: t)])
        case .missingSubcommand:
            return t.tr("Missing required subcommand")
        case .unsupportedShell(let shell, let shells):
            let problem =
                shell.map { t.tr("Can't generate completion scripts for '{shell}'", ["shell": $0]) }
                ?? t.tr("Can't autodetect a supported shell")
            guard t.language != .en else {
                // The parser's layout: the shells on a line of their own.
                return problem + ".\nPlease use --generate-completion-script=<shell> with one of:\n    "
                    + shells.joined(separator: " ")
            }
            return t.tr(
                "{problem}; use --generate-completion-script=<shell> with {shells}",
                ["problem": problem, "shells": t.choiceList(shells)])
        }
    }

    /// `The value 'off' is invalid for '--bidi <bidi>'`, and why.
    private static func invalid(_ value: String, option: String, why: Why, _ t: Translation) -> String {
        switch why {
        case .none:
            return t.tr("The value '{value}' is invalid for '{option}'", ["value": value, "option": option])
        case .reason(let reason):
            return t.tr(
                "The value '{value}' is invalid for '{option}': {reason}",
                ["value": value, "option": option, "reason": reason])
        case .choices(let choices, let bulleted):
            if t.language == .en, bulleted {
                // The parser's list of six or more choices, a line each.
                return "The value '\(value)' is invalid for '\(option)'. Please provide one of the following:\n"
                    + choices.map { "  - \($0)" }.joined(separator: "\n")
            }
            return t.tr(
                "The value '{value}' is invalid for '{option}'. Please provide one of {choices}",
                ["value": value, "option": option, "choices": choiceList(choices, t)])
        }
    }

    /// `choices`, quoted, as one of them to pick: the parser's `'a' and 'b'`, `'a', 'b' or 'c'` in
    /// English, the language's list otherwise.
    private static func choiceList(_ choices: [String], _ t: Translation) -> String {
        let quoted = quoted(choices, t)
        guard t.language == .en else { return t.choiceList(quoted) }
        guard quoted.count > 2 else { return quoted.joined(separator: " and ") }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
    }

    /// Each of `values` inside the language's quotes.
    private static func quoted(_ values: [String], _ t: Translation) -> [String] {
        values.map { t.tr("'{value}'", ["value": $0]) }
    }
}

extension ParserErrorMessage.Flag {
    /// `flag '--json'`, `flag 'v' in '-vx'`.
    func text(in t: Translation) -> String {
        guard let group else { return t.tr("flag '{flag}'", ["flag": name]) }
        return t.tr("flag '{flag}' in '{group}'", ["flag": name, "group": group])
    }
}
