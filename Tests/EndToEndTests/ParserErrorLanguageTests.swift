import Foundation
import Testing

/// swift-argument-parser's messages about a wrong command line, in Dari and Pashto: every form it
/// writes for azad's commands, the option or value as the person typed it inside the language's
/// quotes, status 2; in English the parser's own words, unchanged.
@Suite struct ParserErrorLanguageTests {
    /// One wrong command line: its arguments, the parser's English message for it (as azad prints
    /// it: the first line, no closing full stop), and what the person typed that every language shows
    /// in its quotes (after `Sanitizer.singleLine`).
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var english: String
        var typed: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(
            arguments: ["search", "x", "--foo"], english: "Unknown option '--foo'. Did you mean '--feed'?",
            typed: ["--foo", "--feed"]),
        Case(arguments: ["search", "x", "--بیدی"], english: "Unknown option '--بیدی'", typed: ["--بیدی"]),
        Case(
            arguments: ["search", "x", "--limt", "3"],
            english: "Unknown option '--limt'. Did you mean '--limit'?", typed: ["--limt", "--limit"]),
        Case(arguments: ["list", "-z"], english: "Unknown option '-z'", typed: ["-z"]),
        Case(
            arguments: ["search", "x", "--limit"], english: "Missing value for '--limit <limit>'",
            typed: ["--limit <limit>"]),
        Case(
            arguments: ["search", "x", "--json=بلی"],
            english: "The option '--json' does not take any value, but 'بلی' was specified",
            typed: ["--json", "بلی"]),
        Case(
            arguments: ["search", "x", "--json=🙂"],
            english: "The option '--json' does not take any value, but '🙂' was specified", typed: ["--json", "🙂"]),
        Case(arguments: ["list", "ښه"], english: "Unexpected argument 'ښه'", typed: ["ښه"]),
        Case(
            arguments: ["list", "e\u{301}", "新闻", "🙂"], english: "3 unexpected arguments: 'e\u{301}', '新闻', '🙂'",
            typed: ["e\u{301}", "新闻", "🙂"]),
        Case(arguments: ["search"], english: "Missing expected argument '<query> ...'", typed: ["<query> ..."]),
        Case(arguments: ["show"], english: "Missing expected argument '<article>'", typed: ["<article>"]),
        Case(
            arguments: ["search", "x", "--bidi", "پښتو"],
            english:
                "The value 'پښتو' is invalid for '--bidi <bidi>'. Please provide one of 'visual', 'logical', 'terminal' or 'auto'",
            typed: ["پښتو", "--bidi <bidi>", "visual", "logical", "terminal", "auto"]),
        Case(
            arguments: ["search", "x", "--bidi", "a\u{1B}[31mb\u{7}"],
            english:
                "The value 'a␛b␇' is invalid for '--bidi <bidi>'. Please provide one of 'visual', 'logical', 'terminal' or 'auto'",
            typed: ["a␛b␇", "--bidi <bidi>"]),
        Case(
            arguments: ["search", "x", "--limit", "十"], english: "The value '十' is invalid for '--limit <limit>'",
            typed: ["十", "--limit <limit>"]),
        Case(
            arguments: ["search", "x", "--limit", "a\nb"], english: "The value 'a",
            typed: ["a b", "--limit <limit>"]),
        Case(arguments: ["search", "x", "---q"], english: "Invalid option: ---q", typed: ["---q"]),
        Case(
            arguments: ["--generate-completion-script", "tcsh"],
            english: "Can't generate completion scripts for 'tcsh'",
            typed: ["tcsh"]),
    ]

    /// The parser's English words: none may be left in a translated message.
    static let parserWords = [
        "Unknown option", "Did you mean", "Missing value", "does not take any value", "was specified",
        "Unexpected argument", "unexpected arguments", "Missing expected argument", "The value", "is invalid",
        "Please provide", "Invalid option", "completion scripts", "Please use", "Missing one of", "(see ",
    ]

    static func run(_ arguments: [String], language: String) throws -> AzadProcess.Result {
        let folder = ScratchFolder()
        return try AzadProcess.run(
            // First, and in one word: `--limit` would take a next word as its value.
            ["--ui-language=\(language)"] + arguments,
            environment: ["LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": folder.url.path])
    }

    /// A wrong choice said whole: the language's quotes around what was typed, its list and its
    /// "or", chosen by `--ui-language` (after the arguments) or by the locale.
    @Test(
        "a wrong choice, word for word",
        arguments: [
            (
                ["--ui-language", "fa"], [:],
                "azad: مقدار «off» برای «--bidi <bidi>» نامعتبر است؛ یکی از این‌ها را بدهید: «visual»، «logical»، «terminal» یا «auto» (نگاه کنید به azad search --help)\n"
            ),
            (
                [], ["LC_ALL": "ps_AF.UTF-8"],
                "azad: ارزښت «off» د «--bidi <bidi>» لپاره ناسم دی؛ له دغو یو ورکړئ: «visual»، «logical»، «terminal» یا «auto» (azad search --help وګورئ)\n"
            ),
            (
                ["--ui-language", "en"], ["LC_ALL": "fa_AF.UTF-8"],
                "azad: The value 'off' is invalid for '--bidi <bidi>'. Please provide one of 'visual', 'logical', 'terminal' or 'auto' (see azad search --help)\n"
            ),
        ] as [([String], [String: String], String)])
    func wrongChoice(choice: [String], environment: [String: String], expected: String) throws {
        let folder = ScratchFolder()
        var environment = environment
        environment["LC_ALL"] = environment["LC_ALL"] ?? "C.UTF-8"
        environment["XDG_CONFIG_HOME"] = folder.url.path
        let result = try AzadProcess.run(["search", "x", "--bidi", "off"] + choice, environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr == expected, "\(result.stderr)")
    }

    @Test("English is the parser's own message", arguments: cases)
    func english(_ example: Case) throws {
        let result = try Self.run(example.arguments, language: "en")
        let command = example.arguments.first.map { $0.hasPrefix("-") ? "azad" : "azad \($0)" } ?? "azad"
        #expect(result.status == 2)
        #expect(result.stderr == "azad: \(example.english) (see \(command) --help)\n", "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(
        "Dari and Pashto say every form in their words",
        arguments: cases, [("fa", "نگاه کنید به"), ("ps", "وګورئ")])
    func translated(_ example: Case, language: (code: String, see: String)) throws {
        let result = try Self.run(example.arguments, language: language.code)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let line = result.stderr
        #expect(line.hasPrefix("azad: ") && line.hasSuffix(")\n") && line.contains(language.see), "\(line)")
        #expect(line.filter { $0 == "\n" }.count == 1, "\(line)")
        for word in Self.parserWords {
            #expect(!line.contains(word), "“\(word)” left in \(line)")
        }
        #expect(line.firstMatch(of: HelpLanguageTests.englishProse) == nil, "\(line)")
        for typed in example.typed {
            #expect(line.contains("«\(typed)»"), "«\(typed)» not in \(line)")
        }
        // Controls reach the terminal as placeholders, never as themselves.
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F }, "\(line)")
    }
}
