import ArgumentParser
import AzadCore
import Foundation

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article as the reading pane lays it out.",
        discussion: "ID is a number from `azad list`; a PATH not in the cache is parsed directly."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article's cache id or its file's path.")
    var article: String

    @Option(help: "Columns to lay out in (default: the terminal's width, or 80).")
    var width: Int?

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() async throws {
        let session = try CacheSession(global)
        let found: Article
        if let id = Int64(article), let cached = try session.cache.article(id: id) {
            found = cached
        } else if let cached = try session.cache.article(path: article) {
            found = cached
        } else if FileManager.default.fileExists(atPath: article) {
            do {
                found = try ExportParser.parse(contentsOf: URL(fileURLWithPath: article))
            } catch {
                throw UserFacingError("azad: \(SafeText.oneLine(article)): \(SafeText.oneLine("\(error)"))")
            }
        } else {
            throw UserFacingError("azad: no article with id or path \(SafeText.oneLine(article))")
        }
        let columns = width ?? Self.terminalWidth() ?? 80
        var output = ""
        for line in ArticleLayout.lines(for: found, width: columns) {
            output += String(repeating: " ", count: line.line.indent(in: columns)) + line.line.text + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// The width of the terminal on stdout, if it is one.
    static func terminalWidth() -> Int? {
        guard isatty(1) == 1 else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
