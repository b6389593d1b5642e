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
}
