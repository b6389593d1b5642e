/// Why the library could not do what was asked; its description is one line, `PATH: reason` when a
/// file is at fault.
public enum LibraryError: Error, Sendable, Hashable, CustomStringConvertible, TranslatableError {
    /// No feed folder is configured and the bundled sample feed is missing.
    case noFeed
    /// The cache folder cannot be opened as a cache.
    case cacheUnavailable(directory: String, reason: String, lock: FileLockError? = nil)
    /// A feed folder that is not there (`ArticleCacheError.missingFeed`).
    case missingFeed(String)
    /// A feed path that names a file (or anything else) where a folder of exports belongs.
    case feedNotAFolder(String)
    /// A feed folder this user may not list.
    case feedUnreadable(String)
    /// A number that is no article's cache id.
    case noSuchID(Int64)
    /// A reference that is neither a file, nor a cache id, nor a path the cache holds.
    case notFound(String)
    /// The export file names could not be turned into an article.
    case unreadable(ImportError)

    public var description: String { description(in: .english) }

    public func description(in translation: Translation) -> String {
        switch self {
        case .noFeed: return translation.tr("no feed folder: pass --feed DIR or set feeds in the configuration")
        case .cacheUnavailable(let directory, let reason, let lock):
            return translation.tr(
                "cannot open the cache in {directory}: {reason}",
                [
                    "directory": directory,
                    // English keeps the words the error was made with; Foundation's order varies.
                    "reason": translation.language == .en
                        ? reason : lock?.description(in: translation) ?? translation.tr(reason),
                ])
        case .missingFeed(let path): return translation.tr("feed folder not found: {path}", ["path": path])
        case .feedNotAFolder(let path):
            return translation.tr("{path}: a file, not a folder: a feed is a folder of text exports", ["path": path])
        case .feedUnreadable(let path):
            return translation.tr("{path}: cannot open the feed folder: permission denied", ["path": path])
        case .noSuchID(let id):
            return translation.tr(
                "no article with id {id} in the cache (azad list shows the ids)", ["id": String(id)])
        case .notFound(let reference):
            return translation.tr("no article with id or path {reference}", ["reference": reference])
        case .unreadable(let error): return error.description(in: translation)
        }
    }
}
