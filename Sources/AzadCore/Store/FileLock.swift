import Foundation

/// An advisory lock on a file (`flock`), shared by every azad process using the same directory.
///
/// SQLite's own locks would make a second writer wait and then fail with "database is locked"; this
/// lock lets a second `sync` wait its turn, and lets `list` or `search` go ahead on the cache as it
/// is while another process is still syncing.
final class FileLock {
    private let descriptor: Int32

    /// Opens (creating) the lock file at `url`.
    init(url: URL) throws(FileLockError) {
        descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw FileLockError(path: url.path, code: errno) }
    }

    deinit { close(descriptor) }

    /// Takes the lock exclusively, waiting for other holders.
    func lock() {
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    }

    /// Takes the lock exclusively if nobody holds it; false when someone does.
    func tryLock() -> Bool {
        flock(descriptor, LOCK_EX | LOCK_NB) == 0
    }

    func unlock() {
        _ = flock(descriptor, LOCK_UN)
    }

    /// Runs `body` holding the lock.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}
