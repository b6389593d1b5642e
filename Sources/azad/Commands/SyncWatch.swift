import AzadCore
import Foundation

/// `azad sync --watch`: syncs each change to the feed folders as inotify reports it, a line per
/// change on stdout, until SIGINT or SIGTERM.
final class SyncWatch {
    private let live: LiveSync
    /// The language of the notices on stderr; the lines on stdout are for scripts and stay as they are.
    private let translation: Translation

    /// Starts watching `feeds`: before the sync that precedes the watch, so that nothing written
    /// while it runs is missed.
    init(cache: ArticleCache, feeds: [URL], translation: Translation) throws {
        live = try LiveSync(cache: cache, feeds: feeds, translation: translation)
        self.translation = translation
    }

    /// Watches until SIGINT or SIGTERM, which end it cleanly (the caller exits with status 0). The
    /// sync before it ends on a signal as a plain `azad sync` does.
    func run() {
        // Handled, not fatal: a sync under way finishes its transaction before the process ends.
        let signals = SignalWatch([SIGINT, SIGTERM])
        while signals.received == nil {
            for event in live.step(timeout: 200) { Self.log(event, translation: translation) }
        }
    }

    /// Writes what `event` did: a line per change on stdout, problems on stderr.
    static func log(_ event: LiveSync.Event, translation: Translation) {
        switch event {
        case .synced(let report):
            for change in report.changes ?? [] {
                var line = "\(change.kind.rawValue): \(Sanitizer.singleLine(change.path))"
                if let reason = change.reason { line += ": \(Sanitizer.singleLine(reason))" }
                write(line, to: .standardOutput)
            }
        case .fullySynced(let report):
            guard report.new + report.changed + report.removed > 0 else { return }
            write(
                "\(report.new) new, \(report.changed) changed, \(report.removed) removed, "
                    + "\(report.unreadable.count) unreadable; \(report.articles) articles", to: .standardOutput)
        case .limitReached(let seconds):
            write("azad: \(LiveSync.limitNotice(fallbackSeconds: seconds, in: translation))", to: .standardError)
        case .failed(let reason): write("azad: \(Sanitizer.singleLine(reason))", to: .standardError)
        }
    }

    /// Writes `line` at once: a script reading the watch's output sees each change as it happens.
    private static func write(_ line: String, to handle: FileHandle) {
        handle.write(Data((line + "\n").utf8))
    }
}
