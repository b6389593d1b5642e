import ArgumentParser

/// `azad version`: the same as `azad --version`.
struct VersionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: HelpLanguage.tr("Print azad's version.")
    )

    func run() async throws {
        print(Version.current)
    }
}
