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
        let config = effective.config
        let catalog = effective.themeCatalog
        let entries = catalog.entries()
        let width = entries.map(\.name.count).max() ?? 0
        var broken = false
        for entry in entries {
            let origin = entry.replacesBundled ? "user, replaces bundled" : entry.origin.rawValue
            let marker = entry.name == config.theme ? "*" : " "
            let name = entry.name + String(repeating: " ", count: width - entry.name.count)
            let description: String
            do {
                description = Sanitizer.singleLine(try catalog.load(named: entry.name).description)
            } catch {
                broken = true
                description = "cannot be used: \(Sanitizer.singleLine(error.description))"
            }
            print("\(marker) \(Sanitizer.singleLine(name))  \(origin) — \(description)")
        }
        if !entries.contains(where: { $0.name == config.theme }) {
            broken = true
            print(
                "  (the configured theme “\(Sanitizer.singleLine(config.theme))” does not exist; the reader uses default)"
            )
        }
        if broken { throw ExitCode.failure }
    }
}
