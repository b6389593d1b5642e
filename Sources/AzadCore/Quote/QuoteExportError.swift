import Foundation

/// Why a quote did not reach the clipboard file; the file is as it was before the attempt.
public struct QuoteExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The clipboard file the quote was meant for.
    public var file: String
    /// What went wrong, in the user's words (`the disk is full`).
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "cannot save the quote to \(file): \(reason)" }

    /// The reason for an `errno` from the file system, in plain words where we know better ones.
    static func reason(errno code: Int32, folder: String) -> String {
        switch code {
        case EACCES, EPERM: return "the folder \(folder) is not writable"
        case EROFS: return "\(folder) is on a read-only file system"
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is exhausted"
        case EFBIG: return "the file has reached the size limit"
        case EISDIR: return "it is a folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case ELOOP: return "too many symbolic links in the path"
        case ENAMETOOLONG: return "the path is too long"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
