import AzadCore
import AzadUI

/// The configuration's `[keys]` against the reader's operation table.
enum KeyBindings {
    /// The keymap `config` asks for; an error names the line of the binding that is wrong (or that
    /// takes a key another operation runs, by default or by its own binding).
    static func keymap(for config: Config) throws(ConfigError) -> Keymap {
        do {
            return try Keymap(bindings: config.keys)
        } catch {
            let operation = error.operation ?? config.keys.keys.sorted().first ?? ""
            var failure = config.keyBindingError(operation: operation, message: error.description)
            failure.template = error.template
            failure.values = error.values
            throw failure
        }
    }

    /// Every operation's keys in `keymap`, as `[keys]` writes them: the table `azad config` prints.
    ///
    /// An operation without keys would be written as `[]`, which does not read back: it is left out
    /// (a keymap read from a configuration always has keys for every operation).
    static func table(of keymap: Keymap) -> [String: [String]] {
        var table: [String: [String]] = [:]
        for operation in Operation.allCases where !keymap.keys(for: operation).isEmpty {
            table[operation.rawValue] = keymap.keys(for: operation).map(\.description)
        }
        return table
    }
}
