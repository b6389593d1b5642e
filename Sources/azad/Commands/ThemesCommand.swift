import ArgumentParser
import AzadCore

struct ThemesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List bundled and user themes."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        throw UserFacingError("azad themes: not built yet")
    }
}
