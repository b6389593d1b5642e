import Foundation

/// Keeps a cache up to date with its feeds while they change: the paths `FeedWatcher` reports are
/// synced alone, and a full sync runs when inotify lost events, or every `fallbackInterval` seconds
/// once the watch limit left folders unwatched.
///
/// Used from one thread: `azad sync --watch` and the reader's watching thread call `step` in a loop.
public final class LiveSync {
    /// What one step did.
    public enum Event: Sendable, Hashable {
        /// Paths inotify reported were synced; the report lists each change.
        case synced(SyncReport)
        /// Every export was looked at: inotify lost events, or folders are left unwatched.
        case fullySynced(SyncReport)
        /// The watch limit was reached: said once, with how often a full sync runs instead (seconds).
        case limitReached(fallbackSeconds: Int)
        /// A sync failed (a feed folder went away, the cache could not be written).
        case failed(String)
    }

    private let watcher: FeedWatcher
    private let cache: ArticleCache
    private let feeds: [URL]
    private let fallbackInterval: Double
    private var nextFullSync: Date?
    private var announced = false
    /// The language a failed sync's error is said in.
    private let translation: Translation

    /// Starts watching `feeds` for `cache`; a sync that fails says why in `translation`'s language.
    ///
    /// - Throws: `FeedWatcherError` when inotify cannot be started.
    public init(
        cache: ArticleCache, feeds: [URL], fallbackInterval: Double = 10, translation: Translation = .english,
        addWatch: @escaping FeedWatcher.AddWatch = FeedWatcher.systemAddWatch
    ) throws {
        self.translation = translation
        self.cache = cache
        self.feeds = feeds
        self.fallbackInterval = fallbackInterval
        watcher = try FeedWatcher(roots: feeds.map { $0.standardizedFileURL.path }, addWatch: addWatch)
    }

    /// How many folders inotify watches.
    public var watchedFolders: Int { watcher.watchedFolders }

    /// Waits up to `timeout` milliseconds for a change and syncs it; what was done, in order (empty
    /// when nothing changed).
    public func step(timeout: Int32) -> [Event] {
        var events: [Event] = []
        if watcher.limitReached, !announced {
            announced = true
            nextFullSync = Date().addingTimeInterval(fallbackInterval)
            events.append(.limitReached(fallbackSeconds: Int(fallbackInterval)))
        }
        var wait = timeout
        if let nextFullSync {
            wait = min(wait, Int32(max(0, nextFullSync.timeIntervalSinceNow * 1000)))
        }
        let changes = watcher.next(timeout: wait)
        do {
            if changes.needsFullSync || nextFullSync.map({ Date() >= $0 }) == true {
                if nextFullSync != nil { nextFullSync = Date().addingTimeInterval(fallbackInterval) }
                events.append(.fullySynced(try cache.sync(feeds: feeds)))
            } else if !changes.paths.isEmpty {
                let report = try cache.sync(paths: changes.paths, feeds: feeds)
                if report.changes?.isEmpty == false { events.append(.synced(report)) }
            }
        } catch {
            events.append(.failed((error as? any TranslatableError)?.description(in: translation) ?? "\(error)"))
        }
        return events
    }

    /// What `.limitReached` says to a person, in `translation`'s language.
    public static func limitNotice(fallbackSeconds: Int, in translation: Translation) -> String {
        translation.tr(
            "more folders than inotify may watch (fs.inotify.max_user_watches): syncing every {seconds} s instead",
            ["seconds": fallbackSeconds])
    }
}
