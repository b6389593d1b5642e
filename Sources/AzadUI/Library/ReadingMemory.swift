import AzadCore
import Foundation

/// What the reader remembers between runs.
public struct ReadingRecord: Sendable, Hashable, Codable {
    public var read: Set<Int64> = []
    public var starred: Set<Int64> = []
    /// The article open when the reader quit, and how far down it was scrolled.
    public var lastArticle: Int64?
    public var lastScroll: Int = 0
    /// Nil until the reader has chosen one (the configuration's choice applies).
    public var mastheadLanguage: MastheadLanguage?
    /// The masthead was hidden with `hide-masthead`.
    public var mastheadHidden = false
    public var theme: String?
    /// Per kind of search (`SearchKind.rawValue`), the queries searched, newest first.
    public var searchHistory: [String: [String]] = [:]
    /// The list's view and order; nil until the reader has changed them.
    public var listView: ListView?

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case read, starred, lastArticle, lastScroll, mastheadLanguage, mastheadHidden, theme, searchHistory, listView
    }

    /// Reads a record; a key a record written by another version lacks keeps its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        read = try container.decodeIfPresent(Set<Int64>.self, forKey: .read) ?? []
        starred = try container.decodeIfPresent(Set<Int64>.self, forKey: .starred) ?? []
        lastArticle = try container.decodeIfPresent(Int64.self, forKey: .lastArticle)
        lastScroll = try container.decodeIfPresent(Int.self, forKey: .lastScroll) ?? 0
        mastheadLanguage = try container.decodeIfPresent(MastheadLanguage.self, forKey: .mastheadLanguage)
        mastheadHidden = try container.decodeIfPresent(Bool.self, forKey: .mastheadHidden) ?? false
        theme = try container.decodeIfPresent(String.self, forKey: .theme)
        searchHistory = try container.decodeIfPresent([String: [String]].self, forKey: .searchHistory) ?? [:]
        listView = try? container.decodeIfPresent(ListView.self, forKey: .listView)
    }
}

/// Keeps a `ReadingRecord` between runs.
public protocol ReadingMemory: Sendable {
    func load() -> ReadingRecord
    func save(_ record: ReadingRecord) throws
}

/// A reading memory that forgets everything when the reader quits: tests, and a data folder that
/// cannot be written.
public final class TransientReadingMemory: ReadingMemory, @unchecked Sendable {
    private let lock = NSLock()
    private var record: ReadingRecord

    public init(_ record: ReadingRecord = ReadingRecord()) { self.record = record }

    public func load() -> ReadingRecord { lock.withLock { record } }
    public func save(_ record: ReadingRecord) throws { lock.withLock { self.record = record } }
}
