import Testing

@testable import AzadUI

/// A key that would run two operations where both are valid is an error, for every operation:
/// whether the other operation has the key by default or by its own binding.
@Suite struct KeyClashTests {
    /// Every operation, with a default key of another operation valid in a context it shares.
    static let clashes: [(operation: Operation, key: Key, other: Operation)] = Operation.allCases.compactMap {
        operation in
        for other in Operation.allCases where other != operation && !other.contexts.isDisjoint(with: operation.contexts)
        {
            for key in other.defaultKeys where !operation.defaultKeys.contains(key) {
                // At the prompt a character types itself: that refusal has its own test.
                if operation.contexts == [.prompt], case .character = key { continue }
                return (operation, key, other)
            }
        }
        return nil
    }

    @Test func everyOperationHasAClashToTry() {
        #expect(Self.clashes.count == Operation.allCases.count)
    }

    @Test(arguments: Self.clashes.map { "\($0.operation.rawValue) \($0.key) \($0.other.rawValue)" })
    func takingAnotherOperationsDefaultKeyIsReported(_ row: String) throws {
        let parts = row.split(separator: " ").map(String.init)
        let (operation, key, other) = (parts[0], parts[1], parts[2])
        #expect {
            try Keymap(bindings: [operation: [key == "Space" ? " " : key]])
        } throws: { error in
            (error as? Keymap.BindingError)?.operation == operation
                && "\(error)".hasPrefix("\(Key(parsing: key)!) is bound to both \(other) ")
                && "\(error)".hasSuffix(" and \(operation)")
        }
    }

    @Test func theDefaultsHaveNoClash() throws {
        // Binding every operation to its own default keys is the default keymap, and no error.
        let bindings = Dictionary(
            uniqueKeysWithValues: Operation.allCases.map { ($0.rawValue, $0.defaultKeys.map(\.description)) })
        #expect(try Keymap(bindings: bindings) == Keymap())
    }

    @Test func quitOnJIsReportedUnlessDownMoves() throws {
        #expect(throws: Keymap.BindingError.self) { try Keymap(bindings: ["quit": ["j"]]) }
        let keymap = try Keymap(bindings: ["quit": ["j"], "down": ["ج", "Down"]])
        #expect(keymap.operation(for: .character("j"), in: .list) == .quit)
        #expect(keymap.operation(for: .character("ج"), in: .list) == .down)
    }
}
