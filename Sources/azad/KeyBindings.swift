import AzadCore
import AzadUI

/// The configuration's `[keys]` against the reader's operation table.
enum KeyBindings {
    /// The keymap `config` asks for, checked one operation at a time in name order, so the error names
    /// the line of the binding that is wrong (or that takes a key another one took).
    static func keymap(for config: Config) throws(ConfigError) -> Keymap {
        var checked: [String: [String]] = [:]
        var keymap = Keymap()
        for operation in config.keys.keys.sorted() {
            checked[operation] = config.keys[operation]
            do {
                keymap = try Keymap(bindings: checked)
            } catch {
                throw config.keyBindingError(operation: operation, message: error.description)
            }
        }
        return keymap
    }

    /// Every operation's keys in `keymap`, as `[keys]` writes them: the table `azad config` prints.
    ///
    /// An operation another binding took every key from is left out: written as `[]` it would not
    /// read back, and left out it gets its default keys, which that binding takes again.
    static func table(of keymap: Keymap) -> [String: [String]] {
        var table: [String: [String]] = [:]
        for operation in Operation.allCases where !keymap.keys(for: operation).isEmpty {
            table[operation.rawValue] = keymap.keys(for: operation).map(\.description)
        }
        return table
    }
}
