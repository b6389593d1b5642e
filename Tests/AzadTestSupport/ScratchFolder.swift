import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
public final class ScratchFolder: Sendable {
    public let url: URL

    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "azad-test-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { ScratchFolder.remove(url) }

    /// Removes `folder`, whether it went: tests may leave read-only folders behind, made removable first.
    @discardableResult
    public static func remove(_ folder: URL) -> Bool {
        chmod(folder.path, 0o700)
        if let paths = FileManager.default.enumerator(atPath: folder.path) {
            for case let path as String in paths {
                chmod(folder.appendingPathComponent(path).path, 0o700)
            }
        }
        return (try? FileManager.default.removeItem(at: folder)) != nil
    }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// A folder for a fixture the whole run shares (a `static let`, never released): removed when the
    /// test process exits.
    public static func keptForTheRun() -> ScratchFolder {
        let folder = ScratchFolder()
        RunFolders.shared.keep(folder)
        return folder
    }
}

/// The folders `ScratchFolder.keptForTheRun()` made, removed at exit (the statics holding them are
/// never released).
private final class RunFolders: @unchecked Sendable {
    static let shared = RunFolders()
    private let lock = NSLock()
    private var folders: [URL] = []
    private var registered = false

    func keep(_ folder: ScratchFolder) {
        lock.withLock {
            if !registered {
                registered = true
                atexit { RunFolders.shared.removeAll() }
            }
            folders.append(folder.url)
        }
    }

    private func removeAll() {
        for folder in lock.withLock({ folders }) { ScratchFolder.remove(folder) }
    }
}
