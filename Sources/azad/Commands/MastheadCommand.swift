import ArgumentParser
import AzadCore
import Foundation

/// `azad masthead [--lang fa|en] [--width N]`: the masthead as the reader draws it.
struct MastheadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "masthead",
        abstract: HelpLanguage.tr("Print the masthead as the reader draws it."),
        discussion: HelpLanguage.tr(
            """
            The name line, AA-AA, Ferdowsi's couplet, the site line and the section line, laid out \
            to the width: Persian lines shaped, in visual order and right-aligned (unless --bidi terminal).
            """
        )
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var layout: LayoutArguments

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(HelpLanguage.tr("The masthead's language: fa or en (default: the configuration's).")))
    var language: MastheadLanguage?

    @Flag(help: ArgumentHelp(HelpLanguage.tr("The one-line form the reader shows on short terminals.")))
    var compact = false

    func run() async throws {
        let config = try global.resolve().config
        let language = language ?? config.masthead
        let width = layout.effectiveWidth
        let options = layout.options(over: config)
        let text =
            compact
            ? Masthead.compactRow(language: language, width: width, options: options).plainText + "\n"
            : Masthead.plainText(language: language, width: width, options: options)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
