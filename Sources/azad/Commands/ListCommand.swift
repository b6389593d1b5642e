import ArgumentParser
import AzadCore

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cached articles, newest first (syncing first)."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print a JSON array.")
    var json = false

    @Option(parsing: .unconditional, help: "At most this many articles.")
    var limit: Int?

    @Option(help: "Only articles in this language (fa, ps, en, de, fr, …).")
    var language: String?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more, not \(limit)") }
    }

    func run() async throws {
        let library = global.library(try global.resolve())
        try library.refresh()
        let summaries = try library.cache().list(limit: limit, filter: ArticleFilter(language: language))
        if json {
            try JSONOutput.printArray(summaries.lazy.map { SummaryJSON($0) })
        } else {
            for summary in summaries { print(SummaryLine.text(summary)) }
        }
    }
}
