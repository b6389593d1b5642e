import ArgumentParser
import AzadCore
import AzadUI
import Foundation

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: HelpLanguage.tr("List cached articles, newest first (syncing first).")
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(HelpLanguage.tr("Print a JSON array.")))
    var json = false

    @Option(parsing: .unconditional, help: ArgumentHelp(HelpLanguage.tr("At most this many articles.")))
    var limit: Int?

    @Option(help: ArgumentHelp(HelpLanguage.tr("Only articles in this language (fa, ps, en, de, fr, …).")))
    var language: String?

    @OptionGroup var marks: MarkFilterOptions

    @OptionGroup var bidi: BidiArgument

    func validate() throws {
        if let limit, limit < 0 {
            throw ValidationError(HelpLanguage.tr("--limit must be 0 or more, not {limit}", ["limit": limit]))
        }
    }

    func run() async throws {
        let effective = try global.resolve()
        let library = global.library(effective)
        try library.refresh()
        let cache = try library.cache()
        if let language { try Self.checkLanguage(language, cache: cache) }
        let filter = ArticleFilter(language: language)
        let readingMarks = try ReadingMarks(directory: effective.paths.dataDirectory)
        var summaries = try cache.list(limit: marks.isActive ? nil : limit, filter: filter)
        if marks.isActive {
            summaries = Array(summaries.lazy.filter { marks.keeps($0.path, marks: readingMarks) }.prefix(limit ?? .max))
        }
        if summaries.isEmpty, limit != 0 { Self.noMatch(effective.translation) }
        if json {
            let dates = try cache.dateTexts(of: summaries.map(\.id))
            try JSONOutput.printArray(
                summaries.lazy.map { SummaryJSON($0, dateText: dates[$0.id], marks: readingMarks) })
        } else if let options = bidi.options(config: effective.config) {
            let width = TerminalSize.columns() ?? 80
            let idWidth = summaries.map { String($0.id).count }.max() ?? 1
            for summary in summaries {
                print(SummaryLine.text(summary, idWidth: idWidth, width: width, options: options))
            }
        } else {
            for summary in summaries { print(SummaryLine.text(summary)) }
        }
    }

    /// Throws a usage error listing the known languages when `tag` is neither one of them nor the
    /// language of an article in the cache.
    static func checkLanguage(_ tag: String, cache: ArticleCache) throws {
        guard !Language(tag: tag).isKnown, try !cache.languages().contains(where: { $0.language == tag }) else {
            return
        }
        let known = Language.known.map { "\($0.tag) (\($0.name(in: HelpLanguage.translation)))" }
        throw ValidationError(
            HelpLanguage.tr(
                "unknown language {tag}; the known ones are {known}",
                ["tag": tag, "known": known.joined(separator: HelpLanguage.tr(", "))]))
    }

    /// Says on stderr that nothing matched; stdout keeps only what was asked for (`[]` in JSON).
    static func noMatch(_ translation: Translation) {
        FileHandle.standardError.write(Data("azad: \(translation.tr("no articles match"))\n".utf8))
    }
}
