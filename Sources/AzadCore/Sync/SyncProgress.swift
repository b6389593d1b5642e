/// How far a sync has come, for a progress bar.
public struct SyncProgress: Sendable, Hashable {
    public enum Phase: String, Sendable, Hashable {
        /// Walking the feed folders.
        case scanning
        /// Reading, parsing and indexing the files that changed.
        case indexing
        /// Done.
        case finished
    }

    public var phase: Phase
    /// Files handled so far in this phase.
    public var completed: Int
    /// Files this phase will handle.
    public var total: Int

    public init(phase: Phase, completed: Int, total: Int) {
        self.phase = phase
        self.completed = completed
        self.total = total
    }
}
