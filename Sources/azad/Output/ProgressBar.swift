import AzadCore
import Foundation

/// A one-line progress bar on stderr, redrawn at most every 50 ms, its count in the interface's
/// language (`[####……] 12/300 files`).
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private let translation: Translation

    init(translation: Translation) {
        self.translation = translation
    }

    func show(_ progress: SyncProgress) {
        lock.lock()
        defer { lock.unlock() }
        guard progress.phase == .indexing, progress.total > 0,
            Date().timeIntervalSince(lastDraw) > 0.05 || progress.completed == progress.total
        else { return }
        lastDraw = Date()
        let width = 30
        let filled = width * progress.completed / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let count = translation.trn(
            "{done}/{count} file", "{done}/{count} files", count: progress.total, ["done": progress.completed])
        FileHandle.standardError.write(Data("\r[\(bar)] \(count)".utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
