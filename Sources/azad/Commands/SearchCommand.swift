import ArgumentParser
import AzadCore

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the cache (syncing first): best matches first, with a snippet.",
        discussion: """
            Plain words must all match; "a phrase" matches words in a row; word* matches a prefix. \
            Case, accents, harakat, Arabic letter variants, half-spaces and digit scripts are ignored; \
            names written joined or apart (امان‌الله, امان الله), German ae/oe/ue for ä/ö/ü and \
            hamza spellings (اعضاء, اعضا) find each other.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to search for.")
    var query: [String]

    @Flag(help: "Print a JSON array.")
    var json = false

    @Option(parsing: .unconditional, help: "At most this many results (default 50; 0 for all).")
    var limit: Int = 50

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more (0 for all), not \(limit)") }
    }

    func run() async throws {
        let library = global.library(try global.resolve())
        try library.refresh()
        let hits = try library.cache().search(query.joined(separator: " "), limit: limit > 0 ? limit : nil)
        if json {
            try JSONOutput.printArray(hits.lazy.map { SummaryJSON($0.summary, snippet: $0.snippet, rank: $0.rank) })
        } else {
            for hit in hits {
                print(SummaryLine.text(hit.summary))
                if !hit.snippet.isEmpty { print("\t\(Sanitizer.singleLine(hit.snippet))") }
            }
        }
    }
}
