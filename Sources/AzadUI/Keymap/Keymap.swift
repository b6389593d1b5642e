import AzadCore

/// Which key runs which operation: the defaults from `Operation`, with the configuration's bindings
/// over them. A key runs at most one operation in each context (`Operation.Context`), so one key may
/// run different operations in different contexts (Enter opens in the list and keeps the results at
/// the search prompt).
public struct Keymap: Sendable, Hashable {
    /// A binding the configuration file got wrong.
    public struct BindingError: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
        /// The operation whose binding is wrong, when the error is about one.
        public var operation: String?

        /// The description as the catalogs hold it, with its values: what the configuration's
        /// error translates. Nil for a description the catalogs do not hold.
        public var template: String?
        public var values: [String: String] = [:]

        public init(description: String, operation: String? = nil) {
            self.description = description
            self.operation = operation
        }

        /// An error whose description is `template` (marked with `Translation.noop`) with `values`.
        public init(template: String, values: [String: String], operation: String?) {
            self.init(description: Translation.english.tr(template, values: values), operation: operation)
            self.template = template
            self.values = values
        }
    }

    private var keysByOperation: [Operation: [Key]]
    /// Per context, the operation each key runs there.
    private var operations: [Operation.Context: [Key: Operation]]

    /// The default keys.
    public init() {
        keysByOperation = [:]
        for operation in Operation.allCases { keysByOperation[operation] = operation.defaultKeys }
        operations = [:]
        index()
    }

    /// The default keys with `bindings` (operation name → key names, as the configuration stores them)
    /// over them: a rebound operation loses its default keys. A key that would then run two
    /// operations in a context they share is an error naming the rebound operation (`BindingError.operation`),
    /// whether the other one has the key by default or by a binding.
    public init(bindings: [String: [String]]) throws(BindingError) {
        self.init()
        var claimed: [Key: [Operation]] = [:]
        for name in bindings.keys.sorted() {
            guard let operation = Operation(rawValue: name) else {
                let known = Operation.allCases.map(\.rawValue).joined(separator: ", ")
                throw BindingError(
                    template: Translation.noop("unknown operation \"{name}\" in [keys] (known: {known})"),
                    values: ["name": name, "known": known], operation: name)
            }
            var keys: [Key] = []
            for text in bindings[name] ?? [] {
                guard let key = Key(parsing: text) else {
                    throw BindingError(
                        template: Translation.noop(
                            "\"{text}\" for {name} is not a key (a character, Space, Enter, Tab, Esc, Up, Down, Left, Right, PgUp, PgDn, Home, End, Backspace, Delete, M-Backspace, C-x or F1…F12)"
                        ), values: ["text": text, "name": name], operation: name)
                }
                // At the search prompt a printable character types itself: an operation that works
                // only there could never run from one.
                if operation.contexts == [.prompt], case .character = key {
                    throw BindingError(
                        template: Translation.noop(
                            "{key} for {name} types itself at the search prompt, the only place {name} works: bind a key that is not a character (C-x, Backspace, F1…F12, …)"
                        ), values: ["key": key.description, "name": name], operation: name)
                }
                // Two rebound operations may not claim the same key where both are valid.
                if let other = claimed[key]?.first(where: {
                    $0 != operation && !$0.contexts.isDisjoint(with: operation.contexts)
                }) {
                    throw BindingError(
                        template: Translation.noop("{key} is bound to both {other} and {operation}"),
                        values: ["key": key.description, "other": other.rawValue, "operation": operation.rawValue],
                        operation: operation.rawValue)
                }
                claimed[key, default: []].append(operation)
                keys.append(key)
            }
            guard !keys.isEmpty else {
                throw BindingError(
                    template: Translation.noop("no keys for {name} in [keys]"), values: ["name": name], operation: name)
            }
            keysByOperation[operation] = keys
        }
        try checkClashes(rebound: bindings.keys.sorted().compactMap(Operation.init(rawValue:)))
        index()
    }

    /// Throws for the first key of a `rebound` operation that another operation also runs in a context
    /// both are valid in: with its default keys (`[keys] quit = "j"` against `down`) or its own binding.
    private func checkClashes(rebound: [Operation]) throws(BindingError) {
        for operation in rebound {
            for key in keysByOperation[operation] ?? [] {
                let other = Operation.allCases.first {
                    $0 != operation && !$0.contexts.isDisjoint(with: operation.contexts)
                        && (keysByOperation[$0] ?? []).contains(key)
                }
                guard let other else { continue }
                let template =
                    rebound.contains(other)
                    ? Translation.noop("{key} is bound to both {other} and {operation}")
                    : Translation.noop(
                        "{key} is bound to both {other} (its default key; rebind {other} too) and {operation}")
                throw BindingError(
                    template: template,
                    values: ["key": key.description, "other": other.rawValue, "operation": operation.rawValue],
                    operation: operation.rawValue)
            }
        }
    }

    /// Builds the per-context lookup from `keysByOperation`.
    private mutating func index() {
        operations = [:]
        for operation in Operation.allCases {
            for key in keysByOperation[operation] ?? [] {
                for context in operation.contexts { operations[context, default: [:]][key] = operation }
            }
        }
    }

    /// The operation `key` runs in the first context (in `Operation.Context` order) where it runs one.
    public func operation(for key: Key) -> Operation? {
        Operation.Context.allCases.lazy.compactMap { operations[$0]?[key] }.first
    }

    /// The operation `key` runs in `context`: none when no operation valid there has it, and none
    /// for a printable character at the search prompt, where it types itself.
    public func operation(for key: Key, in context: Operation.Context) -> Operation? {
        if context == .prompt, case .character = key { return nil }
        return operations[context]?[key]
    }

    /// The keys that run `operation`, in the order they were bound.
    public func keys(for operation: Operation) -> [Key] { keysByOperation[operation] ?? [] }

    /// The keys as the help screen shows them: `j, Down`.
    public func keyNames(for operation: Operation) -> String {
        keys(for: operation).map(\.description).joined(separator: ", ")
    }
}
