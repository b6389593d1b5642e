import Foundation
import Testing

/// `--help` in Dari and Pashto: the commands' texts and ArgumentParser's own words (headings, the
/// `--help` and `--version` lines, defaults and values) translated, in every way help is asked for;
/// English as the parser writes it.
@Suite struct HelpLanguageTests {
    /// What ArgumentParser writes in English on every help page.
    static let parserWords = [
        "OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "See 'azad help", "for detailed help.",
        "Show help information.", "Show the version.", "(default:", "(values:", "; default:", "(default)",
    ]

    /// Every way of asking for help, for the root and each command.
    static let requests: [[String]] =
        [["--help"], ["-h"], ["help"]]
        + ["read", "sync", "list", "search", "show", "parse", "quote", "masthead", "config", "themes", "version"]
        .flatMap { [[$0, "--help"], [$0, "-h"], ["help", $0]] }

    /// Four English words in a row: prose the catalog did not translate (option names, value names
    /// and the usage synopsis never make four words in a row).
    static var englishProse: Regex<Substring> { #/[A-Za-z]+(?: [A-Za-z]+){3,}/# }

    @Test(
        "help is in the chosen language, the parser's words too",
        arguments: [
            (
                ["--ui-language", "fa"], [:],
                ["نمای کلی:", "کاربرد:", "گزینه‌ها:", "نسخه را نشان می‌دهد.", "رهنما را نشان می‌دهد."]
            ),
            ([], ["LC_ALL": "ps_AF.UTF-8"], ["لنډیز:", "کارونه:", "انتخابونه:", "نسخه ښيي.", "مرسته ښيي."]),
            ([], ["LC_ALL": "", "LANG": "fa_AF.UTF-8"], ["نمای کلی:", "کاربرد:", "گزینه‌ها:"]),
        ] as [([String], [String: String], [String])])
    func translated(choice: [String], environment: [String: String], headings: [String]) throws {
        var environment = environment
        environment["LC_ALL"] = environment["LC_ALL"] ?? "C.UTF-8"
        for request in Self.requests {
            let result = try AzadProcess.run(request + choice, environment: environment)
            let what = (request + choice).joined(separator: " ")
            #expect(result.status == 0, "\(what): \(result.stderr)")
            for word in Self.parserWords {
                #expect(!result.stdout.contains(word), "\(what) says “\(word)”:\n\(result.stdout)")
            }
            for line in result.stdout.split(separator: "\n") {
                #expect(line.firstMatch(of: Self.englishProse) == nil, "\(what): English left in “\(line)”")
            }
            // Every page has an overview (or usage) and options; a language's -h and --help lines.
            #expect(result.stdout.hasPrefix(headings[0]) || result.stdout.hasPrefix(headings[1]), "\(what)")
            for heading in headings.dropFirst(2) {
                #expect(result.stdout.contains(heading), "\(what) lacks “\(heading)”:\n\(result.stdout)")
            }
        }
    }

    @Test func theCommandListAndItsDefaultInDari() throws {
        let result = try AzadProcess.run(["help", "--ui-language", "fa"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\nزیرفرمان‌ها:\n"), "\(result.stdout)")
        // `read (default)` keeps the descriptions' column: 2 + label + padding = 26 columns.
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("  read (") })
        #expect(line.hasPrefix("  read (پیش‌فرض)           خواننده را باز می‌کند"), "\(line)")
        #expect(result.stdout.contains("برای رهنمای مفصل، «azad help \u{200E}<subcommand>\u{200E}» را ببینید."))
    }

    @Test(
        "an option named among right-to-left words is marked left to right",
        arguments: [
            ("fa", "با \u{200E}--watch\u{200E} پس از آن"), ("ps", "له \u{200E}--watch\u{200E} سره"),
        ])
    func optionNamesKeepTheirDashes(language: String, expected: String) throws {
        let result = try AzadProcess.run(
            ["sync", "--help", "--ui-language", language], environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.stdout.replacingOccurrences(of: "\n", with: " ").contains(expected), "\(result.stdout)")
        // Option labels stay as the parser writes them.
        #expect(result.stdout.contains("\n  --watch                 "))
        #expect(result.stdout.contains("\n  --cache-dir <cache-dir> "))
    }

    @Test(
        "values and defaults in the language, wrapped or not",
        arguments: [
            ("fa", "(مقدارها: visual, logical, terminal, auto;", "پیش‌فرض: auto)", "(پیش‌فرض: 50)"),
            ("ps", "(ارزښتونه: visual, logical, terminal, auto;", "اصلي: auto)", "(اصلي: 50)"),
        ])
    func valuesAndDefaults(language: String, values: String, defaultValue: String, limit: String) throws {
        let result = try AzadProcess.run(
            ["search", "--help", "--ui-language", language], environment: ["LC_ALL": "C.UTF-8"])
        let flat = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(flat.contains(values), "\(result.stdout)")
        #expect(flat.contains(defaultValue), "\(result.stdout)")
        #expect(flat.contains(limit), "\(result.stdout)")
    }

    @Test func englishIsTheParsersOwn() throws {
        let result = try AzadProcess.run(["sync", "--help"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix("OVERVIEW: Bring the cache up to date with the feed folders.\n\nPrints the counts"))
        for line in ["\nUSAGE: azad sync ", "\nOPTIONS:\n", "\n  -h, --help              Show help information.\n"] {
            #expect(result.stdout.contains(line), "\(result.stdout)")
        }
        #expect(!result.stdout.contains("\u{200E}"))
        let root = try AzadProcess.run(["help"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(root.stdout.contains("\n  read (default)          Open the reader (the default).\n"))
        #expect(root.stdout.hasSuffix("\n  See 'azad help <subcommand>' for detailed help.\n"))
    }

    /// On a terminal that does no bidi, the page is laid out as azad lays out other right-to-left
    /// text: the heading and each description shaped and in visual order (FriBidi's), descriptions
    /// against the right edge, option names where the parser put them and whole.
    @Test func visualOnATerminal() throws {
        let session = try TmuxSession(["sync", "--help", "--ui-language", "fa"], width: 100, height: 50)
        let heading = try ReaderLanguageTmuxTests.visual("گزینه‌ها:")
        let feed = try ReaderLanguageTmuxTests.visual("پوشه‌ای از خروجی‌های متنی (تکرارپذیر).")
        let screen = try session.waitFor("the options") { screen in
            ReaderLanguageTmuxTests.withoutJoiners(screen).contains(feed)
        }
        let lines = ReaderLanguageTmuxTests.withoutJoiners(screen).split(
            separator: "\n", omittingEmptySubsequences: false)
        let feedLine = try #require(lines.first { $0.contains(feed) })
        #expect(feedLine.hasPrefix("  --feed <feed> "), "\(feedLine)")
        #expect(feedLine.hasSuffix(feed), "\(feedLine)")
        #expect(feedLine.count == 100, "not against the right edge: \(feedLine)")
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == heading && $0.hasSuffix(heading) })
        #expect(screen.contains("--watch ") && !screen.contains("watch--"), "\(screen)")
        #expect(!screen.contains("OPTIONS") && !screen.contains("گزینه‌ها"), "\(screen)")
    }

    /// A translated piece inside a label keeps the label's columns: `read (پیش‌فرض)` as wide as
    /// `read (default)`'s room, its space before the bracket.
    @Test func theDefaultCommandsMarkOnATerminal() throws {
        let session = try TmuxSession(["help", "--ui-language", "fa"], width: 90, height: 40)
        let marker = try ReaderLanguageTmuxTests.visual("(پیش‌فرض)")
        let abstract = try ReaderLanguageTmuxTests.visual("خواننده را باز می‌کند (پیش‌فرض).")
        let screen = try session.waitFor("the command list") { screen in
            ReaderLanguageTmuxTests.withoutJoiners(screen).contains(abstract)
        }
        let line = try #require(
            ReaderLanguageTmuxTests.withoutJoiners(screen).split(separator: "\n").first { $0.contains(abstract) })
        #expect(line.hasPrefix("  read \(marker) "), "\(line)")
        #expect(line.hasSuffix(abstract) && line.count == 90, "\(line)")
    }
}
