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

    /// In Dari and Pashto a bundled theme's origin and description are translated; a user theme's
    /// description is its file's, and a broken one's reason is said in the language.
    @Test(
        arguments: [
            (
                "fa", "  dark           همراه برنامه — صفحه‌ای نزدیک به سیاه با متن گرم، برای ترمینال‌های تیره",
                "night          کاربر — 夜 🌙", "قابل استفاده نیست: "
            ),
            (
                "ps", "  dark           له پروګرام سره — نږدې تور مخ له تود متن سره، د تیارو ترمینلونو لپاره",
                "night          کاروونکی — 夜 🌙", "نه شي کارېدای: "
            ),
        ])
    func theListInTheInterfacesLanguage(language: String, bundled: String, user: String, broken: String) throws {
        let scratch = ScratchFolder()
        let themes = scratch.file("config/azad/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try Data("description = \"夜 🌙\"\ninherits = \"dark\"\n".utf8).write(
            to: themes.appendingPathComponent("night.toml"))
        try Data("[title]\nfg = \"ultraviolet\"\n".utf8).write(to: themes.appendingPathComponent("bad.toml"))
        let result = try AzadProcess.run(
            ["themes", "--ui-language", language, "--theme", "nosuch"],
            environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 1)
        #expect(result.stdout.contains(bundled + "\n"), "\(result.stdout)")
        #expect(result.stdout.contains(user + "\n"), "\(result.stdout)")
        #expect(result.stdout.contains(broken + themes.path + "/bad.toml:2"), "\(result.stdout)")
        #expect(result.stdout.contains("«nosuch»"), "\(result.stdout)")
        #expect(!result.stdout.contains("bundled") && !result.stdout.contains("cannot be used"))
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
