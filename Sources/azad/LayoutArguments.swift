import ArgumentParser
import AzadCore
import AzadUI

extension BidiMode: ExpressibleByArgument {}
extension MastheadLanguage: ExpressibleByArgument {}
extension LayoutDirection: ExpressibleByArgument {}

/// Layout options for commands that print laid-out text (`show`, `masthead`).
struct LayoutArguments: ParsableArguments {
    /// The widest line a layout is asked for: wider than any terminal, small enough to lay out at once.
    static let maximumWidth = 10_000

    // `.unconditional`, so that `--width -5` is a width to refuse, not a missing one.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            HelpLanguage.tr("Line width in columns (default: the terminal's width, or 80 when not a terminal).")))
    var width: Int?

    /// `auto` by default, as for every command that prints article text: visual on a terminal when
    /// the configured mode is visual, logical when piped.
    @Option(help: ArgumentHelp(HelpLanguage.tr(BidiChoice.help)))
    var bidi: BidiChoice = .auto

    @Flag(help: ArgumentHelp(HelpLanguage.tr("Do not shape Arabic letters to their joined forms.")))
    var noShaping = false

    func validate() throws {
        if let width, !(1...Self.maximumWidth).contains(width) {
            throw ValidationError(
                HelpLanguage.tr(
                    "--width must be from 1 to {maximum}, not {width}", ["maximum": Self.maximumWidth, "width": width]))
        }
    }

    /// `--width`, else the terminal's columns when stdout is a terminal, else 80.
    var effectiveWidth: Int { width ?? TerminalSize.columns() ?? 80 }

    /// The configuration's layout settings with the command line over them.
    func options(over config: Config) -> LayoutOptions {
        var options = config.layoutOptions
        options.bidiMode = bidi.mode(config: config)
        if noShaping { options.shaping = false }
        return options
    }
}
