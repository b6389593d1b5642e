import ArgumentParser
import AzadCore
import AzadUI
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("feed"), help: ArgumentHelp(HelpLanguage.tr("A folder of text exports (repeatable).")))
    var feeds: [String] = []

    @Option(
        name: .customLong("cache-dir"),
        help: ArgumentHelp(HelpLanguage.tr("Where the article cache lives (also AZAD_CACHE_DIR).")))
    var cacheDirectory: String?

    @Option(name: .customLong("config"), help: ArgumentHelp(HelpLanguage.tr("The configuration file.")))
    var configFile: String?

    @Option(
        name: .customLong("theme"),
        help: ArgumentHelp(HelpLanguage.tr("A bundled or user theme, by name (azad themes lists them).")))
    var theme: String?

    @Option(
        name: .customLong("clipboard"),
        help: ArgumentHelp(HelpLanguage.tr("The clipboard file quotes are appended to.")))
    var clipboard: String?

    @Option(
        name: .customLong("ui-language"),
        help: ArgumentHelp(
            HelpLanguage.tr(
                "The interface's language: auto (from LC_ALL, LC_MESSAGES or LANG), en, fa (Dari) or ps (Pashto).")))
    var uiLanguage: UILanguage?

    /// The options of this group that take a value, as the front door skips them to find the command.
    static let valueOptions: Set<String> = [
        "--feed", "--cache-dir", "--config", "--theme", "--clipboard", "--ui-language",
    ]

    /// The effective configuration (see `ConfigResolver`), its key bindings checked against the
    /// reader's operation table: every command calls this first, so that a broken file stops it (with
    /// its file, line and key) before it touches anything.
    func resolve() throws -> EffectiveConfig {
        let flags = ConfigResolver.Flags(
            feeds: feeds, cacheDirectory: cacheDirectory, configFile: configFile, theme: theme, clipboard: clipboard,
            uiLanguage: uiLanguage)
        let effective = try ConfigResolver(flags: flags).resolve()
        _ = try KeyBindings.keymap(for: effective.config)
        return effective
    }

    /// The library of the effective configuration; the cache's notices go to stderr.
    func library(_ effective: EffectiveConfig) -> Library {
        Library(feeds: effective.feedFolders, cacheDirectory: effective.paths.cacheDirectory) { notice in
            let line = Sanitizer.singleLine(notice.description(in: effective.translation))
            FileHandle.standardError.write(Data("azad: \(line)\n".utf8))
        }
    }
}

extension UILanguage: ExpressibleByArgument {}
