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

    @OptionGroup var layout: LayoutArguments

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
                throw UserFacingError("azad: \(TerminalText.clean(article)): \(TerminalText.clean("\(error)"))")
            }
        } else {
            throw UserFacingError("azad: no article with id or path \(TerminalText.clean(article))")
        }
        let options = layout.options(over: try global.loadConfig())
        let text = ArticleLayout.plainText(for: found, width: layout.effectiveWidth, options: options)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
