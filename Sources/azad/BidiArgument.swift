import ArgumentParser
import AzadCore

/// `--bidi` for commands that print lists and messages (`list`, `search`, `quote`): `auto` by default.
struct BidiArgument: ParsableArguments {
    @Option(help: ArgumentHelp(HelpLanguage.tr(BidiChoice.help)))
    var bidi: BidiChoice = .auto

    /// The layout for stdout: the configuration's with the chosen mode; nil for logical output,
    /// which prints text as it is.
    func options(config: Config, json: Bool = false) -> LayoutOptions? {
        var options = config.layoutOptions
        options.bidiMode = bidi.mode(config: config, json: json)
        return options.bidiMode == .visual ? options : nil
    }
}
