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
        let session = try CacheSession(global)
        let bar = isatty(2) == 1 ? ProgressBar() : nil
        var progress: (@Sendable (SyncProgress) -> Void)?
        if let bar { progress = { bar.show($0) } }
        let report = try session.sync(waitIfBusy: true, progress: progress)
        bar?.clear()
        for file in report.unreadable {
            FileHandle.standardError.write(
                Data("azad: unreadable: \(TerminalText.clean(file.path)): \(TerminalText.clean(file.reason))\n".utf8))
        }
        print(
            "\(report.new) new, \(report.changed) changed, \(report.removed) removed, "
                + "\(report.unreadable.count) unreadable; \(report.articles) articles")
    }
}

/// A one-line progress bar on stderr, redrawn at most every 50 ms.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    func show(_ progress: SyncProgress) {
        lock.lock()
        defer { lock.unlock() }
        guard progress.phase == .indexing, progress.total > 0,
            Date().timeIntervalSince(lastDraw) > 0.05 || progress.completed == progress.total
        else { return }
        lastDraw = Date()
        let width = 30
        let filled = width * progress.completed / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(progress.completed)/\(progress.total) files".utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
