/// Writing TOML by hand, so that printed files keep a fixed, readable order.
enum TOMLText {
    /// `text` as a TOML basic string: quotes, backslashes and control characters escaped, the rest
    /// (Persian included) as it is.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            // C1 controls too: TOML allows them raw, but a terminal may act on them when `azad config` prints.
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A key, bare when TOML allows it, quoted otherwise.
    static func key(_ key: String) -> String {
        let bare =
            !key.isEmpty && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        return bare ? key : string(key)
    }

    /// `["a", "b"]`.
    static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }

}
