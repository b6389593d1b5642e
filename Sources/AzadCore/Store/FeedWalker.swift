import Foundation

/// Finds the export files of a feed folder with one `stat` each, following symbolic links safely.
///
/// Exports are the `.txt` files (any case) anywhere below the folder; names starting with a dot are
/// skipped. A directory reached twice — a symlink loop, or two links to one folder — is walked once.
struct FeedWalker {
    /// One export file and what `stat` said about it.
    struct File: Sendable, Hashable {
        var path: String
        var size: Int64
        /// Modification time in nanoseconds since the epoch.
        var modified: Int64
    }

    /// The files found, when collecting.
    private(set) var files: [File] = []
    /// How many files were found.
    private(set) var count = 0
    /// An order-independent digest of every file's path, size and time: equal digests mean nothing
    /// in the feeds changed, so a sync can stop without reading the cache.
    private(set) var digest: UInt64 = 0
    private var visited: Set<DirectoryIdentity> = []
    private let collects: Bool

    /// A walker that keeps the files it finds (`collects`) or only counts and digests them.
    init(collects: Bool) { self.collects = collects }

    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Walks `root`, which must be a directory.
    mutating func walk(_ root: String) {
        var info = stat()
        guard stat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
        walkDirectory(root, identity: DirectoryIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }

    private mutating func walkDirectory(_ path: String, identity: DirectoryIdentity) {
        guard visited.insert(identity).inserted, let directory = opendir(path) else { return }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var subdirectories: [(String, DirectoryIdentity)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let type = entry.pointee.d_type
            let isText = name.utf8.count > 4 && name.lowercased().hasSuffix(".txt")
            // Plain files that are not exports need no stat at all.
            if type == UInt8(DT_REG) && !isText { continue }
            var info = stat()
            // fstatat follows symbolic links: a link to a file or folder counts as that file or folder.
            guard fstatat(descriptor, name, &info, 0) == 0 else { continue }
            let mode = info.st_mode & S_IFMT
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            if mode == S_IFDIR {
                subdirectories.append(
                    (child, DirectoryIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))))
            } else if mode == S_IFREG && isText {
                let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
                let file = File(path: child, size: Int64(info.st_size), modified: modified)
                count += 1
                digest &+= Self.digest(of: file)
                if collects { files.append(file) }
            }
        }
        for (child, childIdentity) in subdirectories { walkDirectory(child, identity: childIdentity) }
    }

    /// A file's contribution to `digest` (summed, so walk order does not matter).
    static func digest(of file: File) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in file.path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= UInt64(bitPattern: file.size) &* 0x9E37_79B9_7F4A_7C15
        hash ^= UInt64(bitPattern: file.modified) &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 29
        return hash &* 0xBF58_476D_1CE4_E5B9
    }
}
