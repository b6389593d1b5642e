import AzadCore

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
    ///
    /// Headings, summaries and where an operation works are in `translation`'s language; keys and
    /// the operations' config names stay as the configuration writes them.
    public static func lines(keymap: Keymap, translation t: Translation = .english) -> [Line] {
        var result: [Line] = []
        for group in Operation.Group.allCases {
            if !result.isEmpty { result.append(Line(keys: "", text: "", isHeading: false)) }
            result.append(Line(keys: "", text: t.tr(group.rawValue), isHeading: true))
            for operation in Operation.allCases where operation.group == group {
                let keys = keymap.keyNames(for: operation)
                let contexts = operation.contextNote.isEmpty ? [] : operation.contexts.sorted()
                result.append(
                    Line(
                        keys: keys.isEmpty ? t.tr("(unbound)") : keys, text: t.tr(operation.summary), isHeading: false,
                        contexts: contexts.map { t.tr($0.rawValue) }.joined(separator: t.tr(", ")),
                        name: operation.rawValue))
            }
        }
        result.append(Line(keys: "", text: "", isHeading: false))
        result.append(Line(keys: "", text: t.tr("Mouse"), isHeading: true))
        result.append(
            Line(keys: t.tr("wheel"), text: t.tr("scroll the list or pane under the pointer"), isHeading: false))
        result.append(Line(keys: t.tr("click"), text: t.tr("select an article; focus the pane"), isHeading: false))
        result.append(Line(keys: t.tr("double-click"), text: t.tr("open an article"), isHeading: false))
        result.append(
            Line(keys: t.tr("drag"), text: t.tr("select lines in the reading pane for a quote"), isHeading: false))
        return result
    }

    /// The names of the contexts the help screen says an operation works in, for the catalogs
    /// (`Operation.Context`'s raw values, translated where they are shown).
    static let contextNames = [
        Translation.noop("list"), Translation.noop("pane"), Translation.noop("prompt"), Translation.noop("selection"),
        Translation.noop("help"), Translation.noop("raw"), Translation.noop("messages"),
    ]
}
