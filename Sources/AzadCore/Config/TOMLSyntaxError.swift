/// A syntax error TOMLKit (toml++) reports, as a `ConfigError` that says it in the interface's
/// language.
///
/// English keeps toml++'s own words (`TOML syntax: Error while parsing array: encountered
/// end-of-file (column 11)`). Its text has a fixed shape, `Error while parsing SCOPE: DETAIL`, with a
/// few dozen scopes and details: the scope and the kinds of detail a person meets are catalog
/// messages; any other detail is said as "malformed here".
enum TOMLSyntaxError {
    /// The error toml++ described as `description` at `line` and `column` of `file`.
    static func configError(_ description: String, file: String, line: Int?, column: Int) -> ConfigError {
        var error = ConfigError(
            file: file, line: line, key: nil, message: "TOML syntax: \(description) (column \(column))")
        var values = ["column": String(column)]
        let prefix = "Error while parsing "
        var scope: String?
        var detail = description
        if description.hasPrefix(prefix), let colon = description.range(of: ": ") {
            scope = String(
                description[description.index(description.startIndex, offsetBy: prefix.count)..<colon.lowerBound])
            detail = String(description[colon.upperBound...])
        }
        let what = scope.flatMap { scopes[$0] }
        if detail.contains("cannot redefine existing"), let name = quotedName(in: detail) {
            error.template = Translation.noop("TOML syntax: {name} is already defined (column {column})")
            values["name"] = name
        } else if detail.contains("end-of-file") || detail.contains("saw EOF"), let what {
            error.template = Translation.noop("TOML syntax: the file ends before the {what} does (column {column})")
            values["what"] = what
        } else if detail.contains("unknown escape sequence") {
            error.template = Translation.noop("TOML syntax: an unknown escape sequence in a string (column {column})")
        } else if detail.contains("control characters") {
            error.template = Translation.noop(
                "TOML syntax: a string without its closing quote, or with a control character (column {column})")
        } else if let what {
            error.template = Translation.noop("TOML syntax: the {what} is malformed here (column {column})")
            values["what"] = what
        } else {
            error.template = Translation.noop("TOML syntax: the TOML is malformed here (column {column})")
        }
        error.values = values
        error.phrases = values["what"] == nil ? [] : ["what"]
        return error
    }

    /// The last `'…'` in `detail` with its quotes: the key or table toml++ names.
    private static func quotedName(in detail: String) -> String? {
        guard detail.hasSuffix("'"), let open = detail.dropLast().lastIndex(of: "'") else { return nil }
        return String(detail[open...])
    }

    /// toml++'s parse scopes, each the catalogs' message for it.
    static let scopes: [String: String] = [
        "array": Translation.noop("array"),
        "boolean": Translation.noop("boolean"),
        "comment": Translation.noop("comment"),
        "date": Translation.noop("date"),
        "date-time": Translation.noop("date-time"),
        "date-time offset": Translation.noop("date-time offset"),
        "time": Translation.noop("time"),
        "floating-point": Translation.noop("floating-point number"),
        "hexadecimal floating-point": Translation.noop("hexadecimal floating-point number"),
        "binary integer": Translation.noop("binary integer"),
        "octal integer": Translation.noop("octal integer"),
        "decimal integer": Translation.noop("decimal integer"),
        "hexadecimal integer": Translation.noop("hexadecimal integer"),
        "inline table": Translation.noop("inline table"),
        "key": Translation.noop("key"),
        "key-value pair": Translation.noop("key-value pair"),
        "string": Translation.noop("string"),
        "literal string": Translation.noop("literal string"),
        "root table": Translation.noop("top level of the file"),
        "table header": Translation.noop("table header"),
        "unicode scalar sequence": Translation.noop("Unicode escape"),
        "value": Translation.noop("value"),
    ]
}
