import TOMLKit

/// Reads typed values out of parsed TOML, with errors that name the file, line and key.
struct TOMLReader {
    var source: ConfigSource

    /// An error about the key at `path`.
    func error(_ path: [String], _ message: String) -> ConfigError {
        var line = source.line(of: path)
        var prefix = path
        // An inline table's keys are not on lines of their own: fall back to the enclosing key's line.
        while line == nil, prefix.count > 1 {
            prefix.removeLast()
            line = source.line(of: prefix)
        }
        return ConfigError(
            file: source.file, line: line, key: path.map(TOMLText.key).joined(separator: "."), message: message)
    }

    /// An error about the key at `path` whose message is `template` (marked with
    /// `Translation.noop`) with `values` filled in, so that it can be shown translated.
    func error(
        _ path: [String], template: String, _ values: [String: String] = [:], choices: [String: [String]] = [:]
    ) -> ConfigError {
        let english = error(path, "")
        var values = values
        // A number with a fraction is shown as a message of its own, its number a value of it.
        if let found = values["found"], found.hasPrefix(Self.numberPrefix) {
            values["found"] = Translation.noop("the number {number}")
            values["number"] = String(found.dropFirst(Self.numberPrefix.count))
        }
        return ConfigError(
            file: english.file, line: english.line, key: english.key, template: template, values: values,
            choices: choices, phrases: values.keys.contains("found") ? ["found"] : [])
    }

    func string(_ value: any TOMLValueConvertible, _ path: [String]) throws(ConfigError) -> String {
        guard let string = value.string else {
            throw error(path, template: Translation.noop("expected a string, found {found}"), ["found": show(value)])
        }
        return string
    }

    /// A string, or an array of strings.
    func strings(_ value: any TOMLValueConvertible, _ path: [String]) throws(ConfigError) -> [String] {
        if let string = value.string { return [string] }
        guard let array = value.array else {
            throw error(
                path, template: Translation.noop("expected a string or an array of strings, found {found}"),
                ["found": show(value)])
        }
        var result: [String] = []
        for element in array {
            guard let string = element.string else {
                throw error(
                    path, template: Translation.noop("expected an array of strings, found {found} in it"),
                    ["found": show(element)])
            }
            result.append(string)
        }
        return result
    }

    func bool(_ value: any TOMLValueConvertible, _ path: [String]) throws(ConfigError) -> Bool {
        guard let bool = value.bool else {
            throw error(
                path, template: Translation.noop("expected true or false, found {found}"), ["found": show(value)])
        }
        return bool
    }

    func int(_ value: any TOMLValueConvertible, _ path: [String]) throws(ConfigError) -> Int {
        guard let int = value.int else {
            throw error(
                path, template: Translation.noop("expected a whole number, found {found}"), ["found": show(value)])
        }
        return int
    }

    /// One of an enumeration's raw values.
    func choice<Choice: RawRepresentable & CaseIterable>(_ value: any TOMLValueConvertible, _ path: [String])
        throws(ConfigError) -> Choice where Choice.RawValue == String
    {
        guard let string = value.string, let choice = Choice(rawValue: string) else {
            throw error(
                path, template: Translation.noop("expected {expected}, found {found}"), ["found": show(value)],
                choices: ["expected": Choice.allCases.map { "\"\($0.rawValue)\"" }])
        }
        return choice
    }

    /// How `show` begins a number with a fraction (`the number 2.5`).
    private static let numberPrefix = "the number "

    /// A value as an error message shows it: strings quoted, other kinds named (the names are
    /// catalog messages, translated where the error is shown; a string or number the catalogs lack
    /// stays as it is).
    func show(_ value: any TOMLValueConvertible) -> String {
        switch value.type {
        case .string: TOMLText.string(value.string ?? "")
        case .int: "\(value.int ?? 0)"
        case .bool: "\(value.bool ?? false)"
        case .double: Self.numberPrefix + "\(value.double ?? 0)"
        case .array: Translation.noop("an array")
        case .table: Translation.noop("a table")
        case .date, .time, .dateTime: Translation.noop("a date or time")
        }
    }
}
