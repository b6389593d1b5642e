import AzadCore
import AzadUI
import Foundation

extension CommandLineRunner {
    /// Prints `message` and exits when it is a help page in Dari or Pashto: translated through
    /// `HelpPage`, and laid out in visual order on a terminal as `--bidi auto` lays out article text.
    /// Anything else (English help, a version, a completion script) returns, for ArgumentParser to print.
    static func printHelp(
        _ message: String, arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let translation = HelpLanguage.translation
        guard translation.language != .en, HelpPage.isHelp(message) else { return }
        let page = HelpPage(message, translation: translation)
        let config =
            (try? ConfigResolver(flags: .init(configFile: configFile(in: arguments)), environment: environment)
            .resolve())?.config
        if let config, BidiChoice.auto.mode(config: config) == .visual {
            var options = config.layoutOptions
            options.bidiMode = .visual
            print(page.visual(width: TerminalSize.columns() ?? 80, options: options))
        } else {
            print(page.logical)
        }
        Foundation.exit(0)
    }
}
