import ArgumentParser
import AzadCore

struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the effective configuration as TOML.",
        discussion: """
            The configuration file (--config, else config.toml in $XDG_CONFIG_HOME/azad) with the command \
            line applied. Saved as a configuration file, it prints the same again.
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        print(try global.loadConfig().toml(), terminator: "")
    }
}
