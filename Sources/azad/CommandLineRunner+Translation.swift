import AzadCore
import AzadUI
import Foundation

extension CommandLineRunner {
    /// The language of a message about the command line itself, said before or without a parsed
    /// command: `--ui-language` when it is among `arguments`, else the configuration file's
    /// `ui_language` when the file reads, else the locale variables.
    static func translation(
        for arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Translation {
        var chosen: UILanguage?
        var configFile: String?
        for (index, argument) in arguments.enumerated() {
            let next: String? = index + 1 < arguments.count ? arguments[index + 1] : nil
            if argument == "--ui-language" {
                chosen = next.flatMap(UILanguage.init(rawValue:))
            } else if argument.hasPrefix("--ui-language=") {
                chosen = UILanguage(rawValue: String(argument.dropFirst("--ui-language=".count)))
            } else if argument == "--config" {
                configFile = next
            } else if argument.hasPrefix("--config=") {
                configFile = String(argument.dropFirst("--config=".count))
            }
        }
        let resolver = ConfigResolver(
            flags: .init(configFile: configFile, uiLanguage: chosen), environment: environment)
        if let effective = try? resolver.resolve() { return effective.translation }
        return Translation.load(chosen ?? .auto, environment: environment)
    }

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

    /// The value of `--config` among `arguments`.
    static func configFile(in arguments: [String]) -> String? {
        var file: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--config", index + 1 < arguments.count {
                file = arguments[index + 1]
            } else if argument.hasPrefix("--config=") {
                file = String(argument.dropFirst("--config=".count))
            }
        }
        return file
    }
}
