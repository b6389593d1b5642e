import Foundation

/// Finds the export files of a feed folder with one `stat` each, following symbolic links safely.
///
/// Exports are the `.txt` files, and the site's PDFs the `.pdf` files (any case), anywhere below the folder; names starting with a dot are
/// skipped. A directory reached twice (two links to one folder) is walked once; a link back to a folder
/// being walked, a link that leads nowhere, an export that is not a regular file and a folder that
/// cannot be opened are skipped and named in `skipped`, with the reason.
struct FeedWalker {
    /// One export file and what `stat` said about it.
    struct File: Sendable, Hashable {
        var path: String
        var size: Int64
        /// Modification time in nanoseconds since the epoch.
        var modified: Int64
        /// Status change time (`st_ctime`) in nanoseconds: moves with a `chmod` as well as a write, so
        /// that a file made readable is a change in the digest. Digested, not stored.
        var statusChanged: Int64 = 0
    }

    enum Mode {
        /// Stat every export, keep them in `files` and digest them.
        case collect
        /// Stat every export and digest them, keeping nothing.
        case digestFiles
        /// Stat and digest the folders only: catches added, removed and renamed exports (they
        /// change their folder's time) but not an export rewritten in place.
        case digestFolders
    }

    /// The files found, in `.collect` mode.
    private(set) var files: [File] = []
    /// What was passed over and why, in `.collect` mode: exports that are fifos, sockets or devices,
    /// links that lead nowhere or in a loop, entries that vanished while their folder was read, and
    /// folders that cannot be opened. Named so a sync can tell the user; never opened.
    private(set) var skipped: [SyncReport.Unreadable] = []
    /// The folders found, in `.digestFolders` mode: what `folderDigest(of:)` stats next time.
    private(set) var folders: [String] = []
    /// How many files (or folders, in `.digestFolders` mode) were found.
    private(set) var count = 0
    /// An order-independent digest of every file's (or folder's) path, size and time, and of every
    /// skipped entry: an unchanged digest means nothing changed, so a sync can stop without reading
    /// the cache.
    private(set) var digest: UInt64 = 0
    /// The latest modification time among what was digested, in nanoseconds: a digest is only as
    /// good as the clock's grain since then (`ArticleCache.racyInterval`). A status change alone
    /// (`chmod`) is left out: it adds or removes no export.
    private(set) var newestTime: Int64 = .min
    /// The folders just below the folder walked, with that folder, when the walk does not descend
    /// (`descends` false): `walk(below:)` walks each, so that threads can share a feed.
    private(set) var subfolders: [(parent: String, parentInfo: stat, path: String, info: stat)] = []
    /// Whether the walk goes into the folders below the one walked.
    var descends = true
    private var visited: Set<DirectoryIdentity> = []
    /// The folders from the root down to the one being walked: a link back to one of them is a loop.
    private var ancestors: [DirectoryIdentity: String] = [:]
    private let mode: Mode

    init(mode: Mode) { self.mode = mode }

    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// Walks `root`, which must be a directory.
    mutating func walk(_ root: String) {
        var info = stat()
        guard stat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
        walkDirectory(root, info: info)
    }

    /// Walks one of the `subfolders` a walk that did not descend found, as that walk would have:
    /// a link back to the folder above it is a loop.
    mutating func walk(below subfolder: (parent: String, parentInfo: stat, path: String, info: stat)) {
        let parent = DirectoryIdentity(subfolder.parentInfo)
        visited.insert(parent)
        ancestors[parent] = subfolder.parent
        defer { ancestors[parent] = nil }
        walkDirectory(subfolder.path, info: subfolder.info)
    }

    private mutating func walkDirectory(_ path: String, info: stat) {
        let identity = DirectoryIdentity(info)
        // Two links to one folder: it is walked once, and its exports are not counted twice.
        guard visited.insert(identity).inserted else { return }
        guard let directory = opendir(path) else {
            skip(path, .folderUnopened(.system(errno)))
            return
        }
        defer { closedir(directory) }
        ancestors[identity] = path
        defer { ancestors[identity] = nil }
        if mode == .digestFolders {
            record(File(path: path, size: Int64(info.st_size), modified: Platform.modified(info)))
            folders.append(path)
        }
        let descriptor = dirfd(directory)
        // What every path in this folder starts with, and its hash (`pathHash`), once.
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let folderHash = mode == .digestFiles ? Self.pathHash(prefix.utf8) : 0
        var subdirectories: [(String, stat)] = []
        while let entry = readdir(directory) {
            let type = entry.pointee.d_type
            if type == UInt8(DT_REG) && mode == .digestFolders { continue }
            // The entry's name, or nil when it is hidden, needs nothing, or was digested in place.
            let (name, isText) = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: UInt8.self, capacity: 256) { bytes -> (String?, Bool) in
                    let cName = UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self)
                    let length = strlen(cName)
                    let buffer = UnsafeBufferPointer(start: bytes, count: length)
                    if length == 0 || buffer[0] == UInt8(ascii: ".") { return (nil, false) }
                    let isText =
                        length > 4
                        && Self.isExportSuffix(
                            buffer[length - 4], buffer[length - 3], buffer[length - 2], buffer[length - 1])
                    // Plain files that are not exports need no name and no stat.
                    if type == UInt8(DT_REG) && !isText { return (nil, false) }
                    if type == UInt8(DT_REG) && mode == .digestFiles
                        && digestInPlace(descriptor, cName, buffer, folderHash: folderHash)
                    {
                        return (nil, false)
                    }
                    return (String(decoding: buffer, as: UTF8.self), isText)
                }
            }
            guard let name else { continue }
            let child = prefix + name
            var childInfo = stat()
            // fstatat follows symbolic links: a link to a file or folder counts as that file or folder.
            guard fstatat(descriptor, name, &childInfo, 0) == 0 else {
                if let reason = Self.unresolved(errno, descriptor: descriptor, name: name, isText: isText) {
                    skip(child, reason)
                }
                continue
            }
            let kind = childInfo.st_mode & S_IFMT
            if kind == S_IFDIR {
                if let ancestor = ancestors[DirectoryIdentity(childInfo)] {
                    skip(child, .linkLoop(leadsBackTo: ancestor))
                } else {
                    subdirectories.append((child, childInfo))
                }
            } else if isText && mode != .digestFolders {
                if kind == S_IFREG {
                    record(
                        File(
                            path: child, size: Int64(childInfo.st_size), modified: Platform.modified(childInfo),
                            statusChanged: Platform.statusChanged(childInfo)))
                } else {
                    // Never opened: reading a fifo waits for a writer for ever.
                    skip(child, .entry(.notRegular(FileKind(mode: kind))))
                }
            }
        }
        for (child, childInfo) in subdirectories {
            if descends {
                walkDirectory(child, info: childInfo)
            } else {
                subfolders.append((path, info, child, childInfo))
            }
        }
    }

    /// Stats and digests the export `name` of the folder open as `descriptor`, whose paths' hash starts
    /// at `folderHash`, without a String for its name or path: a no-change sync's work is mostly this.
    /// False when it is no regular file after all (replaced or gone since the folder was read): the
    /// caller then looks at it the general way.
    private mutating func digestInPlace(
        _ descriptor: Int32, _ cName: UnsafePointer<CChar>, _ name: UnsafeBufferPointer<UInt8>, folderHash: UInt64
    ) -> Bool {
        var info = stat()
        guard fstatat(descriptor, cName, &info, 0) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        let modified = Platform.modified(info)
        note(
            Self.digest(
                pathHash: Self.pathHash(name, from: folderHash), size: Int64(info.st_size), modified: modified,
                statusChanged: Platform.statusChanged(info)),
            modified: modified)
        return true
    }

    /// Whether a name's last four bytes are `.txt` or `.pdf`, in any case.
    static func isExportSuffix(_ dot: UInt8, _ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        guard dot == UInt8(ascii: ".") else { return false }
        let suffix = (first | 0x20, second | 0x20, third | 0x20)
        return suffix == (UInt8(ascii: "t"), UInt8(ascii: "x"), UInt8(ascii: "t"))
            || suffix == (UInt8(ascii: "p"), UInt8(ascii: "d"), UInt8(ascii: "f"))
    }

    /// Why an entry `fstatat` could not follow is skipped, or nil when it is not worth a word.
    private static func unresolved(_ error: Int32, descriptor: Int32, name: String, isText: Bool) -> UnreadableReason? {
        var own = stat()
        let isLink = fstatat(descriptor, name, &own, AT_SYMLINK_NOFOLLOW) == 0 && own.st_mode & S_IFMT == S_IFLNK
        switch error {
        case ELOOP: return .entry(.system(ELOOP))
        case ENOENT where isLink: return .danglingLink
        // Listed, then gone before it could be looked at: another program is changing the folder.
        case ENOENT: return isText ? .vanished : nil
        default: return isText || isLink ? .entry(.system(error)) : nil
        }
    }

    /// Notes an entry passed over (all modes digest it, so that a new fifo or broken link is a change).
    private mutating func skip(_ path: String, _ reason: UnreadableReason) {
        guard mode != .digestFolders else { return }
        digest &+= Self.digest(of: File(path: path, size: -1, modified: Int64(reason.description.utf8.count)))
        if mode == .collect { skipped.append(.init(path: path, reason)) }
    }

    private mutating func record(_ file: File) {
        note(Self.digest(of: file), modified: file.modified)
        if mode == .collect { files.append(file) }
    }

    private mutating func note(_ fileDigest: UInt64, modified: Int64) {
        count += 1
        digest &+= fileDigest
        newestTime = max(newestTime, modified)
    }

    /// A file's contribution to `digest` (summed, so walk order does not matter).
    static func digest(of file: File) -> UInt64 {
        digest(
            pathHash: pathHash(file.path.utf8), size: file.size, modified: file.modified,
            statusChanged: file.statusChanged)
    }

    /// `digest(of:)` of a file whose path's `pathHash` is given.
    static func digest(pathHash: UInt64, size: Int64, modified: Int64, statusChanged: Int64) -> UInt64 {
        var hash = pathHash
        hash ^= UInt64(bitPattern: size) &* 0x9E37_79B9_7F4A_7C15
        hash ^= UInt64(bitPattern: modified) &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= UInt64(bitPattern: statusChanged) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 29
        return hash &* 0xBF58_476D_1CE4_E5B9
    }

    /// FNV-1a of a path's bytes. It goes byte by byte, so a folder's hash (`from`) carries on into
    /// the names in it: hashing `folder/` once, then each name, gives each full path's hash.
    static func pathHash(_ bytes: some Sequence<UInt8>, from hash: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
