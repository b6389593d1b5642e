import ArgumentParser
import AzadCore

struct QuoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Append a paragraph of an article to the clipboard file as a quote."
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        throw UserFacingError("azad quote: not built yet")
    }
}
