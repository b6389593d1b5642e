import Foundation

/// Reads a file only when it is a regular file, without ever blocking on one that is not.
///
/// A feed folder can hold a fifo, a socket or a device named like an export, and a file can be
/// replaced by one between the folder walk and the read. Opening a fifo for reading waits for a writer
/// for ever, so the file is opened non-blocking and checked with `fstat` on the open descriptor (no
/// window for a swap) before a single byte is read. The whole file is read, not mapped: a mapped file
/// that another process truncates kills the reader with SIGBUS.
public enum RegularFile {
    /// The bytes of the regular file at `path` (symbolic links followed).
    /// - Throws: `ImportError` with reason `.unreadable` and no path: "no such file",
    ///   "permission denied", "it is a folder", "not a regular file: a fifo", "a symbolic link loop", ….
    public static func contents(of path: String) throws(ImportError) -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw ImportError(.unreadable(reason(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ImportError(.unreadable(reason(errno))) }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            throw ImportError(.unreadable(kind == S_IFDIR ? "it is a folder" : "not a regular file: \(describe(kind))"))
        }
        // One byte more than stat said, so that a file read whole ends in a zero-length read at once;
        // a file growing meanwhile is read to its new end.
        var data = Data(count: Int(info.st_size) + 1)
        var total = 0
        while true {
            if total == data.count { data.count += max(data.count / 2, 65_536) }
            let count = data.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ImportError(.unreadable(reason(errno)))
            }
            if count == 0 { break }
            total += count
        }
        data.count = total
        return data
    }

    /// What kind of file `kind` (`st_mode & S_IFMT`) is, in words.
    public static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFIFO: return "a fifo"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symbolic link"
        case S_IFREG: return "a regular file"
        default: return "an unknown kind of file"
        }
    }

    /// An `errno` from opening or reading, as the end of "cannot read the file: …".
    public static func reason(_ error: Int32) -> String {
        switch error {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "a symbolic link loop"
        case EISDIR: return "it is a folder"
        default:
            let text = String(cString: strerror(error))
            return text.prefix(1).lowercased() + text.dropFirst()
        }
    }
}
