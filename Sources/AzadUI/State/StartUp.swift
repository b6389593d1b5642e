/// What start-up restores: the record remembered from the last run, held from `start` until every
/// article is loaded and the last article has been reopened.
public struct StartUp: Sendable, Hashable {
    /// The record being restored; nil once start-up is over.
    public var record: ReadingRecord?
    /// How many of the newest articles the first frame loads (nil: all of them at once).
    public var firstRows: Int?

    public init() {}

    /// Start-up is over: the whole list is loaded.
    public var isOver: Bool { record == nil }
}
