import ArgumentParser
import AzadCore
import AzadUI
import Foundation

/// `azad quote ID|PATH --paragraph N[-M][,…] [--to FILE] [--stdout]`: blocks of an article, appended as quotes.
struct QuoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: HelpLanguage.tr("Append a paragraph of an article to the clipboard file as a quote."),
        discussion: HelpLanguage.tr(
            """
            The N-th block of the article (1-based, numbered as `azad parse --json` lists blocks: headings, \
            paragraphs and verse alike) goes to the clipboard file with its attribution: title, authors, \
            date (also in the solar calendar for Persian and Pashto), section, source URL and the export's \
            path. N-M quotes a span as one entry; N,M,… makes an entry of each part, all appended at once. \
            The file is only ever appended to; docs/quotes.md describes its format. An out-of-range block \
            or a target that cannot be written is an error, and nothing is written.
            """
        )
    )

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp(
            HelpLanguage.tr("The article's export file, cache id or cached path (as `azad show` finds it).")))
    var article: String

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            HelpLanguage.tr("The block to quote, 1-based; 2-3 quotes a span as one entry, 2,5 makes an entry each.")))
    var paragraph: String

    @Flag(help: ArgumentHelp(HelpLanguage.tr("Print the entry instead of appending it.")))
    var stdout = false

    @Option(help: ArgumentHelp(HelpLanguage.tr("Append to FILE instead of the clipboard file.")))
    var to: String?

    @OptionGroup var bidi: BidiArgument

    func validate() throws { _ = try ParagraphSpan.argument(paragraph) }

    func run() async throws {
        let effective = try global.resolve()
        let found = try global.library(effective).resolve(article)
        guard let entries = QuoteEntry.entries(try ParagraphSpan.argument(paragraph), of: found) else {
            let count = found.blocks.count
            throw UserFacingError(
                "\(found.path) has \(count) block\(count == 1 ? "" : "s"): "
                    + "--paragraph \(paragraph) is out of range; nothing was written")
        }
        let text = entries.map(\.text).joined(separator: "\n\n")
        if stdout { return FileHandle.standardOutput.write(Data(entries.map { $0.formatted() }.joined().utf8)) }
        let target =
            to.map {
                URL(
                    fileURLWithPath: Config.absolutePath(
                        $0, relativeTo: FileManager.default.currentDirectoryPath,
                        environment: ProcessInfo.processInfo.environment))
            } ?? effective.clipboardFile
        try QuoteExporter(file: target).append(entries)
        var attribution = Sanitizer.singleLine(entries[0].attributionLine)
        if let options = bidi.options(config: effective.config) {
            // Laid out as one line: shaped and in visual order, however long.
            attribution = ParagraphLayout.lines(attribution, width: LayoutArguments.maximumWidth, options: options)
                .map(\.text).joined(separator: " ")
        }
        var output =
            effective.translation.tr(
                "quoted block {number} of {attribution} to {path}",
                ["number": paragraph, "attribution": attribution, "path": Sanitizer.singleLine(target.path)]) + "\n"
        if effective.config.osc52, isatty(STDOUT_FILENO) == 1, let sequence = OSC52.sequence(for: text) {
            output = sequence + output
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
