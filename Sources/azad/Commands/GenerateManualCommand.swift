import ArgumentParser
import Foundation

/// `azad generate-manual`: the manual page `azad.1`, made from the command tree (hidden; the
/// checked-in `docs/azad.1` is its output, and a test keeps the two in step).
struct GenerateManualCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual",
        abstract: HelpLanguage.tr("Print the manual page azad.1, made from the command tree."),
        shouldDisplay: false
    )

    func run() async throws {
        let page = try ManualPage(dump: Azad._dumpHelp()).text
        FileHandle.standardOutput.write(Data(page.utf8))
    }
}
