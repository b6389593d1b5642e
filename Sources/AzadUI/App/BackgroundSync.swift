import AzadCore
import Foundation
import Synchronization

/// Runs a library's sync on its own thread; the reader's loop polls it for progress and the end.
final class BackgroundSync: Sendable {
    struct Report: Sendable, Equatable {
        var progress: Double
        var finished: Bool
        var error: String?
        /// The exports the sync could not read, once it finished.
        var unreadable: [SyncReport.Unreadable] = []
    }

    private let report = Mutex(Report(progress: 0, finished: false, error: nil))

    /// An error is said in `translation`'s language when it can say itself.
    init(library: any ArticleLibrary, translation: Translation = .english) {
        let thread = Thread { [self] in
            do {
                let unreadable = try library.syncListingUnreadable { fraction in
                    self.report.withLock { $0.progress = fraction }
                }
                self.report.withLock {
                    $0.unreadable = unreadable
                    $0.finished = true
                }
            } catch {
                self.report.withLock {
                    $0.finished = true
                    $0.error = (error as? any TranslatableError)?.description(in: translation) ?? "\(error)"
                }
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    var current: Report { report.withLock { $0 } }
}
