/// The key table for README.md, from the same operation table as the help screen.
public enum KeyTable {
    /// A Markdown table of every operation: its config name, default keys and what it does.
    public static func markdown(keymap: Keymap = Keymap()) -> String {
        var lines = ["| keys | operation (config name) | what it does |", "| --- | --- | --- |"]
        for group in Operation.Group.allCases {
            for operation in Operation.allCases where operation.group == group {
                let keys = keymap.keys(for: operation).map { "`\(escape($0.description))`" }.joined(separator: " ")
                lines.append("| \(keys) | `\(operation.rawValue)` | \(escape(operation.summary)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
