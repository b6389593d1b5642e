import ArgumentParser
import AzadCore
import AzadUI

struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: HelpLanguage.tr("Print the effective configuration as TOML, key bindings included."),
        discussion: HelpLanguage.tr(
            """
            The configuration file (--config, else config.toml in $XDG_CONFIG_HOME/azad) with the command \
            line applied, and every operation's keys. Saved as a configuration file, it prints the same \
            again. With --defaults, the complete default configuration with a comment for every setting \
            and key, whatever the file says.
            """
        )
    )

    @OptionGroup var global: GlobalOptions

    @Flag(
        help: ArgumentHelp(
            HelpLanguage.tr("Print the complete default configuration, commented, instead of the effective one.")))
    var defaults = false

    func run() async throws {
        if defaults {
            print(Self.text(of: Config(), keymap: Keymap()), terminator: "")
            return
        }
        let config = try global.resolve().config
        print(Self.text(of: config, keymap: try KeyBindings.keymap(for: config)), terminator: "")
    }

    /// `config` as TOML with every operation's effective keys under `[keys]`, each with its summary.
    static func text(of config: Config, keymap: Keymap) -> String {
        var config = config
        config.keys = KeyBindings.table(of: keymap)
        var comments: [String: String] = [:]
        for operation in Operation.allCases { comments[operation.rawValue] = operation.summary }
        return config.toml(keyComments: comments)
    }
}
