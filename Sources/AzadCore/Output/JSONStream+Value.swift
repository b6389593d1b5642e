extension JSONStream {
    /// `value` as JSON text, its keys in their given order: two-space indentation when `pretty`, and
    /// the same escapes as every other JSON azad prints (`escaped`); Persian, Pashto and emoji as
    /// they are, in UTF-8.
    public static func encoded(_ value: JSONValue, pretty: Bool = true) -> [UInt8] {
        var output = ""
        write(value, into: &output, pretty: pretty, indent: 0)
        return escaped(Array(output.utf8))
    }

    private static func write(_ value: JSONValue, into output: inout String, pretty: Bool, indent: Int) {
        let newline = pretty ? "\n" : ""
        func pad(_ level: Int) -> String { pretty ? String(repeating: "  ", count: level) : "" }
        switch value {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value): output += String(value)
        case .string(let value): writeString(value, into: &output)
        case .array(let values):
            guard !values.isEmpty else {
                output += "[]"
                return
            }
            output += "[" + newline
            for (index, value) in values.enumerated() {
                output += pad(indent + 1)
                write(value, into: &output, pretty: pretty, indent: indent + 1)
                output += (index + 1 < values.count ? "," : "") + newline
            }
            output += pad(indent) + "]"
        case .object(let pairs):
            guard !pairs.isEmpty else {
                output += "{}"
                return
            }
            output += "{" + newline
            for (index, (key, value)) in pairs.enumerated() {
                output += pad(indent + 1)
                writeString(key, into: &output)
                output += pretty ? ": " : ":"
                write(value, into: &output, pretty: pretty, indent: indent + 1)
                output += (index + 1 < pairs.count ? "," : "") + newline
            }
            output += pad(indent) + "}"
        }
    }

    /// A string with the escapes JSON itself requires (quote, backslash, C0 controls); `escaped`
    /// adds the ones azad requires for terminals.
    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
