import Foundation

/// Why a quote did not reach the clipboard file; the file is as it was before the attempt.
public struct QuoteExportError: Error, Sendable, Hashable, CustomStringConvertible, TranslatableError {
    /// The clipboard file the quote was meant for.
    public var file: String
    /// What went wrong, in the user's words (`the disk is full`).
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { description(in: .english) }

    /// The description in `translation`'s language; a reason the catalogs hold is translated too.
    public func description(in translation: Translation) -> String {
        translation.tr("cannot save the quote to {file}: {reason}", ["file": file, "reason": translation.tr(reason)])
    }

    /// The reason for an `errno` from the file system, in plain words where we know better ones.
    static func reason(errno code: Int32, folder: String) -> String {
        switch code {
        case EACCES, EPERM: return "the folder \(folder) is not writable"
        case EROFS: return "\(folder) is on a read-only file system"
        case ENOSPC: return Translation.noop("the disk is full")
        case EDQUOT: return Translation.noop("the disk quota is exhausted")
        case EFBIG: return Translation.noop("the file has reached the size limit")
        case EISDIR: return Translation.noop("it is a folder")
        case ENOTDIR: return Translation.noop("a part of the path is not a folder")
        case ELOOP: return Translation.noop("too many symbolic links in the path")
        case ENAMETOOLONG: return Translation.noop("the path is too long")
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
