import Foundation
import Testing

/// `azad config` prints every key binding in effect, and `azad config --defaults` a complete,
/// commented default configuration that reads back to the defaults.
@Suite struct ConfigDefaultsTests {
    @Test func theEffectiveKeyBindingsArePrinted() throws {
        let scratch = ScratchFolder()
        let result = try AzadProcess.run(["config"], environment: ConfigCommandTests.environment(scratch))
        #expect(result.status == 0, "\(result.stderr)")
        for line in [
            "# next line or article\ndown = [\"j\", \"Down\"]\n", "page-down = [\"Space\", \"PgDn\"]\n",
            "quit = [\"q\"]\n", "help = [\"?\"]\n", "back = [\"Esc\"]\n", "open = [\"Enter\"]\n",
        ] {
            #expect(result.stdout.contains(line), "lacks \(line)")
        }
    }

    @Test(arguments: [
        // A rebinding replaces the operation's keys; the operation whose key it takes is rebound too.
        ("[keys]\nup = [\"j\"]\ndown = [\"Down\"]\n", ["up = [\"j\"]\n", "down = [\"Down\"]\n"]),
        (
            "[keys]\nquit = [\"q\", \"C-c\"]\n\"next-article\" = \"W\"\n",
            ["quit = [\"q\", \"C-c\"]\n", "next-article = [\"W\"]\n"]
        ),
        ("[keys]\nhelp = [\"q\"]\nquit = [\"Q\"]\n", ["help = [\"q\"]\n", "quit = [\"Q\"]\n"]),
        ("[keys]\nsearch = [\"ج\"]\n", ["search = [\"ج\"]\n"]),
    ])
    func reboundKeysArePrintedAndReadBack(text: String, expected: [String]) throws {
        let scratch = ScratchFolder()
        _ = try ConfigCommandTests.writeConfig(text, in: scratch)
        let env = ConfigCommandTests.environment(scratch)
        let first = try AzadProcess.run(["config"], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        for line in expected { #expect(first.stdout.contains(line), "lacks \(line)") }
        let keys = first.stdout.components(separatedBy: "[keys]\n").last ?? ""
        #expect(!keys.contains("= []"))
        let saved = scratch.file("saved.toml")
        try Data(first.stdout.utf8).write(to: saved)
        let second = try AzadProcess.run(["config", "--config", saved.path], environment: env)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == first.stdout)
    }

    @Test func theDefaultsAreCompleteCommentedAndReadBackToTheDefaults() throws {
        let scratch = ScratchFolder()
        let env = ConfigCommandTests.environment(scratch)
        let defaults = try AzadProcess.run(["config", "--defaults"], environment: env)
        #expect(defaults.status == 0, "\(defaults.stderr)")
        let lines = defaults.stdout.split(separator: "\n").map(String.init)
        // Every setting is there, the two paths left to XDG as comments naming their default.
        for setting in ["feeds", "theme", "colors", "masthead", "bidi", "shaping", "tab_width", "mouse", "osc52"] {
            #expect(lines.contains { $0.hasPrefix("\(setting) = ") }, "lacks \(setting)")
        }
        #expect(lines.contains { $0.hasPrefix("# cache_dir = ") })
        #expect(lines.contains { $0.hasPrefix("# clipboard = ") })
        // Every binding has its comment above it.
        let bindings = lines.drop { $0 != "[keys]" }.dropFirst()
        #expect(bindings.count.isMultiple(of: 2) && bindings.count >= 2 * 28)
        for (index, line) in bindings.enumerated() { #expect(line.hasPrefix("#") == (index % 2 == 0), "\(line)") }
        // Read back, it is the configuration without a file.
        let saved = scratch.file("defaults.toml")
        try Data(defaults.stdout.utf8).write(to: saved)
        let reread = try AzadProcess.run(["config", "--config", saved.path], environment: env)
        let none = try AzadProcess.run(["config"], environment: env)
        #expect(reread.status == 0, "\(reread.stderr)")
        #expect(reread.stdout == none.stdout)
    }

    @Test func theDefaultsDoNotDependOnTheFile() throws {
        let scratch = ScratchFolder()
        _ = try ConfigCommandTests.writeConfig("theme = \"dark\"\n[keys]\nquit = \"x\"\n", in: scratch)
        let env = ConfigCommandTests.environment(scratch)
        let withFile = try AzadProcess.run(["config", "--defaults"], environment: env)
        let without = try AzadProcess.run(
            ["config", "--defaults"], environment: QuoteCommandTests.environment(ScratchFolder()))
        #expect(withFile.status == 0)
        #expect(withFile.stdout == without.stdout)
        #expect(withFile.stdout.contains("theme = \"default\"\n"))
        #expect(withFile.stdout.contains("quit = [\"q\"]\n"))
    }
}
