import Foundation

/// The program that opens a URL: `$BROWSER` (its first entry when it is a `:`-separated list, its
/// words split on spaces, `%s` standing for the URL), else `xdg-open`. A text browser needs the
/// terminal; any other runs in the background.
struct Browser: Sendable, Hashable {
    /// The program and its own arguments, before the URL.
    var command: [String]

    /// Browsers that draw in the terminal: the reader hands the terminal over to them and waits.
    static let textBrowsers: Set<String> = [
        "lynx", "w3m", "elinks", "links", "links2", "browsh", "carbonyl", "www-browser", "netrik", "edbrowse",
    ]

    init(command: [String]) { self.command = command }

    init(environment: [String: String]) {
        let entry = (environment["BROWSER"] ?? "").split(separator: ":").first.map(String.init) ?? ""
        let words = entry.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        command = words.isEmpty ? ["xdg-open"] : words
    }

    /// The program's name, as the status line says it.
    var name: String { (command.first.map { ($0 as NSString).lastPathComponent }) ?? "xdg-open" }

    var isText: Bool { Browser.textBrowsers.contains(name) }

    /// The arguments that open `url`: the URL is always one argument of its own.
    func arguments(for url: String) -> [String] {
        if command.dropFirst().contains(where: { $0.contains("%s") }) {
            return [command[0]] + command.dropFirst().map { $0.replacingOccurrences(of: "%s", with: url) }
        }
        return command + [url]
    }
}
