import ArgumentParser
import AzadCore

struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default)."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        throw UserFacingError("azad read: not built yet")
    }
}
