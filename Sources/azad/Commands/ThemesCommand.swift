import ArgumentParser
import AzadCore

struct ThemesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: HelpLanguage.tr("List bundled and user themes."),
        discussion: HelpLanguage.tr(
            """
            One theme a line: name, where it comes from (bundled, user, or user replacing a bundled one), \
            and its description; the configured theme is marked with *. A theme that cannot be used is \
            listed with the reason, and the exit status is non-zero.
            """
        )
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let effective = try global.resolve()
        let t = effective.translation
        let config = effective.config
        let catalog = effective.themeCatalog
        let entries = catalog.entries()
        let width = entries.map(\.name.count).max() ?? 0
        var broken = false
        for entry in entries {
            let origin =
                switch (entry.origin, entry.replacesBundled) {
                case (.bundled, _): t.tr("bundled")
                case (.user, false): t.tr("user")
                case (.user, true): t.tr("user, replaces bundled")
                }
            let marker = entry.name == config.theme ? "*" : " "
            let name = entry.name + String(repeating: " ", count: width - entry.name.count)
            let description: String
            do {
                let words = try catalog.load(named: entry.name).description
                // The catalogs hold a bundled theme's description (scripts/i18n reads themes/); a user
                // theme's is the user's own words.
                description = Sanitizer.singleLine(entry.origin == .bundled ? t.tr(words) : words)
            } catch {
                broken = true
                description = t.tr(
                    "cannot be used: {reason}", ["reason": Sanitizer.singleLine(error.description(in: t))])
            }
            print("\(marker) \(Sanitizer.singleLine(name))  \(origin) — \(description)")
        }
        if !entries.contains(where: { $0.name == config.theme }) {
            broken = true
            let missing = t.tr(
                "the configured theme “{theme}” does not exist; the reader uses default",
                ["theme": Sanitizer.singleLine(config.theme)])
            print("  (\(missing))")
        }
        if broken { throw ExitCode.failure }
    }
}
