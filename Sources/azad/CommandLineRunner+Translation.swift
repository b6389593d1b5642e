import AzadCore
import Foundation

extension CommandLineRunner {
    /// The language of a message about the command line itself, said before or without a parsed
    /// command: `--ui-language` when it is among `arguments`, else the configuration file's
    /// `ui_language` when the file reads, else the locale variables.
    static func translation(
        for arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Translation {
        var chosen: UILanguage?
        for (index, argument) in arguments.enumerated() {
            if argument == "--ui-language" {
                chosen = index + 1 < arguments.count ? UILanguage(rawValue: arguments[index + 1]) : nil
            } else if argument.hasPrefix("--ui-language=") {
                chosen = UILanguage(rawValue: String(argument.dropFirst("--ui-language=".count)))
            }
        }
        let resolver = ConfigResolver(
            flags: .init(configFile: configFile(in: arguments), uiLanguage: chosen), environment: environment)
        if let effective = try? resolver.resolve() { return effective.translation }
        return Translation.load(chosen ?? .auto, environment: environment)
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
