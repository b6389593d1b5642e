import AzadCore
import Foundation

/// The whole list's ids and languages read on a thread of its own, so that the first frame and the
/// first keys never wait for a million of them: what needs them all waits for `entries`, the app's
/// loop looks at `isDone` and then hands the list to the reader.
public final class FullListRead: @unchecked Sendable {
    /// The list and the library's generation read before it.
    public typealias Outcome = Result<(generation: Int, entries: ListEntries), LoadFailure>

    private let condition = NSCondition()
    private var outcome: Outcome?

    /// Starts `read` on a thread of its own.
    public init(_ read: @escaping @Sendable () throws -> (generation: Int, entries: ListEntries)) {
        let thread = Thread { [self] in
            let result = Result { try read() }.mapError(LoadFailure.init)
            condition.withLock {
                outcome = result
                condition.broadcast()
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// A read already done.
    init(done: Outcome) { outcome = done }

    /// Whether the list has been read (or failed to be).
    public var isDone: Bool { condition.withLock { outcome != nil } }

    /// The list, waiting for the read to end.
    public func wait() -> Outcome {
        condition.withLock {
            while outcome == nil { condition.wait() }
            return outcome!
        }
    }
}
