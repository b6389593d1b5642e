import AzadCore
import Dispatch
import Foundation
import Synchronization

/// The signals that end the reader politely: they are noted here, and the main loop restores the
/// terminal and exits.
final class SignalWatch {
    /// The last signal received, 0 for none; shared with the handlers on the signal queue.
    private final class Flag: Sendable {
        let value = Atomic<Int32>(0)
    }

    private let flag = Flag()
    private let sources: [any DispatchSourceSignal]

    init(_ signals: [Int32]) {
        let queue = DispatchQueue(label: "azad.signals")
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            // The default action would kill the process before the terminal is restored.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            let flag = self.flag
            source.setEventHandler { flag.value.store(number, ordering: .relaxed) }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    deinit {
        for source in sources { source.cancel() }
    }

    /// Forgets `number` if it is the signal noted: a Ctrl-C typed at a program the terminal was handed
    /// to (a piped command, a text browser) reached the reader too, and was meant for that program.
    func forget(_ number: Int32) {
        _ = flag.value.compareExchange(expected: number, desired: 0, ordering: .relaxed)
    }

    /// The signal that arrived, if any.
    var received: Int32? {
        let value = flag.value.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }
}
