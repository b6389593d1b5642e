import Foundation

/// Appends quotes to a clipboard file without ever losing what it already holds.
///
/// Each entry goes in with one `write(2)` on a descriptor opened with `O_APPEND`, under an exclusive
/// `flock(2)`, and is flushed with `fsync(2)` before `append` returns. Exports from several processes
/// therefore land as whole entries, one after another. A write that fails half-way (the disk filled up)
/// is cut back to the length the file had before it, under that same lock, so a failure leaves the file
/// byte for byte as it was. Missing folders are created `0700` and a new file `0600`: quotes are the
/// user's own notes.
public struct QuoteExporter: Sendable, Hashable {
    /// The clipboard file.
    public var file: URL

    public init(file: URL) {
        self.file = file
    }

    /// Appends `entry` in the clipboard format (see `QuoteEntry.formatted()`).
    public func append(_ entry: QuoteEntry) throws(QuoteExportError) {
        guard !entry.text.isEmpty else {
            throw QuoteExportError(file: file.path, reason: Translation.noop("the quote is empty"))
        }
        try append(bytes: Array(entry.formatted().utf8))
    }

    /// Appends `text`, quoted from `article`, with the article's attribution: what the reader's `y`
    /// and `azad quote` both do.
    public func append(_ text: String, of article: Article) throws(QuoteExportError) {
        try append(QuoteEntry(text: text, article: article))
    }

    /// Appends `bytes` as they are, with the same guarantees as `append(_:)`.
    public func append(bytes: [UInt8]) throws(QuoteExportError) {
        let path = file.path
        let folder = file.deletingLastPathComponent().path
        try createFolders(folder)
        let descriptor = try openLocked(path: path, folder: folder)
        defer { close(descriptor.fd) }
        var status = stat()
        guard fstat(descriptor.fd, &status) == 0 else {
            let code = errno
            discardIfCreated(descriptor, path: path)
            throw QuoteExportError(file: path, words: QuoteExportError.reason(errno: code, folder: folder))
        }
        let isRegular = (status.st_mode & S_IFMT) == S_IFREG
        let sizeBefore = status.st_size
        var written: Int
        repeat {
            // A signal before any byte went out: nothing was written, so the one write can start over.
            written = bytes.withUnsafeBytes { buffer in write(descriptor.fd, buffer.baseAddress, buffer.count) }
        } while written < 0 && errno == EINTR
        var failure: Int32? = nil
        if written < 0 {
            failure = errno
        } else if written < bytes.count {
            // A short write to a regular file means the space ran out part-way: ask again for the reason.
            let rest = bytes.withUnsafeBytes { buffer in
                write(descriptor.fd, buffer.baseAddress! + written, buffer.count - written)
            }
            failure = rest < 0 ? errno : ENOSPC
        } else if fsync(descriptor.fd) != 0, errno != EINVAL, errno != EROFS {
            // EINVAL: the file is a device or pipe that cannot be synced, which is not a failure.
            failure = errno
        }
        if let failure {
            if isRegular { _ = ftruncate(descriptor.fd, sizeBefore) }
            discardIfCreated(descriptor, path: path)
            throw QuoteExportError(file: path, words: QuoteExportError.reason(errno: failure, folder: folder))
        }
    }

    /// An open, locked clipboard file, and whether this export created it.
    private struct Descriptor {
        var fd: Int32
        var created: Bool
    }

    /// Creates the missing folders of `folder`, each `0700`.
    private func createFolders(_ folder: String) throws(QuoteExportError) {
        var missing: [String] = []
        var current = folder
        var status = stat()
        while !current.isEmpty, current != "/", stat(current, &status) != 0 {
            // ENOTDIR: a file stands where a folder should; keep walking up to name it.
            guard errno == ENOENT || errno == ENOTDIR else {
                throw QuoteExportError(file: file.path, words: QuoteExportError.reason(errno: errno, folder: current))
            }
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        if !current.isEmpty, stat(current, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR {
            throw QuoteExportError(file: file.path) { [current] in
                $0.tr("{folder} is not a folder", ["folder": current])
            }
        }
        for folder in missing.reversed() where mkdir(folder, 0o700) != 0 && errno != EEXIST {
            let code = errno
            let parent = (folder as NSString).deletingLastPathComponent
            let inner = QuoteExportError.reason(errno: code, folder: parent)
            throw QuoteExportError(file: file.path) {
                $0.tr("cannot create the folder {folder}: {reason}", ["folder": folder, "reason": inner($0)])
            }
        }
    }

    /// Opens `path` for appending and takes the exclusive lock, making sure the lock is on the file that
    /// is at `path` now (another export may have removed a file it created and then failed to fill).
    private func openLocked(path: String, folder: String) throws(QuoteExportError) -> Descriptor {
        while true {
            var created = true
            var fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd < 0, errno == EEXIST {
                created = false
                fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
            }
            if fd < 0 {
                let code = errno
                var status = stat()
                let exists = stat(path, &status) == 0
                if exists, (status.st_mode & S_IFMT) == S_IFDIR {
                    throw QuoteExportError(file: path, reason: Translation.noop("it is a folder"))
                }
                if exists, code == EACCES || code == EPERM {
                    throw QuoteExportError(file: path, reason: Translation.noop("the file is not writable"))
                }
                if code == ENOENT { continue }  // removed between the two opens: try again
                throw QuoteExportError(file: path, words: QuoteExportError.reason(errno: code, folder: folder))
            }
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else { break }  // file systems without flock: O_APPEND alone still holds
            }
            var opened = stat()
            var current = stat()
            if fstat(fd, &opened) == 0, stat(path, &current) == 0, opened.st_dev == current.st_dev,
                opened.st_ino == current.st_ino
            {
                return Descriptor(fd: fd, created: created)
            }
            if fstat(fd, &opened) == 0, (opened.st_mode & S_IFMT) != S_IFREG {
                return Descriptor(fd: fd, created: created)  // a device such as /dev/stdout
            }
            close(fd)
        }
    }

    /// Removes a file this export created and could not fill, so that a failure leaves no trace.
    private func discardIfCreated(_ descriptor: Descriptor, path: String) {
        var status = stat()
        if descriptor.created, fstat(descriptor.fd, &status) == 0, status.st_size == 0 {
            unlink(path)
        }
    }
}
