import ArgumentParser
import AzadCore
import Foundation

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article as the reading pane lays it out.",
        discussion: """
            ARTICLE is an export file (parsed as it is now), else a cache id from `azad list`, else a path \
            the cache holds.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article's export file, cache id or cached path.")
    var article: String

    @OptionGroup var layout: LayoutArguments

    func run() async throws {
        let effective = try global.resolve()
        let found = try global.library(effective).resolve(article)
        let options = layout.options(over: effective.config)
        let text = ArticleLayout.plainText(for: found, width: layout.effectiveWidth, options: options)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
