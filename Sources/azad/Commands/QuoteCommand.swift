import ArgumentParser
import AzadCore
import AzadUI
import Foundation

/// `azad quote ID|PATH --paragraph N [--to FILE]`: one block of an article, appended as a quote.
struct QuoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote",
        abstract: "Append a paragraph of an article to the clipboard file as a quote.",
        discussion: """
            The N-th block of the article (1-based, numbered as `azad parse --json` lists blocks: headings, \
            paragraphs and verse alike) goes to the clipboard file with its attribution: title, authors, \
            date (also in the solar calendar for Persian and Pashto), section, source URL and the export's \
            path. The file is only ever appended to; README describes its format. An out-of-range N or a \
            target that cannot be written is an error, and nothing is written.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article's cache id or its export file's path.")
    var article: String

    @Option(help: "The block to quote, 1-based; 2-3 quotes a span as one entry, 2,5 makes an entry each.")
    var paragraph: String

    @Flag(help: "Print the entry instead of appending it.")
    var stdout = false

    @Option(help: "Append to FILE instead of the clipboard file.")
    var to: String?

    func validate() throws { _ = try ParagraphSpan.argument(paragraph) }

    func run() async throws {
        let config = try global.loadConfig()
        let found = try QuoteCommand.resolve(article, global: global)
        guard let entries = QuoteEntry.entries(try ParagraphSpan.argument(paragraph), of: found) else {
            let count = found.blocks.count
            throw UserFacingError(
                "azad: \(TerminalText.clean(found.path)) has \(count) block\(count == 1 ? "" : "s"): "
                    + "--paragraph \(paragraph) is out of range; nothing was written")
        }
        let text = entries.map(\.text).joined(separator: "\n\n")
        if stdout { return FileHandle.standardOutput.write(Data(entries.map { $0.formatted() }.joined().utf8)) }
        let target =
            to.map {
                Config.absolutePath(
                    $0, relativeTo: FileManager.default.currentDirectoryPath,
                    environment: ProcessInfo.processInfo.environment)
            }
            ?? config.clipboard ?? Paths().clipboardFile.path
        do {
            try QuoteExporter(file: URL(fileURLWithPath: target)).append(entries)
        } catch {
            throw UserFacingError("azad: \(TerminalText.clean(error.description))")
        }
        var output =
            "quoted block \(paragraph) of “\(TerminalText.clean(found.title))” to \(TerminalText.clean(target))\n"
        if config.osc52, isatty(STDOUT_FILENO) == 1, let sequence = OSC52.sequence(for: text) {
            output = sequence + output
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// The article `reference` names: an export file that exists is parsed as it is now (the cache is not
    /// touched); otherwise a number is a cache id, as `azad list` shows them.
    static func resolve(_ reference: String, global: GlobalOptions) throws -> Article {
        if FileManager.default.fileExists(atPath: reference) {
            do {
                return try ExportParser.parse(contentsOf: URL(fileURLWithPath: reference))
            } catch {
                throw UserFacingError("azad: \(TerminalText.clean("\(error)"))")
            }
        }
        guard let id = Int64(reference) else {
            throw UserFacingError("azad: no article with id or path \(TerminalText.clean(reference))")
        }
        let session = try CacheSession(global)
        guard let article = try session.cache.article(id: id) else {
            throw UserFacingError("azad: no article with id \(id) in the cache (azad list shows the ids)")
        }
        return article
    }
}
