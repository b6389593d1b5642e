/// The rows of the help screen, from the operation table with the keys as bound: what the help
/// view draws and the help screen's scrolling counts.
public enum HelpTable {
    /// One row of the help screen.
    public struct Line: Sendable, Hashable {
        public var keys: String
        public var text: String
        public var isHeading: Bool
        /// Where the operation works, when not wherever articles are browsed (`Operation.contextNote`).
        public var contexts: String = ""
        /// The operation's name in `[keys]` of the configuration; empty for a heading or a mouse action.
        public var name: String = ""
    }

    /// The rows, by group, in the table's order.
    public static func lines(keymap: Keymap) -> [Line] {
        var result: [Line] = []
        for group in Operation.Group.allCases {
            if !result.isEmpty { result.append(Line(keys: "", text: "", isHeading: false)) }
            result.append(Line(keys: "", text: group.rawValue, isHeading: true))
            for operation in Operation.allCases where operation.group == group {
                let keys = keymap.keyNames(for: operation)
                result.append(
                    Line(
                        keys: keys.isEmpty ? "(unbound)" : keys, text: operation.summary, isHeading: false,
                        contexts: operation.contextNote, name: operation.rawValue))
            }
        }
        result.append(Line(keys: "", text: "", isHeading: false))
        result.append(Line(keys: "", text: "Mouse", isHeading: true))
        result.append(Line(keys: "wheel", text: "scroll the list or pane under the pointer", isHeading: false))
        result.append(Line(keys: "click", text: "select an article; focus the pane", isHeading: false))
        result.append(Line(keys: "double-click", text: "open an article", isHeading: false))
        result.append(Line(keys: "drag", text: "select lines in the reading pane for a quote", isHeading: false))
        return result
    }
}
