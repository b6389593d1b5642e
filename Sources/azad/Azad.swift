import ArgumentParser
import AzadCore

@main
struct Azad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "azad",
        abstract: HelpLanguage.tr("A terminal reader for the text exports of afgazad.com."),
        discussion: HelpLanguage.tr(
            """
            With no command, azad opens the reader on the configured feed folders, or on the sample feed \
            it ships with. The other commands serve scripts from the same cache.
            """
        ),
        version: Version.current,
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
            VersionCommand.self,
            GenerateManualCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Parses and runs through `CommandLineRunner`, which keeps every error to one line with the
    /// documented exit statuses.
    static func main() async {
        MallocPolicy.mapBigAllocations()
        await CommandLineRunner.run(Array(CommandLine.arguments.dropFirst()))
    }
}
