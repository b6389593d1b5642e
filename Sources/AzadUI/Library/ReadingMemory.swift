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
    public var theme: String?

    public init() {}
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
