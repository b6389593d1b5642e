import AzadCore
import Foundation

/// A one-line progress bar on stderr, redrawn at most every 50 ms.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

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
        FileHandle.standardError.write(Data("\r[\(bar)] \(progress.completed)/\(progress.total) files".utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
