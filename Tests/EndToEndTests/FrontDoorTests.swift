import Foundation
import Testing

/// What a user meets first: the version, a mistyped command, a number that cannot be, an error on
/// one line, each with its exit status (0 done, 1 failed, 2 wrong command line).
@Suite struct FrontDoorTests {
    static let commandList =
        "commands: read, sync, list, search, show, parse, quote, masthead, config, themes, version "
        + "(azad --help describes them)"

    @Test(arguments: [["--version"], ["version"]])
    func theVersionIsPrinted(arguments: [String]) throws {
        let result = try AzadProcess.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
        #expect(result.stderr == "")
    }

    @Test(arguments: [
        (["serch", "آزادی"], "unknown command “serch” (did you mean “search”?); "),
        (["lst"], "unknown command “lst” (did you mean “list”?); "),
        (["--feed", "/tmp", "shw", "1"], "unknown command “shw” (did you mean “show”?); "),
        (["the"], "unknown command “the” (did you mean “themes”?); "),
        (["جستجو"], "unknown command “جستجو”; "),
        (["検索"], "unknown command “検索”; "),
        (["🔍"], "unknown command “🔍”; "),
        (["e\u{301}dit"], "unknown command “e\u{301}dit”; "),
        (["sy\u{1B}[2Jnc"], "unknown command “sy␛nc”; "),
    ])
    func aMistypedCommandIsNamedWithTheCommands(arguments: [String], message: String) throws {
        let result = try AzadProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "azad: \(message)\(Self.commandList)\n")
    }

    @Test(arguments: [
        (["list", "--limit", "-1"], "--limit must be 0 or more, not -1 (see azad list --help)"),
        (
            ["search", "آزادی", "--limit", "-5"],
            "--limit must be 0 or more (0 for all), not -5 (see azad search --help)"
        ),
        (["show", "1", "--width", "0"], "--width must be from 1 to 10000, not 0 (see azad show --help)"),
        (["show", "1", "--width", "-3"], "--width must be from 1 to 10000, not -3 (see azad show --help)"),
        (["masthead", "--width", "100001"], "--width must be from 1 to 10000, not 100001 (see azad masthead --help)"),
        (["quote", "1", "--paragraph", "0"], "--paragraph counts from 1 (see azad quote --help)"),
        (["quote", "1", "--paragraph", "-2"], "--paragraph counts from 1 (see azad quote --help)"),
        (["list", "--limit", "ده"], "The value 'ده' is invalid for '--limit <limit>' (see azad list --help)"),
        (["show"], "Missing expected argument '<article>' (see azad show --help)"),
    ])
    func anImpossibleNumberIsOneLineAndStatusTwo(arguments: [String], message: String) throws {
        let scratch = ScratchFolder()
        let result = try AzadProcess.run(arguments, environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "azad: \(message)\n")
        // Refused before anything ran: no cache was made.
        #expect(!FileManager.default.fileExists(atPath: scratch.file("cache").path))
    }

    @Test(arguments: [
        ("empty.txt", "", "the file is empty, there is no article in it"),
        ("binary.txt", "\u{0}\u{1}\u{2}\u{0}\u{0}", "the file is binary, not a text export"),
        ("فارسی.txt", " \n\n", "the file is empty, there is no article in it"),
    ])
    func anUnreadableExportIsOneLineNamingItOnce(name: String, content: String, reason: String) throws {
        let scratch = ScratchFolder()
        let file = scratch.file(name)
        try Data(content.utf8).write(to: file)
        for command in [["show", name], ["quote", name, "--paragraph", "1"]] {
            let result = try AzadProcess.run(
                command, environment: QuoteCommandTests.environment(scratch), currentDirectory: scratch.url)
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == "azad: \(file.path): \(reason)\n", "\(command)")
        }
    }

    @Test func globalOptionsBeforeTheCommandAreTheCommands() throws {
        let scratch = ScratchFolder()
        let environment = QuoteCommandTests.environment(scratch)
        let before = try AzadProcess.run(
            ["--theme", "light", "--clipboard", "/q/کلیپ.txt", "config"], environment: environment)
        let after = try AzadProcess.run(
            ["config", "--theme", "light", "--clipboard", "/q/کلیپ.txt"], environment: environment)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("theme = \"light\"\n"))
        #expect(before.stdout.contains("clipboard = \"/q/کلیپ.txt\"\n"))
        #expect(before.stdout == after.stdout)
    }

    @Test func helpListsTheCommandsButNotTheHiddenGenerator() throws {
        let result = try AzadProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("version"))
        #expect(!result.stdout.contains("generate-manual"))
    }
}
