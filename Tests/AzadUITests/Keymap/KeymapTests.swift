import Testing

@testable import AzadUI

@Suite struct KeymapTests {
    /// A key runs one operation per context: Enter opens in the list and keeps the results at the
    /// prompt, but no context has two operations on one key.
    @Test(arguments: Operation.Context.allCases)
    func noDefaultKeyRunsTwoOperations(in context: Operation.Context) {
        var owner: [Key: Operation] = [:]
        for operation in Operation.allCases {
            #expect(!operation.defaultKeys.isEmpty, "\(operation) has no key")
            guard operation.contexts.contains(context) else { continue }
            for key in operation.defaultKeys {
                #expect(owner[key] == nil, "\(key) bound to \(owner[key].map { "\($0)" } ?? "") and \(operation)")
                owner[key] = operation
            }
        }
    }

    @Test(arguments: [
        ("j", Key.character("j")), ("G", .character("G")), ("?", .character("?")), ("Space", .character(" ")),
        ("pgdn", .pageDown), ("PageUp", .pageUp), ("Esc", .escape), ("Enter", .enter), ("C-l", .control("l")),
        ("ctrl-x", .control("x")), ("F5", .function(5)), ("ش", .character("ش")), ("ښ", .character("ښ")),
        ("é", .character("é")),
    ])
    func parsesKeyNames(_ text: String, _ key: Key) {
        #expect(Key(parsing: text) == key)
    }

    @Test(arguments: ["", "jj", "C-", "C-1", "F13", "\u{7}", "Hyper-x", "\t"])
    func rejectsWhatIsNotAKey(_ text: String) {
        #expect(Key(parsing: text) == nil)
    }

    @Test(arguments: Operation.allCases.flatMap(\.defaultKeys))
    func keyNamesRoundTrip(_ key: Key) {
        #expect(Key(parsing: key.description) == key)
    }

    @Test func rebindingReplacesTheDefaultsAndFreesTheKey() throws {
        let keymap = try Keymap(bindings: ["down": ["e", "Down"], "quit": ["Q"]])
        #expect(keymap.operation(for: .character("e")) == .down)
        #expect(keymap.operation(for: .character("j")) == nil)
        #expect(keymap.operation(for: .character("q")) == nil)
        #expect(keymap.operation(for: .character("Q")) == .quit)
        #expect(keymap.keyNames(for: .down) == "e, Down")
    }

    /// Another operation's default key may be taken only when that operation is rebound too.
    @Test func takingAnotherOperationsDefaultKeyNeedsItRebound() throws {
        #expect {
            try Keymap(bindings: ["help": ["s"]])
        } throws: { error in
            "\(error)" == "s is bound to both toggle-star (its default key; rebind toggle-star too) and help"
                && (error as? Keymap.BindingError)?.operation == "help"
        }
        let keymap = try Keymap(bindings: ["help": ["s"], "toggle-star": ["&"]])
        #expect(keymap.operation(for: .character("s")) == .help)
        #expect(keymap.keys(for: .toggleStar) == [.character("&")])
    }

    @Test(arguments: [
        (["scroll-sideways": ["x"]], "unknown operation"),
        (["down": ["jj"]], "is not a key"),
        (["down": []], "no keys"),
        (["down": ["x"], "up": ["x"]], "bound to both"),
    ])
    func badBindingsAreExplained(_ bindings: [String: [String]], _ message: String) {
        #expect {
            try Keymap(bindings: bindings)
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    @Test func helpShowsReboundKeys() throws {
        let keymap = try Keymap(bindings: ["toggle-masthead": ["F7"]])
        let lines = HelpTable.lines(keymap: keymap)
        #expect(lines.contains { $0.keys == "F7" && $0.text == Operation.toggleMasthead.summary })
        #expect(!lines.contains { $0.keys == "m" })
        for operation in Operation.allCases {
            #expect(lines.contains { $0.text == operation.summary }, "help lacks \(operation)")
        }
    }
}
