import Foundation

/// Watches feed folders with inotify and tells which exports were added, rewritten or removed, so
/// that a sync can look at those paths alone instead of stating the whole feed.
///
/// Every folder below the roots is watched, new ones as they appear (made, or moved in); symbolic
/// links to folders are followed, each folder watched once. A file counts once it is closed after
/// writing or moved in; removing or moving it out counts too. Hidden names and files that are not
/// exports are ignored, as `FeedWalker` ignores them.
///
/// When inotify's watch limit is reached (`fs.inotify.max_user_watches`), `limitReached` is set and
/// the folders left unwatched are the caller's to cover with periodic full syncs.
public final class FeedWatcher {
    /// Adds an inotify watch: the watch descriptor, or minus the `errno` it failed with. Injectable, so
    /// that a test can reach the watch limit without changing the system's.
    public typealias AddWatch = @Sendable (_ inotify: Int32, _ path: String, _ mask: UInt32) -> Int32

    /// What changed since the last call to `next(timeout:)`.
    public struct Changes: Sendable, Hashable {
        /// Exports and folders added, written, removed or moved, sorted.
        public var paths: [String] = []
        /// inotify lost events (its queue overflowed) or a feed folder itself went away: only a full
        /// sync can tell what the feeds hold now.
        public var needsFullSync = false

        public var isEmpty: Bool { paths.isEmpty && !needsFullSync }
    }

    /// The folders whose events are looked at: each is watched, and an event's path is its folder's
    /// path and the event's name.
    private var folders: [Int32: String] = [:]
    private let roots: [String]
    private let descriptor: Int32
    private let addWatch: AddWatch
    /// Set when a folder could not be watched because inotify's watch limit was reached.
    public private(set) var limitReached = false

    /// The events a feed folder is watched for.
    static let mask: UInt32 =
        UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE)
        | UInt32(IN_CREATE) | UInt32(IN_ATTRIB) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)
        | UInt32(IN_ONLYDIR)

    /// The system's `inotify_add_watch`.
    public static let systemAddWatch: AddWatch = { inotify, path, mask in
        let watch = inotify_add_watch(inotify, path, mask)
        return watch >= 0 ? watch : -errno
    }

    /// Starts watching `roots` and every folder below them.
    ///
    /// - Throws: `FeedWatcherError` when inotify itself cannot be started (too many instances).
    public init(roots: [String], addWatch: @escaping AddWatch = FeedWatcher.systemAddWatch) throws {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw FeedWatcherError.unavailable(.system(errno)) }
        self.roots = roots.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        self.addWatch = addWatch
        for root in self.roots { _ = watchTree(root) }
    }

    deinit { close(descriptor) }

    /// How many folders are watched.
    public var watchedFolders: Int { folders.count }

    /// Waits up to `timeout` milliseconds for a change, then gathers the burst it belongs to (events
    /// that follow within `settle` milliseconds of each other, for at most `longest`); empty when
    /// nothing changed.
    public func next(timeout: Int32, settle: Int32 = 30, longest: Double = 0.25) -> Changes {
        var found = Set<String>()
        var changes = Changes()
        guard wait(timeout) else { return changes }
        let end = Date().addingTimeInterval(longest)
        repeat {
            drain(into: &found, changes: &changes)
        } while Date() < end && wait(settle)
        changes.paths = found.sorted()
        return changes
    }

    /// Whether an event is ready within `milliseconds`.
    private func wait(_ milliseconds: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, milliseconds) > 0
    }

    /// Reads every event inotify holds.
    private func drain(into found: inout Set<String>, changes: inout Changes) {
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, capacity)
            guard count > 0 else { return }
            var offset = 0
            while offset + 16 <= count {
                let watch = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let name = buffer.advanced(by: offset + 16).withMemoryRebound(to: UInt8.self, capacity: length) {
                    let bytes = UnsafeBufferPointer(start: $0, count: length)
                    return String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                handle(watch: watch, mask: mask, name: name, found: &found, changes: &changes)
                offset += 16 + length
            }
        }
    }

    private func handle(watch: Int32, mask: UInt32, name: String, found: inout Set<String>, changes: inout Changes) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            changes.needsFullSync = true
            return
        }
        guard let folder = folders[watch] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return
        }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 {
            // A folder below a root reports its removal to its parent too; a root has no parent here.
            if roots.contains(folder) { changes.needsFullSync = true }
            return
        }
        guard !name.isEmpty, !name.hasPrefix(".") else { return }
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & (UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE)) != 0 {
                forgetTree(path)
                found.insert(path)
            } else if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                // Files made in it before its watch was added have no events of their own: the sync
                // walks the new folder.
                if watchTree(path) { found.insert(path) }
            }
            return
        }
        guard Self.isExport(name) else { return }
        if mask & UInt32(IN_CREATE) != 0 {
            // A file being created is synced when it is closed; a link made to one is complete at once.
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return }
        }
        found.insert(path)
    }

    /// Whether `name` ends in an export's suffix.
    static func isExport(_ name: String) -> Bool {
        let bytes = Array(name.utf8.suffix(4))
        return name.utf8.count > 4 && FeedWalker.isExportSuffix(bytes[0], bytes[1], bytes[2], bytes[3])
    }

    /// Watches `path` and every folder below it; false when it is not a folder or is watched already
    /// (a second link to it, or a loop).
    @discardableResult
    private func watchTree(_ path: String) -> Bool {
        guard !limitReached else { return false }
        let watch = addWatch(descriptor, path, Self.mask)
        if watch == -ENOSPC {
            limitReached = true
            return false
        }
        // Not a folder (ENOTDIR), gone already, or not ours to read: nothing to watch.
        guard watch >= 0, folders[watch] == nil else { return false }
        folders[watch] = path
        guard let directory = opendir(path) else { return true }
        defer { closedir(directory) }
        var children: [String] = []
        while let entry = readdir(directory) {
            let type = entry.pointee.d_type
            guard type == UInt8(DT_DIR) || type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) else { continue }
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            children.append(path.hasSuffix("/") ? path + name : path + "/" + name)
        }
        for child in children { watchTree(child) }
        return true
    }

    /// Stops watching `path` and the folders below it: moved away, a folder keeps its watch, and
    /// its events would come under its old path.
    private func forgetTree(_ path: String) {
        let below = path + "/"
        for (watch, folder) in folders where folder == path || folder.hasPrefix(below) {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }
}
