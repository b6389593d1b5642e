import Foundation

/// A fresh `azad-e2e-…` folder under the system's temporary folder for one test (a home, a cache, a
/// feed), removed when the value is released.
///
/// A test keeps the value for as long as a process it started may write into the folder; a folder
/// handed to a `TmuxSession` as its home is the session's to remove, after its tmux server is gone.
final class TemporaryFolder: Sendable {
    let url: URL

    /// Creates the folder.
    init() throws {
        url = TemporaryFolder.newURL()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { TemporaryFolder.remove(url) }

    /// A new `azad-e2e-UUID` path, not yet created: for a home that a `TmuxSession` creates and removes.
    static func newURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "azad-e2e-\(UUID().uuidString)", isDirectory: true)
    }

    /// Removes `folder` and everything in it, read-only folders too.
    ///
    /// A process that is ending (azad under a tmux server just killed) may still write a file while the
    /// folder is emptied, which fails the removal: it is tried again until the folder is gone, for a
    /// few seconds at most.
    static func remove(_ folder: URL) {
        let deadline = Date().addingTimeInterval(10)
        while FileManager.default.fileExists(atPath: folder.path) {
            if ScratchFolder.remove(folder) || Date() > deadline { return }
            usleep(20_000)
        }
    }
}
