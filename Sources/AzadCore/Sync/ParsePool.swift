import Foundation

/// Reads, hashes, parses and folds the files of a sync on threads of its own, one per core up to
/// four, at most `window` files ahead of the writing thread, which takes them in order.
///
/// Its own threads, not Dispatch's: the writing thread is itself one of Dispatch's few (an async
/// command runs on them), so parsing on Dispatch would get about one core beside the writer.
///
/// What a thread prepared goes back to it once written, to be freed there: malloc gives each
/// thread an arena of its own, and freeing another thread's memory takes that arena's lock, on
/// which the writer would stall while the parsing threads allocate.
///
/// `finish()` waits for the threads to end and frees what is left, so that nothing a sync allocated
/// outlives it: not even the last outcome a thread has yet to free.
final class ParsePool: @unchecked Sendable {
    /// What reading one file came to.
    enum Outcome: Sendable {
        /// Same content as cached: only its size and time changed.
        case touched(hash: Int64)
        case parsed(Prepared)
        case failed(reason: UnreadableReason)
    }

    /// An article ready to be written: parsed, encoded and folded off the writing thread.
    struct Prepared: Sendable {
        var hash: Int64
        var article: Article
        var authors: String
        var contributors: String
        var warnings: String
        var blocks: Data
        var indexed: [String]
        /// The distinct words of `indexed`, for the index's word list (`WordListWriter`).
        var words: ArticleWords
    }

    static let window = 512
    /// Files from this size up give the memory their parse freed back to the system at once.
    static let bigFileBytes = 4 << 20
    /// Parsing a file costs about two and a half times writing it, so four threads keep the writer
    /// busy on any machine; more would only idle, each with a malloc arena of its own.
    static let mostThreads = 4
    private let condition = NSCondition()
    private let work: [SyncPlan.Work]
    private var ready: [Int: (outcome: Outcome, thread: Int)] = [:]
    /// Written outcomes, by the thread that prepared them.
    private var spent: [[Outcome]]
    /// The next file a thread will claim, and how many files the writer has taken.
    private var claimed = 0
    private var taken = 0
    private var cancelled = false
    /// Threads that have not yet ended.
    private var running: Int

    /// Starts `threads` threads (at most one per file) on `work`.
    init(work: [SyncPlan.Work], threads: Int) {
        self.work = work
        let count = max(1, min(threads, work.count))
        spent = Array(repeating: [], count: count)
        running = count
        for number in 0..<count {
            let thread = Thread { [self] in
                run(number)
                ended()
            }
            thread.name = "azad.sync.parse"
            thread.start()
        }
    }

    /// The threads for this machine: one per core, up to `mostThreads`.
    static var threadsForThisMachine: Int { min(ProcessInfo.processInfo.activeProcessorCount, mostThreads) }

    private func run(_ thread: Int) {
        // Below the writer, which all of them feed: when it can run, it should, so that it is never
        // far behind and has little left to write once the last file is parsed.
        Platform.lowerPriorityOfThisThread(by: 5)
        var mine: [Outcome] = []
        while let index = claim(thread, swapping: &mine) {
            // Outside the lock: frees what the writer has given back.
            mine.removeAll(keepingCapacity: true)
            let outcome = Self.prepare(work[index])
            condition.lock()
            ready[index] = (outcome, thread)
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next file to prepare, once it is within the window, with this thread's written
    /// outcomes swapped into `spent`; nil when none is left or the writer has stopped.
    private func claim(_ thread: Int, swapping spent: inout [Outcome]) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && claimed < work.count && claimed - taken >= Self.window { condition.wait() }
        swap(&spent, &self.spent[thread])
        guard !cancelled, claimed < work.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// Waits for file `index` to be prepared and hands it to `body`, which may let go of what it
    /// has written (a big article's blocks); files are taken in order.
    func withOutcome(_ index: Int, _ body: (inout Outcome) throws -> Void) rethrows {
        condition.lock()
        var found = ready.removeValue(forKey: index)
        while found == nil {
            condition.wait()
            found = ready.removeValue(forKey: index)
        }
        taken += 1
        condition.broadcast()
        condition.unlock()
        guard let thread = found?.thread, var outcome = found?.outcome else { return }
        found = nil
        defer {
            condition.lock()
            spent[thread].append(outcome)
            condition.unlock()
        }
        try body(&outcome)
    }

    /// Counts a thread out, once `run` has freed what it held.
    private func ended() {
        condition.lock()
        running -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the threads (the writer is done, or failed) and waits for them to end; a file being
    /// prepared is finished and dropped. Every outcome is freed when it returns.
    func finish() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        ready.removeAll()
        spent.removeAll()
        condition.unlock()
    }

    /// Reads one file and makes of it what the writer needs; `archive` lends its words to the
    /// repair of PDF-to-text output.
    static func prepare(_ item: SyncPlan.Work, archive: ArchiveWords? = nil) -> Outcome {
        var data: Data
        do {
            // Never blocks: the file may have become a fifo since the walk (RegularFile).
            data = try RegularFile.contents(of: item.file.path)
        } catch {
            return .failed(reason: reason(for: error))
        }
        let hash = ContentHash.of(data)
        if let existing = item.existing, existing.hash == hash { return .touched(hash: hash) }
        let size = data.count
        do {
            // Each step lets go of what it read (the parser the bytes, the blocks once encoded), so
            // that a big export is held about twice at most, never once per step.
            var article = try ExportParser.parse(data: consume data, path: item.file.path, archive: archive)
            article.path = item.file.path
            let authors = ArticleCache.joinList(article.authors)
            let contributors = ArticleCache.encodeContributors(article.contributors)
            // The writer needs the blocks only encoded. Freed here (`encode(releasing:)` empties
            // them), a paragraph's memory goes back to this thread's malloc arena; freed by the
            // writer, each large one would take this arena's lock from under this thread.
            let blocks = BlockCodec.encode(releasing: &article.blocks)
            // A big export's paragraphs and lines were many small allocations, whose memory malloc
            // keeps for the next ones: given back, it leaves room for the folded body below.
            if size >= Self.bigFileBytes { Platform.returnFreeMemory() }
            let indexed = SyncWriter.indexedFields(
                title: article.title, subtitle: article.subtitle, authors: ArticleCache.indexedNames(contributors),
                blocks: blocks)
            return .parsed(
                Prepared(
                    hash: hash, article: article, authors: authors, contributors: contributors,
                    warnings: ArticleCache.joinList(article.warnings),
                    blocks: blocks, indexed: indexed, words: WordListWriter.words(of: indexed)))
        } catch {
            return .failed(reason: reason(for: error))
        }
    }

    /// Why a file failed, without its path: the report names the path beside it.
    private static func reason(for error: any Error) -> UnreadableReason {
        if let importError = error as? ImportError { return .import(importError.reason) }
        if let localized = error as? LocalizedError, let description = localized.errorDescription {
            return .text(description)
        }
        return .text(String(describing: error))
    }
}
