import ArgumentParser
import AzadCore

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the cache."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        throw UserFacingError("azad search: not built yet")
    }
}
