import ArgumentParser
import AzadCore

@main
struct Azad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "azad",
        abstract: "A terminal reader for the text exports of afgazad.com.",
        subcommands: [
            ReadCommand.self,
            SyncCommand.self,
            ListCommand.self,
            SearchCommand.self,
            ShowCommand.self,
            ParseCommand.self,
            QuoteCommand.self,
            MastheadCommand.self,
            ConfigCommand.self,
            ThemesCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
