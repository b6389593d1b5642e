import AzadCore
import Foundation
import Synchronization

/// Watches the feed folders of a cache library on a thread of its own (`LiveSync`), syncing each
/// change as it happens; the reader's loop takes what it brought and reloads its list at once.
final class BackgroundWatch: Sendable {
    /// What the watch brought since the loop last looked.
    struct News: Sendable, Equatable {
        /// A sync wrote to the cache.
        var changed = false
        /// Things to tell the user once (the watch limit reached, a sync that failed).
        var notices: [MessageLog.Entry] = []
    }

    private let news = Mutex(News())
    private let stopped = Atomic<Bool>(false)
    /// The language its notices are written in.
    private let translation: Translation

    /// Starts watching, or nil for a library that is not a cache of feed folders.
    init?(library: any ArticleLibrary, translation: Translation = .english) {
        guard let library = library as? CacheLibrary else { return nil }
        self.translation = translation
        let thread = Thread { [self] in watch(library) }
        thread.name = "azad.watch"
        thread.stackSize = 1 << 20
        thread.start()
    }

    private func watch(_ library: CacheLibrary) {
        let live: LiveSync
        do {
            live = try LiveSync(cache: library.cache, feeds: library.feeds, translation: translation)
        } catch {
            let reason = (error as? any TranslatableError)?.description(in: translation) ?? "\(error)"
            let notice = translation.tr("{reason}; press r to sync", ["reason": reason])
            news.withLock { $0.notices.append(.init(.warning, notice)) }
            return
        }
        while !stopped.load(ordering: .relaxed) {
            for event in live.step(timeout: 200) {
                news.withLock {
                    switch event {
                    case .synced, .fullySynced: $0.changed = true
                    case .limitReached(let seconds):
                        let notice = LiveSync.limitNotice(fallbackSeconds: seconds, in: translation)
                        $0.notices.append(.init(.warning, notice))
                    case .failed(let reason):
                        $0.notices.append(
                            .init(.error, translation.tr("watching the feeds: {reason}", ["reason": reason])))
                    }
                }
            }
        }
    }

    /// What the watch brought since the last call, and forgets it.
    func take() -> News? {
        news.withLock { current in
            guard current != News() else { return nil }
            defer { current = News() }
            return current
        }
    }

    /// Ends the watching thread within one step.
    func stop() { stopped.store(true, ordering: .relaxed) }
}
