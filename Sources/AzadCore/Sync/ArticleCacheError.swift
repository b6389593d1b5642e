import Foundation

/// Why a sync could not start.
public enum ArticleCacheError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError, TranslatableError {
    /// A feed folder does not exist or is not a folder.
    case missingFeed(String)

    public var description: String { description(in: .english) }

    public func description(in translation: Translation) -> String {
        switch self {
        case .missingFeed(let path): return translation.tr("feed folder not found: {path}", ["path": path])
        }
    }

    public var errorDescription: String? { description }
}
