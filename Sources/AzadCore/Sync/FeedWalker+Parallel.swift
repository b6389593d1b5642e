import Foundation

extension FeedWalker {
    /// The count and digest a `.digestFiles` walk of `roots` gives, the folders below each root
    /// shared among `threads` threads: what a no-change sync compares, on every core.
    ///
    /// A folder reached through two links from folders that different threads walk is digested by
    /// each: the digest then differs from the one a sync stored, and the sync looks at every export,
    /// which is slower and still right.
    static func digestFiles(of roots: [String], threads: Int) -> (count: Int, digest: UInt64) {
        var top = FeedWalker(mode: .digestFiles)
        top.descends = false
        for root in roots { top.walk(root) }
        let subfolders = top.subfolders
        let threadCount = max(1, min(threads, subfolders.count))
        let results = Results(count: top.count, digest: top.digest)
        /// Walks the subfolders not yet claimed, one at a time, and adds what it found.
        @Sendable func work() {
            var walker = FeedWalker(mode: .digestFiles)
            while let index = results.claim(), index < subfolders.count { walker.walk(below: subfolders[index]) }
            results.add(count: walker.count, digest: walker.digest)
        }
        for _ in 1..<threadCount {
            let thread = Thread { work() }
            thread.name = "azad.sync.walk"
            thread.start()
        }
        work()
        return results.wait(for: threadCount)
    }

    /// The next subfolder to walk, and what the walking threads found, summed as each ends.
    private final class Results: @unchecked Sendable {
        private let condition = NSCondition()
        private var count: Int
        private var digest: UInt64
        private var ended = 0
        private var claimed = 0

        /// The index of the next subfolder to walk.
        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            claimed += 1
            return claimed - 1
        }

        init(count: Int, digest: UInt64) {
            self.count = count
            self.digest = digest
        }

        func add(count: Int, digest: UInt64) {
            condition.lock()
            self.count += count
            self.digest &+= digest
            ended += 1
            condition.broadcast()
            condition.unlock()
        }

        /// The sums, once `threads` threads have added theirs.
        func wait(for threads: Int) -> (count: Int, digest: UInt64) {
            condition.lock()
            defer { condition.unlock() }
            while ended < threads { condition.wait() }
            return (count, digest)
        }
    }
}
