import ArgumentParser
import AzadCore
import AzadUI
import Foundation

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: HelpLanguage.tr("Search the cache (syncing first): best matches first, with a snippet."),
        discussion: HelpLanguage.tr(
            """
            Plain words must all match; "a phrase" matches words in a row; word* matches a prefix. \
            Case, accents, harakat, Arabic letter variants, half-spaces and digit scripts are ignored; \
            names written joined or apart (امان‌الله, امان الله), German ae/oe/ue for ä/ö/ü and \
            hamza spellings (اعضاء, اعضا) find each other. A word also finds its inflections \
            (ceasefire: ceasefires; نامه: نامه‌ها), ranked below the word as typed, unless it is in \
            quotes; Persian and Pashto compounds are found joined, with a half-space or apart \
            (آتش بس, آتش‌بس, آتشبس).
            """)
            + "\n\n"
            + HelpLanguage.tr("Fields, combinable with words and with each other (an unknown field is a word):") + "\n"
            + SearchField.help.map {
                "  \($0.0.padding(toLength: 20, withPad: " ", startingAt: 0))\(HelpLanguage.tr($0.1))"
            }.joined(separator: "\n")
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(HelpLanguage.tr("What to search for.")))
    var query: [String]

    @Flag(help: ArgumentHelp(HelpLanguage.tr("Print a JSON array.")))
    var json = false

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(HelpLanguage.tr("At most this many results (default 50; 0 for all).")))
    var limit: Int = 50

    @OptionGroup var marks: MarkFilterOptions

    @OptionGroup var bidi: BidiArgument

    func validate() throws {
        if limit < 0 {
            throw ValidationError(
                HelpLanguage.tr("--limit must be 0 or more (0 for all), not {limit}", ["limit": limit]))
        }
    }

    func run() async throws {
        let effective = try global.resolve()
        let library = global.library(effective)
        try library.refresh()
        let cache = try library.cache()
        let most = limit > 0 ? limit : nil
        let parsed = SearchQuery(query.joined(separator: " "))
        var marks = marks
        marks.unread = marks.unread || parsed.filter.unread
        marks.starred = marks.starred || parsed.filter.starred
        // The reading state is read only when the marks filter the hits or are printed with them.
        let readingMarks =
            marks.isActive || json ? try ReadingMarks(directory: effective.paths.dataDirectory) : ReadingMarks()
        var hits = try cache.search(parsed, limit: marks.isActive ? nil : most)
        if marks.isActive {
            hits = Array(hits.lazy.filter { marks.keeps($0.summary.path, marks: readingMarks) }.prefix(most ?? .max))
        }
        if hits.isEmpty { ListCommand.noMatch(effective.translation) }
        if json {
            let dates = try cache.dateTexts(of: hits.map(\.summary.id))
            try JSONOutput.printArray(
                hits.lazy.map {
                    SummaryJSON(
                        $0.summary, snippet: $0.snippet, rank: $0.rank, dateText: dates[$0.summary.id],
                        marks: readingMarks)
                })
        } else if let options = bidi.options(config: effective.config) {
            let width = TerminalSize.columns() ?? 80
            let idWidth = hits.map { String($0.summary.id).count }.max() ?? 1
            for hit in hits {
                print(SummaryLine.text(hit.summary, idWidth: idWidth, width: width, options: options))
                if !hit.snippet.isEmpty {
                    print(SummaryLine.snippet(hit.snippet, idWidth: idWidth, width: width, options: options))
                }
            }
        } else {
            for hit in hits {
                print(SummaryLine.text(hit.summary))
                if !hit.snippet.isEmpty { print("\t\(Sanitizer.singleLine(hit.snippet))") }
            }
        }
    }
}
