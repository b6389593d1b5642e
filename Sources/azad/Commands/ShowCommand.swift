import ArgumentParser
import AzadCore
import Foundation

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: HelpLanguage.tr("Print an article as the reading pane lays it out."),
        discussion: HelpLanguage.tr(
            """
            ARTICLE is an export file (parsed as it is now), else a cache id from `azad list`, else a path \
            the cache holds.
            """
        )
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpLanguage.tr("The article's export file, cache id or cached path.")))
    var article: String

    @OptionGroup var layout: LayoutArguments

    func run() async throws {
        let effective = try global.resolve()
        let found = try global.library(effective).resolve(article)
        let options = layout.options(over: effective.config)
        // Laid out as the reading pane lays it out: at most the reading width on a terminal;
        // `--width` and a pipe's 80 columns are taken as given.
        var width = layout.effectiveWidth
        let readingWidth = effective.config.readingWidth
        if layout.width == nil, readingWidth > 0 { width = min(width, readingWidth) }
        let text = ArticleLayout.plainText(for: found, width: width, options: options)
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
