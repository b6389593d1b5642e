/// What became of a cache file that could not be used as it was: moved aside and replaced by an
/// empty cache. The user's one-line notice, in English (`description`) or the interface's language.
public struct CacheNotice: Sendable, Hashable, CustomStringConvertible {
    /// Why the file could not be used.
    public enum Problem: Sendable, Hashable {
        /// SQLite says it is not a database, or corrupt, in these words.
        case damaged(String)
        /// Shorter than its own header says.
        case truncated(size: UInt64, expected: UInt64)
        /// Its schema is a newer azad's.
        case newer

        /// The extension the file is moved aside with.
        var suffix: String {
            switch self {
            case .damaged, .truncated: "damaged"
            case .newer: "newer"
            }
        }

        public func description(in translation: Translation) -> String {
            switch self {
            case .damaged(let words):
                // SQLite's own words stay as they are.
                translation.tr("the cache file is damaged ({reason})", ["reason": words])
            case .truncated(let size, let expected):
                translation.tr(
                    "the cache file is truncated ({size} of {expected} bytes)",
                    [
                        "size": translation.localDigits(String(size)),
                        "expected": translation.localDigits(String(expected)),
                    ])
            case .newer:
                translation.tr("the cache file was written by a newer azad")
            }
        }
    }

    public var problem: Problem
    /// The name the file was moved to, beside the new cache.
    public var movedTo: String

    public init(_ problem: Problem, movedTo: String) {
        self.problem = problem
        self.movedTo = movedTo
    }

    public var description: String { description(in: .english) }

    public func description(in translation: Translation) -> String {
        translation.tr(
            "{problem}: moved it to {file} and started a new cache",
            ["problem": problem.description(in: translation), "file": movedTo])
    }
}
