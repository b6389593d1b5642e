import Testing

@testable import AzadUI

/// Each operation names the contexts it is valid in; the keymap, the help screen and the reader's
/// dispatch read them.
@Suite struct OperationContextTests {
    @Test func everyOperationWorksSomewhereAndEveryContextHasAWayOut() {
        for operation in Operation.allCases { #expect(!operation.contexts.isEmpty, "\(operation)") }
        for context in Operation.Context.allCases {
            #expect(Operation.back.contexts.contains(context), "no way back from \(context)")
            #expect(Operation.redraw.contexts.contains(context), "no redraw in \(context)")
        }
    }

    /// In one context no key runs two operations.
    @Test(arguments: Operation.Context.allCases)
    func noDefaultKeyRunsTwoOperationsInOneContext(context: Operation.Context) {
        var owner: [Key: Operation] = [:]
        for operation in Operation.allCases where operation.contexts.contains(context) {
            for key in operation.defaultKeys {
                #expect(owner[key] == nil, "\(key) runs \(owner[key].map { "\($0)" } ?? "") and \(operation)")
                owner[key] = operation
            }
        }
    }

    @Test(arguments: [
        // key, context, the operation it runs there
        (Key.enter, Operation.Context.list, Operation?.some(.open)), (.enter, .prompt, .open), (.enter, .pane, nil),
        (.escape, .prompt, .back), (.backspace, .prompt, .deleteBackward), (.backspace, .list, nil),
        (.control("u"), .prompt, .clearPrompt), (.control("l"), .help, .redraw), (.control("l"), .prompt, .redraw),
        (.down, .prompt, .down), (.character("j"), .prompt, nil), (.character("j"), .raw, .down),
        (.character(" "), .prompt, nil), (.character("}"), .selection, .nextParagraph),
        (.character("}"), .list, nil), (.character("ش"), .prompt, nil), (.character("u"), .selection, nil),
    ])
    func keysRunTheirOperationOnlyWhereItIsValid(key: Key, context: Operation.Context, operation: Operation?) {
        #expect(Keymap().operation(for: key, in: context) == operation)
    }

    /// An operation that works only at the prompt, bound to a character, could never run: the
    /// prompt types the character.
    @Test(arguments: [
        ("clear-prompt", "x"), ("delete-backward", "ش"), ("clear-prompt", "Space"), ("delete-backward", "ښ"),
        ("clear-prompt", "漢"),
    ])
    func aPromptOperationBoundToACharacterIsReported(operation: String, key: String) {
        #expect {
            try Keymap(bindings: [operation: [key]])
        } throws: { error in
            "\(error)".contains("types itself at the search prompt")
        }
    }

    @Test func promptOperationsRebindToKeysThatAreNotCharacters() throws {
        let keymap = try Keymap(bindings: ["clear-prompt": ["C-w"], "delete-backward": ["C-h", "Delete"]])
        #expect(keymap.operation(for: .control("w"), in: .prompt) == .clearPrompt)
        #expect(keymap.operation(for: .control("h"), in: .prompt) == .deleteBackward)
        #expect(keymap.operation(for: .backspace, in: .prompt) == nil)
    }

    @Test func helpSaysWhereAnOperationWorksWhenNotWhileBrowsing() {
        let lines = HelpTable.lines(keymap: Keymap())
        for operation in Operation.allCases {
            let line = lines.first { $0.text == operation.summary }
            let browsing = operation.contexts.isSuperset(of: [.list, .pane])
            #expect(
                line?.contexts == (browsing ? "" : operation.contexts.sorted().map(\.rawValue).joined(separator: ", ")))
        }
        #expect(lines.first { $0.text == Operation.copyQuote.summary }?.contexts == "selection")
        #expect(lines.first { $0.text == Operation.clearPrompt.summary }?.contexts == "prompt")
    }
}
