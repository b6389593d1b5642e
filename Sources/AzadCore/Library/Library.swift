import Foundation

/// The articles of the configured feed folders, as every command sees them: the cache, the feeds,
/// keeping one up to date with the other, and finding an article by the reference a user typed.
///
/// The cache is opened on first use, so a command that reads an export file directly never creates one.
public final class Library {
    /// The folders of text exports the cache mirrors, found when first needed: a command that reads
    /// one export file never looks for them (nor for the bundled sample feed they may default to).
    public private(set) lazy var feeds: [URL] = findFeeds()
    /// Where the cache lives.
    public let cacheDirectory: URL
    private let findFeeds: () -> [URL]
    private let notice: (CacheNotice) -> Void
    private var opened: ArticleCache?

    /// - Parameter notice: told once, when the cache opens, of anything the user should know (a damaged
    ///   cache file moved aside).
    public init(
        feeds: @autoclosure @escaping () -> [URL], cacheDirectory: URL,
        notice: @escaping (CacheNotice) -> Void = { _ in }
    ) {
        findFeeds = feeds
        self.cacheDirectory = cacheDirectory
        self.notice = notice
    }

    /// The article cache, opened (and created) on first use.
    public func cache() throws(LibraryError) -> ArticleCache {
        if let opened { return opened }
        let cache: ArticleCache
        do {
            cache = try ArticleCache(directory: cacheDirectory)
        } catch {
            throw .cacheUnavailable(directory: cacheDirectory.path, reason: "\(error)", lock: error as? FileLockError)
        }
        opened = cache
        if let cacheNotice = cache.notice { notice(cacheNotice) }
        return cache
    }

    /// A quick sync before reading (see `SyncDepth.quick`); when another process is syncing, the cache
    /// is read as it is instead of waiting. Unreadable files are `sync`'s to name, not every listing's.
    public func refresh() throws {
        _ = try sync(waitIfBusy: false, depth: .quick, progress: nil)
    }

    /// Brings the cache up to date with the feeds (see `ArticleCache.sync`).
    public func sync(
        waitIfBusy: Bool, depth: SyncDepth = .full, progress: (@Sendable (SyncProgress) -> Void)? = nil
    ) throws -> SyncReport {
        guard !feeds.isEmpty else { throw LibraryError.noFeed }
        for feed in feeds { try Self.checkFeed(feed) }
        let cache = try cache()
        do {
            return try cache.sync(feeds: feeds, waitIfBusy: waitIfBusy, depth: depth, progress: progress)
        } catch ArticleCacheError.missingFeed(let path) {
            throw LibraryError.missingFeed(path)
        }
    }

    /// Stops a sync before it starts when `feed` is a file or a folder this user may not list: the
    /// cache would otherwise call either one missing. A feed that is not there is the cache's to name.
    public static func checkFeed(_ feed: URL) throws(LibraryError) {
        let path = feed.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .feedNotAFolder(path) }
        guard access(path, R_OK | X_OK) == 0 else { throw .feedUnreadable(path) }
    }
}
