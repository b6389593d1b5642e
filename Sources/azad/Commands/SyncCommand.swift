import ArgumentParser
import AzadCore
import Foundation

struct SyncCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sync", abstract: HelpLanguage.tr("Bring the cache up to date with the feed folders."),
            discussion: discussion)
    }

    private static let discussion = HelpLanguage.tr(
        """
        Prints the counts of new, changed, removed and unreadable files, and names each unreadable \
        file on stderr. Shows a progress bar on stderr when it is a terminal. With --watch it then \
        keeps watching the feed folders (inotify), syncs each export as it is written, moved or \
        removed, and prints a line per change until interrupted (SIGINT or SIGTERM; exit status 0).
        """)

    @OptionGroup var global: GlobalOptions

    @Flag(
        help: ArgumentHelp(
            HelpLanguage.tr("Keep watching the feed folders and sync each change, a line each, until interrupted.")))
    var watch = false

    func run() async throws {
        let effective = try global.resolve()
        let translation = effective.translation
        let library = global.library(effective)
        let watching =
            watch ? try SyncWatch(cache: library.cache(), feeds: library.feeds, translation: translation) : nil
        let bar = isatty(2) == 1 ? ProgressBar(translation: translation) : nil
        var progress: (@Sendable (SyncProgress) -> Void)?
        if let bar { progress = { bar.show($0) } }
        let report = try library.sync(waitIfBusy: true, progress: progress)
        bar?.clear()
        for file in report.unreadable {
            let unreadable = translation.tr(
                "unreadable: {path}: {reason}",
                [
                    "path": Sanitizer.singleLine(file.path),
                    "reason": Sanitizer.singleLine(file.cause.description(in: translation)),
                ])
            let line = "azad: \(unreadable)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        print(
            translation.tr(
                "{new} new, {changed} changed, {removed} removed, {unreadable} unreadable; {articles} articles",
                [
                    "new": report.new, "changed": report.changed, "removed": report.removed,
                    "unreadable": report.unreadable.count, "articles": report.articles,
                ]))
        if let watching {
            // The counts come first, before the lines the watch writes unbuffered.
            fflush(nil)
            watching.run()
        }
    }
}
