import AzadCore
import Testing

@testable import azad

/// Reading swift-argument-parser's messages back: every form its `ErrorMessageGenerator` writes,
/// whole (every line, the closing full stop), said again in English to the letter; in Dari and
/// Pashto without the parser's words; anything else left alone.
@Suite struct ParserErrorMessageTests {
    static let persian = Translation.load(.fa, environment: [:])
    static let pashto = Translation.load(.ps, environment: [:])

    /// The parser's messages, in each form it has, with the values a person may type.
    static let messages = [
        "Unknown option '--foo'",
        "Unknown option '--limt'. Did you mean '--limit'?",
        "Unknown option '-xy'\n   or: Missing value for '-x <x>' in '-xy'",
        "Unknown option '-xy'. Did you mean '--xyz'?\n   or: Missing value for '-x <x>' in '-xy'",
        "Missing value for '--limit <limit>'",
        "Missing value for '--json'",
        "The option '--json' does not take any value, but 'نه' was specified.",
        "Unexpected argument '新闻'",
        "2 unexpected arguments: '🙂', 'e\u{301}'",
        "Missing expected argument '<query> ...'",
        "Missing one of: '--a', '--b', '<file>'",
        "The value 'x' is invalid for '--limit <limit>'",
        "The value 'x' is invalid for '<span>'",
        "The value 'x' is invalid for '--paragraph <paragraph>': --paragraph ۳-x.",
        "The value 'x' is invalid for '--two <two>'. Please provide one of 'a' and 'b'.",
        "The value 'x' is invalid for '--one <one>'. Please provide one of 'a'.",
        "The value 'پښتو' is invalid for '--bidi <bidi>'. Please provide one of 'visual', 'logical', 'terminal' or 'auto'.",
        "The value 'x' is invalid for '--many <many>'. Please provide one of the following:\n  - a\n  - b\n  - c\n  - d\n  - e\n  - f",
        "Invalid option: ---x",
        "Invalid option: -+",
        "Value to be set with flag '--b' had already been set with flag '--a'",
        "Value to be set with flag 'v' in '-vq' had already been set with flag '--verbose'",
        "Missing required subcommand.",
        "Can't generate completion scripts for 'tcsh'.\nPlease use --generate-completion-script=<shell> with one of:\n    zsh bash fish",
        "Can't autodetect a supported shell.\nPlease use --generate-completion-script=<shell> with one of:\n    zsh bash fish",
    ]

    @Test("every form is read and said again as the parser says it", arguments: messages)
    func readBack(_ message: String) throws {
        let form = try #require(ParserErrorMessage(message))
        #expect(form.text(in: .english) == ParserErrorMessage.normalised(message))
        #expect(ParserErrorMessage.translated(message, .english) == ParserErrorMessage.normalised(message))
    }

    @Test("every form in Dari and Pashto, none of the parser's words left", arguments: messages)
    func translated(_ message: String) throws {
        for t in [Self.persian, Self.pashto] {
            let text = try #require(ParserErrorMessage.translated(message, t))
            #expect(text.firstMatch(of: HelpLanguageTests.englishProse) == nil, "\(text)")
            for word in ParserErrorLanguageTests.parserWords {
                #expect(!text.contains(word), "“\(word)” left in \(text)")
            }
        }
    }

    @Test(
        "the parts read out of a message",
        arguments: [
            ("Unexpected argument 'a', 'b'", ParserErrorMessage.unexpectedArguments(["a', 'b"])),
            ("2 unexpected arguments: 'a', 'b'", .unexpectedArguments(["a", "b"])),
            (
                "Unknown option '-xy'\n   or: Missing value for '-x <x>' in '-xy'",
                .unknownOrMissingValue("-xy", suggestion: nil, missing: "-x <x>", within: "-xy")
            ),
            (
                "The value 'it's' is invalid for '--bidi <bidi>'. Please provide one of 'a', 'b' or 'c'.",
                .invalidValue("it's", option: "--bidi <bidi>", why: .choices(["a", "b", "c"], bulleted: false))
            ),
            (
                "The value 'x' is invalid for '--p <p>': it isn't 'y'.",
                .invalidValue("x", option: "--p <p>", why: .reason("it isn't 'y'"))
            ),
            (
                "Value to be set with flag 'v' in '-vq' had already been set with flag '--verbose'",
                .setTwice(.init(name: "v", group: "-vq"), before: .init(name: "--verbose", group: nil))
            ),
        ] as [(String, ParserErrorMessage)])
    func parts(message: String, form: ParserErrorMessage) {
        #expect(ParserErrorMessage(message) == form)
    }

    /// Choices in the language's own list: its quotes, its comma and its "or".
    @Test func choicesInTheLanguagesList() throws {
        let message =
            "The value 'x' is invalid for '--bidi <bidi>'. Please provide one of 'visual', 'logical' or 'auto'."
        let persian = try #require(ParserErrorMessage.translated(message, Self.persian))
        #expect(persian.contains("«visual»، «logical» یا «auto»"), "\(persian)")
        let pashto = try #require(ParserErrorMessage.translated(message, Self.pashto))
        #expect(pashto.contains("«visual»، «logical» یا «auto»"), "\(pashto)")
    }

    @Test(
        "anything else stays as it is",
        arguments: [
            "--width must be from 1 to 200, not 0",
            "unknown language xx; the known ones are fa (Persian)",
            "Internal error. Invalid state while parsing command-line arguments.",
            // The count says three, the list holds two (or an argument held `', '`): not read.
            "3 unexpected arguments: 'a', 'b'",
            // A later parser's phrasing.
            "Unknown option: '--foo'",
            // A value written like a placeholder would be filled in as one: English, never mangled.
            "The value '{option}' is invalid for '--bidi <bidi>'",
            "The value 'x' is invalid for '--bidi <bidi>'. Please choose one of 'a' or 'b'.",
            "",
        ])
    func leftAlone(_ message: String) {
        #expect(ParserErrorMessage.translated(message, Self.persian) == nil)
    }
}
