/// What a sync found and did.
public struct SyncReport: Sendable, Hashable {
    /// An export that could not be read or parsed, and why.
    ///
    /// Two entries are equal when they name the same path for the same English reason: a row holding
    /// only the English words says what the structured reason it was written from says.
    public struct Unreadable: Sendable, Hashable {
        public var path: String
        public var cause: UnreadableReason

        public init(path: String, _ cause: UnreadableReason) {
            self.path = path
            self.cause = cause
        }

        /// An entry with words alone for a reason.
        public init(path: String, reason: String) {
            self.init(path: path, .text(reason))
        }

        /// Why, in English (logs, JSON, the cache's `reason` column).
        public var reason: String { cause.description }

        public static func == (lhs: Unreadable, rhs: Unreadable) -> Bool {
            lhs.path == rhs.path && lhs.reason == rhs.reason
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(path)
            hasher.combine(reason)
        }
    }

    /// Files seen for the first time.
    public var new = 0
    /// Files whose content changed.
    public var changed = 0
    /// Files gone from the feed folders.
    public var removed = 0
    /// Files whose size or time changed but whose content did not.
    public var touched = 0
    /// Files already up to date.
    public var unchanged = 0
    /// Files that could not be read or parsed (including ones that failed in an earlier sync).
    public var unreadable: [Unreadable] = []
    /// Another process was syncing, so this one left the cache as it was.
    public var skipped = false
    /// Each export added, changed, removed or found unreadable, when the sync was asked to list them
    /// (`ArticleCache.sync(paths:feeds:)` does); nil otherwise.
    public var changes: [Change]? = nil

    /// One export a sync added, changed, removed or could not read.
    public struct Change: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case new, changed, removed, unreadable
        }

        public var kind: Kind
        public var path: String
        /// Why it is unreadable.
        public var reason: String?

        public init(_ kind: Kind, _ path: String, reason: String? = nil) {
            self.kind = kind
            self.path = path
            self.reason = reason
        }
    }

    public init() {}

    /// Articles now in the cache from these feeds.
    public var articles: Int { new + changed + touched + unchanged }
}
