/// Why a feed cannot be watched.
public enum FeedWatcherError: Error, CustomStringConvertible {
    case unavailable(String)

    public var description: String {
        switch self {
        case .unavailable(let reason): "cannot watch the feed folders: \(reason)"
        }
    }
}
