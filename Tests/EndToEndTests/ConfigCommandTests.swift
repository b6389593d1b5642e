import Foundation
import Testing

/// `azad config`, and a broken configuration stopping every command before it does anything.
@Suite struct ConfigCommandTests {
    static func environment(_ scratch: ScratchFolder) -> [String: String] {
        QuoteCommandTests.environment(scratch)
    }

    static func writeConfig(_ text: String, in scratch: ScratchFolder) throws -> URL {
        let folder = scratch.file("config/azad")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("config.toml")
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test func printedConfigurationReadsBackToTheSameOutput() throws {
        let scratch = ScratchFolder()
        _ = try Self.writeConfig(
            """
            # my settings
            feeds = ["exports/فارسی", "~/pashto"]
            theme = "solarized"
            masthead = "en"
            bidi = "terminal"
            osc52 = true
            colors = 8

            [keys]
            quit = ["q", "C-c"]
            "next-article" = "W"
            """, in: scratch)
        let env = Self.environment(scratch)
        let first = try AzadProcess.run(["config"], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stdout.contains(
                "feeds = [\"\(scratch.url.path)/config/azad/exports/فارسی\", \"\(scratch.url.path)/pashto\"]"))
        #expect(first.stdout.contains("theme = \"solarized\"\n"))
        #expect(first.stdout.contains("colors = \"8\"\n"))
        #expect(first.stdout.contains("next-article = [\"W\"]\n"))
        #expect(first.stdout.contains("clipboard = \"\(scratch.url.path)/data/azad/clipboard.txt\"\n"))
        let saved = scratch.file("saved.toml")
        try Data(first.stdout.utf8).write(to: saved)
        let second = try AzadProcess.run(["config", "--config", saved.path], environment: env)
        #expect(second.status == 0)
        #expect(second.stdout == first.stdout)
    }

    @Test func theCommandLineWinsOverTheFile() throws {
        let scratch = ScratchFolder()
        _ = try Self.writeConfig("feeds = [\"/from/config\"]\ntheme = \"dark\"\n", in: scratch)
        let result = try AzadProcess.run(
            ["config", "--feed", "here", "--theme", "light", "--clipboard", "/q.txt", "--cache-dir", "/c"],
            environment: Self.environment(scratch), currentDirectory: scratch.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("feeds = [\"\(scratch.url.path)/here\"]\n"))
        #expect(result.stdout.contains("theme = \"light\"\n"))
        #expect(result.stdout.contains("clipboard = \"/q.txt\"\n"))
        #expect(result.stdout.contains("cache_dir = \"/c\"\n"))
    }

    @Test func configuredFeedsAreWhatListReadsUnlessFeedIsGiven() throws {
        let scratch = ScratchFolder()
        for name in ["configured", "given"] {
            let folder = scratch.file("config/azad/\(name)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let export = QuoteCommandTests.exports[2]
            try Data(export.text.replacingOccurrences(of: "Libraries Open Late", with: "Title \(name)").utf8)
                .write(to: folder.appendingPathComponent("\(name).txt"))
        }
        _ = try Self.writeConfig("feeds = [\"configured\"]\n", in: scratch)
        let env = Self.environment(scratch)
        let fromConfig = try AzadProcess.run(["list"], environment: env)
        #expect(fromConfig.status == 0, "\(fromConfig.stderr)")
        #expect(fromConfig.stdout.contains("Title configured") && !fromConfig.stdout.contains("Title given"))
        let fromOption = try AzadProcess.run(
            ["list", "--feed", scratch.file("config/azad/given").path], environment: env)
        #expect(fromOption.stdout.contains("Title given") && !fromOption.stdout.contains("Title configured"))
    }

    @Test func withoutAFileTheDefaultsArePrinted() throws {
        let scratch = ScratchFolder()
        let result = try AzadProcess.run(["config"], environment: Self.environment(scratch))
        #expect(result.status == 0)
        #expect(result.stdout.contains("feeds = []\n"))
        #expect(result.stdout.contains("theme = \"default\"\n"))
        #expect(result.stdout.contains("osc52 = false\n"))
    }

    @Test(arguments: [
        ["list"], ["config"], ["themes"], ["sync"], ["search", "آزادی"], ["masthead"], [],
        ["quote", "/nonexistent.txt", "--paragraph", "1"], ["parse", "/nonexistent.txt"], ["show", "1"],
    ])
    func aBrokenConfigurationStopsEveryCommand(arguments: [String]) throws {
        let scratch = ScratchFolder()
        let file = try Self.writeConfig("theme = \"dark\"\n\nmouse = \"sometimes\"\n", in: scratch)
        let result = try AzadProcess.run(arguments, environment: Self.environment(scratch))
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(file.path):3: mouse: expected true or false, found \"sometimes\""),
            "\(result.stderr)")
        // Nothing was touched: no cache, no clipboard file.
        #expect(!FileManager.default.fileExists(atPath: scratch.file("cache").path))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("data").path))
    }

    @Test(arguments: [
        ("[keys]\nquit = \"q\"\nfly = \"f\"\n", "3: keys.fly: unknown operation \"fly\""),
        ("[keys]\nquit = \"Hyper-Q\"\n", "2: keys.quit: \"Hyper-Q\" for quit is not a key"),
        ("[keys]\nhelp = \"x\"\nquit = \"x\"\n", "3: keys.quit: x is bound to both help and quit"),
        // Another operation's default key, for any operation: quit against down, help against quit.
        (
            "[keys]\nquit = \"j\"\n",
            "2: keys.quit: j is bound to both down (its default key; rebind down too) and quit"
        ),
        (
            "theme = \"dark\"\n[keys]\n\"next-article\" = \"W\"\nhelp = \"q\"\n",
            "4: keys.help: q is bound to both quit (its default key; rebind quit too) and help"
        ),
    ])
    func aWrongKeyBindingStopsCommandsWithItsLine(text: String, message: String) throws {
        let scratch = ScratchFolder()
        let file = try Self.writeConfig(text, in: scratch)
        let result = try AzadProcess.run(["list"], environment: Self.environment(scratch))
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path):\(message)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("cache").path))
    }

    @Test func aSyntaxErrorNamesItsLine() throws {
        let scratch = ScratchFolder()
        let broken = scratch.file("broken.toml")
        try Data("theme = \"dark\"\n[keys\nquit = \"q\"\n".utf8).write(to: broken)
        let result = try AzadProcess.run(["list", "--config", broken.path], environment: Self.environment(scratch))
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(broken.path):2: TOML syntax:"))
    }

    @Test func aMissingConfigFileGivenByOptionIsAnError() throws {
        let scratch = ScratchFolder()
        let result = try AzadProcess.run(
            ["config", "--config", scratch.file("nope.toml").path], environment: Self.environment(scratch))
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(scratch.file("nope.toml").path): no such file"))
    }
}
