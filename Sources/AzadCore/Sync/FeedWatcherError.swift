/// Why a feed cannot be watched.
public enum FeedWatcherError: Error, CustomStringConvertible, TranslatableError {
    /// inotify could not be started, with its `errno`.
    case unavailable(FileProblem)

    public var description: String { description(in: .english) }

    public func description(in translation: Translation) -> String {
        switch self {
        case .unavailable(let problem):
            translation.tr("cannot watch the feed folders: {reason}", ["reason": problem.description(in: translation)])
        }
    }
}
