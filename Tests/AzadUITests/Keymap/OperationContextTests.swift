import Testing

@testable import AzadUI

/// Each operation names the contexts it is valid in; the keymap, the help screen and the reader's
/// dispatch read them.
@Suite struct OperationContextTests {
    @Test func everyOperationWorksSomewhereAndEveryContextHasAWayOut() {
        for operation in Operation.allCases { #expect(!operation.contexts.isEmpty, "\(operation)") }
        for context in Operation.Context.allCases {
            let ways = Operation.allCases.filter {
                [.back, .cancelSearch].contains($0) && $0.contexts.contains(context)
            }
            #expect(ways.count == 1, "no way back from \(context)")
            #expect(Operation.redraw.contexts.contains(context), "no redraw in \(context)")
        }
    }

    @Test(arguments: [
        // key, context, the operation it runs there
        (Key.enter, Operation.Context.list, Operation?.some(.open)), (.enter, .prompt, .keepSearch),
        (.enter, .pane, nil), (.escape, .prompt, .cancelSearch), (.escape, .help, .back),
        (.backspace, .prompt, .deleteBackward), (.backspace, .list, nil),
        (.control("u"), .prompt, .clearPrompt), (.control("l"), .help, .redraw), (.control("l"), .prompt, .redraw),
        (.down, .prompt, .historyNext), (.up, .prompt, .historyPrevious), (.down, .list, .down),
        (.character("j"), .prompt, nil), (.character("j"), .raw, .down),
        (.character(" "), .prompt, nil), (.character("}"), .selection, .nextParagraph),
        (.character("}"), .list, .nextParagraph), (.character("o"), .selection, .swapEnds),
        (.character("o"), .pane, .openSource), (.control("z"), .prompt, .suspend),
        (.character("M"), .messages, .messages),
        (.character("y"), .list, nil), (.character("ش"), .prompt, nil), (.character("u"), .selection, nil),
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

    /// Rebinding an operation of the list leaves the prompt's keys as they are, and the other way round.
    @Test func aKeyRunsOneOperationPerContext() throws {
        let keymap = try Keymap(bindings: [
            "open": ["o"], "open-source": ["F9"], "back": ["x"], "keep-search": ["F2", "Enter"],
        ])
        #expect(keymap.operation(for: .enter, in: .list) == nil)
        #expect(keymap.operation(for: .character("o"), in: .list) == .open)
        #expect(keymap.operation(for: .enter, in: .prompt) == .keepSearch)
        #expect(keymap.operation(for: .function(2), in: .prompt) == .keepSearch)
        #expect(keymap.operation(for: .escape, in: .prompt) == .cancelSearch)
        #expect(keymap.operation(for: .character("x"), in: .help) == .back)
        #expect(throws: Keymap.BindingError.self) { try Keymap(bindings: ["open": ["F3"], "toggle-read": ["F3"]]) }
        let shared = try Keymap(bindings: ["open": ["F3"], "clear-prompt": ["F3"]])
        #expect(shared.operation(for: .function(3), in: .list) == .open)
        #expect(shared.operation(for: .function(3), in: .prompt) == .clearPrompt)
    }

    @Test func promptOperationsRebindToKeysThatAreNotCharacters() throws {
        let keymap = try Keymap(bindings: [
            "clear-prompt": ["C-w"], "delete-word": ["M-Backspace"], "delete-backward": ["C-h", "Delete"],
        ])
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
