import ArgumentParser
import AzadCore

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cached articles, newest first."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        throw UserFacingError("azad list: not built yet")
    }
}
