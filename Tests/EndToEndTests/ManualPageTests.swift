import Foundation
import Testing

/// The manual page is made from the command tree (`azad generate-manual`) and checked in as
/// `docs/azad.1`: the two stay in step.
@Suite struct ManualPageTests {
    static let checkedIn = AzadProcess.packageRoot.appendingPathComponent("docs/azad.1")

    @Test func theCheckedInPageIsWhatTheCommandTreeGives() throws {
        let result = try AzadProcess.run(["generate-manual"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: Self.checkedIn, encoding: .utf8)
        #expect(
            result.stdout == page,
            "docs/azad.1 is out of step with the commands: run `swift run azad generate-manual > docs/azad.1`")
    }

    @Test func everyListedCommandAndOptionIsInThePage() throws {
        let page = try AzadProcess.run(["generate-manual"]).stdout
        let help = try AzadProcess.run(["--help"]).stdout
        let commands = ["read", "sync", "list", "search", "show", "parse", "quote", "masthead", "config", "themes"]
        for command in commands + ["version"] {
            #expect(help.contains(command))
            #expect(page.contains("\n.SS azad \(command)\n"), "no section for \(command)")
        }
        #expect(!page.contains("generate\\-manual"))
        for option in ["\\-\\-feed <feed>", "\\-\\-width <width>", "\\-\\-paragraph <paragraph>", "\\-\\-defaults"] {
            #expect(page.contains("\\fB\(option)\\fR"), "lacks \(option)")
        }
        // Global options are described once, not under every command.
        #expect(page.components(separatedBy: "\\-\\-cache\\-dir <cache\\-dir>").count == 2)
        // No line starts with a roff control character unless it is a request.
        for line in page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
            #expect(
                ["\\\"", "TH", "SH", "SS", "PP", "TP", "B "].contains { line.dropFirst().hasPrefix($0) }, "\(line)")
        }
    }
}
