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

    @Option(help: "At most this many articles.")
    var limit: Int?

    @Option(help: "Only articles in this language (fa, ps, en, de, fr, …).")
    var language: String?

    func run() async throws {
        let session = try CacheSession(global)
        try session.refresh()
        let summaries = try session.cache.list(limit: limit, filter: ArticleFilter(language: language))
        if json {
            try JSONOutput.printArray(summaries.lazy.map { SummaryJSON($0) })
        } else {
            for summary in summaries { print(summaryLine(summary)) }
        }
    }
}
