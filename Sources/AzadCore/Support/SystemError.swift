import Foundation

/// An `errno` from the file system or the kernel, which says itself in the interface's language.
///
/// English is the C library's own `strerror` text, so that English output stays what the system
/// says; Dari and Pashto have a message of their own for the errors a reader meets (a missing file,
/// no permission, a full disk, …) and fall back to `strerror`'s English for the rest.
public struct SystemError: Error, Sendable, Hashable, CustomStringConvertible, TranslatableError {
    /// The `errno` value.
    public var code: Int32

    public init(_ code: Int32) {
        self.code = code
    }

    /// `strerror`'s text for the code (`No such file or directory`).
    public var description: String { String(cString: strerror(code)) }

    /// The message in `translation`'s language: `strerror`'s text in English, or for a code without
    /// a message of its own.
    public func description(in translation: Translation) -> String {
        message(in: translation, english: description)
    }

    /// The message in `translation`'s language, `english` when the interface is English or the code
    /// has no message of its own: each caller keeps the English words it always wrote.
    public func message(in translation: Translation, english: String) -> String {
        guard translation.language != .en, let message = Self.message(code) else { return english }
        return translation.tr(message)
    }

    /// The catalogs' message for `code`, for the errors a person meets reading or saving files.
    static func message(_ code: Int32) -> String? {
        switch code {
        case ENOENT: return Translation.noop("no such file")
        case EACCES, EPERM: return Translation.noop("permission denied")
        case EISDIR: return Translation.noop("it is a folder")
        case ENOTDIR: return Translation.noop("a part of the path is not a folder")
        case ENOSPC: return Translation.noop("the disk is full")
        case EDQUOT: return Translation.noop("the disk quota is exhausted")
        case EFBIG: return Translation.noop("the file has reached the size limit")
        case EROFS: return Translation.noop("the file system is read-only")
        case ELOOP: return Translation.noop("a symbolic link loop")
        case ENAMETOOLONG: return Translation.noop("the path is too long")
        case EIO: return Translation.noop("an input/output error")
        case EMFILE, ENFILE: return Translation.noop("too many open files")
        case ETXTBSY, EBUSY: return Translation.noop("the file is busy")
        case EEXIST: return Translation.noop("the file already exists")
        case ENOMEM: return Translation.noop("out of memory")
        case EINVAL: return Translation.noop("an invalid argument")
        case ENXIO, ENODEV: return Translation.noop("no such device")
        case ESTALE: return Translation.noop("the file handle is stale (the network file system lost it)")
        case EAGAIN: return Translation.noop("the resource is temporarily unavailable")
        case EINTR: return Translation.noop("interrupted")
        default: return nil
        }
    }
}
