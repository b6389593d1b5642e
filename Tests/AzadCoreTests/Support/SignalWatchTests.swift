import Foundation
import Testing

@testable import AzadCore

/// The watch notes a signal the moment it is installed, with nothing registered later, and hands the
/// earlier actions back. The suite is serialized: the note is the process's, one watch at a time.
@Suite("SignalWatch", .serialized)
struct SignalWatchTests {
    /// Signals whose default action would end the test run: a watch that missed one fails loudly.
    static let signals: [(name: String, number: Int32)] = [("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP)]

    /// Runs `body` with `signals` unblocked on this thread, as on the reader's main thread: the test
    /// runner's threads block them, and a blocked signal raised here would wait rather than be handled.
    func unblocked(_ signals: [Int32], _ body: () -> Void) {
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        var old = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        body()
    }

    @Test("a signal raised right after the watch starts is noted before raise returns", arguments: signals)
    func notesAtOnce(signal: (name: String, number: Int32)) {
        unblocked([SIGINT, SIGTERM, SIGHUP]) {
            let watch = SignalWatch([SIGINT, SIGTERM, SIGHUP])
            #expect(watch.received == nil)
            // raise() runs the handler on this thread before it returns: nothing to wait for, nothing lost.
            #expect(raise(signal.number) == 0)
            #expect(watch.received == signal.number, "SIG\(signal.name)")
            watch.forget(SIGINT)
            #expect(watch.received == (signal.number == SIGINT ? nil : signal.number), "forget takes SIGINT only")
        }
    }

    @Test("the actions before the watch are back once it ends")
    func restoresEarlierActions() {
        var before = sigaction()
        sigaction(SIGUSR2, nil, &before)
        #expect(before.__sigaction_handler.sa_handler == nil, "the test process starts with the default")
        unblocked([SIGUSR2]) {
            let watch = SignalWatch([SIGUSR2])
            var during = sigaction()
            sigaction(SIGUSR2, nil, &during)
            #expect(during.__sigaction_handler.sa_handler != nil, "a handler, not the default")
            #expect(raise(SIGUSR2) == 0)
            #expect(watch.received == SIGUSR2)
        }
        var after = sigaction()
        sigaction(SIGUSR2, nil, &after)
        #expect(after.__sigaction_handler.sa_handler == nil, "SIGUSR2's default action is back")
    }

    @Test("a new watch starts with nothing noted")
    func newWatchStartsClear() {
        unblocked([SIGUSR2]) {
            let first = SignalWatch([SIGUSR2])
            #expect(raise(SIGUSR2) == 0)
            #expect(first.received == SIGUSR2)
        }
        #expect(SignalWatch([SIGUSR2]).received == nil)
    }
}
