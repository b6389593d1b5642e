import AzadCore
import Foundation
import Synchronization

/// Runs the reader's searches on a thread of their own, so that typing never waits for one.
///
/// Only the newest query matters: a query asked for while another runs replaces any still waiting,
/// and the reader drops results of a query the typing has gone past. The app's loop polls `take()`.
/// A screen of hits comes first (`complete` false) when the library reads them before the rest and
/// no newer query waits.
final class BackgroundSearch: Sendable {
    typealias Outcome = (text: String, hits: Result<[SearchHit], LoadFailure>, complete: Bool)

    private struct Exchange {
        var wanted: (text: String, first: Int)?
        var running = false
        var done: Outcome?
        var stopped = false
    }

    private let exchange = Mutex(Exchange())
    private let wake = DispatchSemaphore(value: 0)

    init(library: any ArticleLibrary, limit: Int) {
        let thread = Thread { [self] in
            while true {
                wake.wait()
                let (wanted, stopped) = exchange.withLock { exchange in
                    defer {
                        exchange.running = exchange.wanted != nil
                        exchange.wanted = nil
                    }
                    return (exchange.wanted, exchange.stopped)
                }
                if stopped { return }
                guard let (text, first) = wanted else { continue }
                let hits = Result {
                    try library.search(text, limit: limit, first: first) { head in
                        exchange.withLock { exchange in
                            if exchange.wanted == nil { exchange.done = (text, .success(head), false) }
                        }
                    }
                }.mapError(LoadFailure.init)
                exchange.withLock {
                    $0.done = (text, hits, true)
                    $0.running = false
                }
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Asks for `text` to be searched, in place of any search not yet started, its first `first`
    /// hits (a screen's) given first.
    func submit(_ text: String, first: Int) {
        exchange.withLock { $0.wanted = (text, first) }
        wake.signal()
    }

    /// Whether a search is waiting, running, or finished and not yet taken: the app then looks for
    /// its results often.
    var isBusy: Bool { exchange.withLock { $0.wanted != nil || $0.running || $0.done != nil } }

    /// The last search finished since the last call, if any.
    func take() -> Outcome? {
        exchange.withLock { exchange in
            defer { exchange.done = nil }
            return exchange.done
        }
    }

    /// Ends the thread once its current search (if any) is done.
    func stop() {
        exchange.withLock { $0.stopped = true }
        wake.signal()
    }
}
