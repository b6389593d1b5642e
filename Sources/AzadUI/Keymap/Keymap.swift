/// Which key runs which operation: the defaults from `Operation`, with the configuration's bindings over them.
public struct Keymap: Sendable, Hashable {
    /// A binding the configuration file got wrong.
    public struct BindingError: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    private var operations: [Key: Operation]
    private var keysByOperation: [Operation: [Key]]

    /// The default keys.
    public init() {
        operations = [:]
        keysByOperation = [:]
        for operation in Operation.allCases {
            keysByOperation[operation] = operation.defaultKeys
            for key in operation.defaultKeys { operations[key] = operation }
        }
    }

    /// The default keys with `bindings` (operation name → key names, as the configuration stores them)
    /// over them: a rebound operation loses its default keys, and a key taken by a rebinding leaves the
    /// operation that had it by default.
    public init(bindings: [String: [String]]) throws(BindingError) {
        self.init()
        var claimed: [Key: Operation] = [:]
        for name in bindings.keys.sorted() {
            guard let operation = Operation(rawValue: name) else {
                let known = Operation.allCases.map(\.rawValue).joined(separator: ", ")
                throw BindingError(description: "unknown operation \"\(name)\" in [keys] (known: \(known))")
            }
            var keys: [Key] = []
            for text in bindings[name] ?? [] {
                guard let key = Key(parsing: text) else {
                    throw BindingError(
                        description:
                            "\"\(text)\" for \(name) is not a key (a character, Space, Enter, Tab, Esc, Up, Down, "
                            + "Left, Right, PgUp, PgDn, Home, End, Backspace, Delete, C-x or F1…F12)")
                }
                // At the search prompt a printable character types itself: an operation that works
                // only there could never run from one.
                if operation.contexts == [.prompt], case .character = key {
                    throw BindingError(
                        description:
                            "\(key) for \(name) types itself at the search prompt, the only place \(name) works: "
                            + "bind a key that is not a character (C-x, Backspace, F1…F12, …)")
                }
                // Two rebound operations may not claim the same key.
                if let other = claimed[key], other != operation {
                    throw BindingError(
                        description: "\(key) is bound to both \(other.rawValue) and \(operation.rawValue)")
                }
                claimed[key] = operation
                keys.append(key)
            }
            guard !keys.isEmpty else { throw BindingError(description: "no keys for \(name) in [keys]") }
            bind(operation, to: keys)
        }
    }

    private mutating func bind(_ operation: Operation, to keys: [Key]) {
        for old in keysByOperation[operation] ?? [] where operations[old] == operation {
            operations[old] = nil
        }
        for key in keys {
            if let previous = operations[key] {
                keysByOperation[previous]?.removeAll { $0 == key }
            }
            operations[key] = operation
        }
        keysByOperation[operation] = keys
    }

    /// The operation `key` is bound to, if any, wherever it is valid.
    public func operation(for key: Key) -> Operation? { operations[key] }

    /// The operation `key` runs in `context`: none when its operation is not valid there, and none
    /// for a printable character at the search prompt, where it types itself.
    public func operation(for key: Key, in context: Operation.Context) -> Operation? {
        if context == .prompt, case .character = key { return nil }
        guard let operation = operations[key], operation.contexts.contains(context) else { return nil }
        return operation
    }

    /// The keys that run `operation`, in the order they were bound.
    public func keys(for operation: Operation) -> [Key] { keysByOperation[operation] ?? [] }

    /// The keys as the help screen shows them: `j, Down`.
    public func keyNames(for operation: Operation) -> String {
        keys(for: operation).map(\.description).joined(separator: ", ")
    }
}
