import AzadCore
import Foundation

/// The whole list's ids and languages read on a thread of its own, so that the first frame and the
/// first keys never wait for a million of them: what needs them all waits for them (`wait()`), the
/// app's loop looks at `isDone` and then hands the list to the reader.
public final class FullListRead: @unchecked Sendable {
    public typealias Outcome = Result<WholeList, LoadFailure>
    /// What reads the list and the generation; it stops with an error once `isCancelled` says so.
    public typealias Read = @Sendable (_ isCancelled: @escaping @Sendable () -> Bool) throws -> WholeList

    private let condition = NSCondition()
    private var read: Read?
    private var outcome: Outcome?
    private var cancelled = false

    /// A read of the list by `read`, begun by `start()` or by the first `wait()`.
    public init(_ read: @escaping Read) {
        self.read = read
    }

    /// Begins the read on a thread of its own, once: the app begins it after the first frame is
    /// drawn, so that the two do not share the cores.
    public func start() {
        let taken = condition.withLock { () -> Read? in
            defer { read = nil }
            return read
        }
        guard let taken else { return }
        let thread = Thread { [self] in
            let result = Result { try taken { [self] in condition.withLock { cancelled } } }.mapError(
                LoadFailure.init)
            condition.withLock {
                outcome = result
                condition.broadcast()
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Gives up a read whose list no one will show (a sort or a reload put another window in its
    /// place): one not begun never begins, one under way stops within a few thousand rows, and either
    /// ends as a failure. A read that has ended keeps its list.
    public func cancel() {
        condition.withLock {
            guard outcome == nil else { return }
            cancelled = true
            if read != nil {
                read = nil
                outcome = .failure(LoadFailure(CancellationError()))
                condition.broadcast()
            }
        }
    }

    /// Whether the list has been read (or failed to be).
    public var isDone: Bool { condition.withLock { outcome != nil } }

    /// A read of this list's articles whose language `accepts` takes and whose id is not in
    /// `excluded`, in its order: it waits for this one, and fails as it does.
    func filtered(excluding excluded: Set<Int64> = [], _ accepts: @escaping @Sendable (String) -> Bool)
        -> FullListRead
    {
        FullListRead { [self] _ in
            let whole = try wait().get()
            return WholeList(
                generation: whole.generation, entries: whole.entries.filtered(accepts, excluding: excluded))
        }
    }

    /// The list, beginning the read if nothing has and waiting for it to end.
    public func wait() -> Outcome {
        start()
        return condition.withLock {
            while outcome == nil { condition.wait() }
            return outcome!
        }
    }
}

/// Every article of the list, and the library's sync count read before them.
public struct WholeList: Sendable {
    public var generation: Int
    public var entries: ListEntries

    public init(generation: Int, entries: ListEntries) {
        self.generation = generation
        self.entries = entries
    }

    /// The count, which holds for as long as the sync count does.
    public var counted: ListCount { ListCount(count: entries.count, generation: generation) }
}
