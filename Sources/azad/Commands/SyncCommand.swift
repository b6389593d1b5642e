import ArgumentParser
import AzadCore
import Foundation

struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Bring the cache up to date with the feed folders.",
        discussion: """
            Prints the counts of new, changed, removed and unreadable files, and names each unreadable \
            file on stderr. Shows a progress bar on stderr when it is a terminal.
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let library = global.library(try global.resolve())
        let bar = isatty(2) == 1 ? ProgressBar() : nil
        var progress: (@Sendable (SyncProgress) -> Void)?
        if let bar { progress = { bar.show($0) } }
        let report = try library.sync(waitIfBusy: true, progress: progress)
        bar?.clear()
        for file in report.unreadable {
            let line = "azad: unreadable: \(Sanitizer.singleLine(file.path)): \(Sanitizer.singleLine(file.reason))\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        print(
            "\(report.new) new, \(report.changed) changed, \(report.removed) removed, "
                + "\(report.unreadable.count) unreadable; \(report.articles) articles")
    }
}
