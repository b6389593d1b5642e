import Foundation

/// Why a sync could not start.
public enum ArticleCacheError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// A feed folder does not exist or is not a folder.
    case missingFeed(String)

    public var description: String {
        switch self {
        case .missingFeed(let path): return "feed folder not found: \(path)"
        }
    }

    public var errorDescription: String? { description }
}
