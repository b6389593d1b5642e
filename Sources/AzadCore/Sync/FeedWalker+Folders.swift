import Foundation

extension FeedWalker {
    /// The digest a `.digestFolders` walk would give if it found exactly `folders` again, from one
    /// `stat` each and no directory reads; nil when one of them is no longer a folder.
    ///
    /// Adding, removing or renaming anything in a folder changes that folder's time, a new subfolder
    /// included (it changes its parent), so when every listed folder is as it was, a walk would find
    /// the same folders and this digest equals the walk's. Reading the folders of a large feed costs
    /// more than the rest of a `search`; stating them costs next to nothing.
    static func folderDigest(of folders: [String]) -> UInt64? {
        var digest: UInt64 = 0
        for path in folders {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
            digest &+= Self.digest(of: File(path: path, size: Int64(info.st_size), modified: Platform.modified(info)))
        }
        return digest
    }

    /// `folders` as one blob for the cache's `meta` table: paths may hold any byte but NUL.
    static func encode(folders: [String]) -> Data {
        Data(folders.joined(separator: "\0").utf8)
    }

    /// The paths `encode(folders:)` stored.
    static func decode(folders data: Data) -> [String] {
        data.isEmpty
            ? []
            : data.split(separator: 0, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
    }
}
