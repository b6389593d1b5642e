import ArgumentParser
import AzadCore
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

    @Argument(help: "The article's export file, cache id or cached path (as `azad show` finds it).")
    var article: String

    @Option(parsing: .unconditional, help: "The block to quote, 1-based.")
    var paragraph: Int

    @Option(help: "Append to FILE instead of the clipboard file.")
    var to: String?

    func validate() throws {
        guard paragraph >= 1 else { throw ValidationError("--paragraph counts from 1") }
    }

    func run() async throws {
        let effective = try global.resolve()
        let found = try global.library(effective).resolve(article)
        guard found.blocks.indices.contains(paragraph - 1) else {
            let count = found.blocks.count
            throw UserFacingError(
                "\(found.path) has \(count) block\(count == 1 ? "" : "s"): "
                    + "--paragraph \(paragraph) is out of range; nothing was written")
        }
        let text = found.blocks[paragraph - 1].text
        let target =
            to.map {
                URL(
                    fileURLWithPath: Config.absolutePath(
                        $0, relativeTo: FileManager.default.currentDirectoryPath,
                        environment: ProcessInfo.processInfo.environment))
            } ?? effective.clipboardFile
        try QuoteExporter(file: target).append(text, of: found)
        var output =
            "quoted block \(paragraph) of “\(Sanitizer.singleLine(found.title))” to \(Sanitizer.singleLine(target.path))\n"
        if effective.config.osc52, isatty(STDOUT_FILENO) == 1, let sequence = OSC52.sequence(for: text) {
            output = sequence + output
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
