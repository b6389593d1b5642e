import ArgumentParser
import AzadCore

struct MastheadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "masthead",
        abstract: "Print the masthead as the reader draws it."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        throw UserFacingError("azad masthead: not built yet")
    }
}
