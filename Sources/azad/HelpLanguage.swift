import AzadCore

/// The language `--help` speaks, decided before ArgumentParser reads the command line: the parser
/// takes a command's abstract from its static `configuration` and an option's help from its
/// property wrapper, both built before any option is parsed. So the choice is read from the
/// arguments themselves (`--ui-language`, `--config`) and the environment, as the front door's own
/// messages are. The commands' abstracts, discussions and options' help come from the catalog here;
/// the parser's own words (OVERVIEW, USAGE, OPTIONS, `Show help information.`) are translated in
/// the page it prints (`HelpPage`).
enum HelpLanguage {
    static let translation = language(for: Array(CommandLine.arguments.dropFirst()))

    /// The manual page is made from the command tree and installed for everyone: always English.
    static func language(for arguments: [String]) -> Translation {
        arguments.contains("generate-manual") ? .english : CommandLineRunner.translation(for: arguments)
    }

    /// `message` in the help's language, `{name}` placeholders replaced by `values` (whole numbers
    /// in its digits): also the language of azad's own usage errors (`ValidationError`), which the
    /// parser prints as they are thrown.
    static func tr(_ message: String, _ values: KeyValuePairs<String, any Sendable> = [:]) -> String {
        translation.tr(message, values)
    }
}
