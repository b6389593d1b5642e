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
    /// - Throws: `ImportError` with reason `.unreadable` and no path: an `errno` ("no such file",
    ///   "permission denied", "a symbolic link loop", …), a folder, or not a regular file (a fifo, …).
    public static func contents(of path: String) throws(ImportError) -> Data {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw ImportError(.unreadable(.system(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw ImportError(.unreadable(.system(errno))) }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            throw ImportError(.unreadable(kind == S_IFDIR ? .folder : .notRegular(FileKind(mode: kind))))
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
                throw ImportError(.unreadable(.system(errno)))
            }
            if count == 0 { break }
            total += count
        }
        data.count = total
        return data
    }

    /// What kind of file `kind` (`st_mode & S_IFMT`) is, in words.
    public static func describe(_ kind: mode_t) -> String { FileKind(mode: kind).words }

    /// An `errno` from opening or reading, as the end of "cannot read the file: …".
    public static func reason(_ error: Int32) -> String { FileProblem.system(error).description }
}
