import Foundation
import Synchronization

/// The last polite-ending signal received, 0 for none: written by `noteSignal` in the signal handler
/// (an atomic store is async-signal-safe), read by the watch's owner between its steps.
private let receivedSignal = Atomic<Int32>(0)

private func noteSignal(_ number: Int32) {
    receivedSignal.store(number, ordering: .relaxed)
}

/// Signals that end a long-running command politely (the reader, `sync --watch`): each is noted
/// here, and the owner finishes what it is doing, restores what it changed and exits.
///
/// A real handler, installed by `sigaction`, catches a signal from the moment it is installed. A
/// Dispatch signal source is registered asynchronously after its `resume()`: a signal sent in between
/// found the disposition the source needs (`SIG_IGN`) and no source yet, and was lost, so a SIGHUP in
/// the reader's first milliseconds left it running. A child started later gets the default actions
/// back at `exec`, as it would not with `SIG_IGN`.
///
/// The note is process-wide, so one watch lives at a time; `deinit` puts the earlier actions back.
public final class SignalWatch {
    private var previous: [(number: Int32, action: sigaction)] = []

    public init(_ signals: [Int32]) {
        receivedSignal.store(0, ordering: .relaxed)
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = noteSignal
            sigemptyset(&action.sa_mask)
            // Restarted, not failed with EINTR: the owner polls `received` between its steps.
            action.sa_flags = SA_RESTART
            var old = sigaction()
            sigaction(number, &action, &old)
            previous.append((number, old))
        }
    }

    deinit {
        for (number, action) in previous.reversed() {
            var action = action
            sigaction(number, &action, nil)
        }
    }

    /// Forgets `number` if it is the signal noted: a Ctrl-C typed at a program the terminal was handed
    /// to (a piped command, a text browser) reached the reader too, and was meant for that program.
    public func forget(_ number: Int32) {
        _ = receivedSignal.compareExchange(expected: number, desired: 0, ordering: .relaxed)
    }

    /// The signal that arrived, if any.
    public var received: Int32? {
        let value = receivedSignal.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
