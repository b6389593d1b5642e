import Foundation
import Testing

/// `azad themes`: bundled and user themes, which one is in use, and which cannot be used.
@Suite struct ThemesCommandTests {
    static let bundled = ["dark", "default", "high-contrast", "light", "monochrome", "solarized"]

    static func names(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            line.hasPrefix("  (") ? nil : line.dropFirst(2).split(separator: " ").first.map(String.init)
        }
    }

    @Test func listsTheBundledThemesAndMarksTheOneInUse() throws {
        let scratch = ScratchFolder()
        let result = try AzadProcess.run(
            ["themes", "--theme", "light"], environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.names(result.stdout) == Self.bundled)
        #expect(
            result.stdout.split(separator: "\n").filter { $0.hasPrefix("*") }.map { $0.dropFirst(2).prefix(5) } == [
                "light"
            ])
        #expect(result.stdout.contains("bundled — "))
    }

    @Test func userThemesAreListedAndBrokenOnesExplained() throws {
        let scratch = ScratchFolder()
        let themes = scratch.file("config/azad/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try Data("description = \"شب آرام\"\ninherits = \"dark\"\n".utf8).write(
            to: themes.appendingPathComponent("night.toml"))
        try Data("description = \"mine\"\n".utf8).write(to: themes.appendingPathComponent("dark.toml"))
        try Data("[title]\nfg = \"ultraviolet\"\n".utf8).write(to: themes.appendingPathComponent("bad.toml"))
        let result = try AzadProcess.run(["themes"], environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 1)
        #expect(Self.names(result.stdout) == (Self.bundled + ["night", "bad"]).sorted())
        #expect(result.stdout.contains("night          user — شب آرام"))
        #expect(result.stdout.contains("dark           user, replaces bundled — mine"))
        #expect(result.stdout.contains("cannot be used: \(themes.path)/bad.toml:2: title.fg: expected a colour"))
    }

    @Test func anUnknownConfiguredThemeIsReported() throws {
        let scratch = ScratchFolder()
        let result = try AzadProcess.run(
            ["themes", "--theme", "nosuch"], environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 1)
        #expect(result.stdout.contains("the configured theme “nosuch” does not exist; the reader uses default"))
    }

    @Test func aThemeNameThatIsAPathIsRefused() throws {
        let scratch = ScratchFolder()
        let result = try AzadProcess.run(
            ["themes", "--theme", "../../etc/x"], environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 1)
        #expect(result.stderr.contains("--theme: “../../etc/x” is not a theme name"))
    }
}
