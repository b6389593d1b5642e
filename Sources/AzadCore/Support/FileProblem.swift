import Foundation

/// Why a file could not be read at all: an `errno`, a folder where a file was expected, or a file
/// that is not a regular file (a fifo, a device, …).
///
/// `description` is the English of "cannot read the file: …" (`no such file`,
/// `not a regular file: a fifo`); `description(in:)` says it in the interface's language.
public enum FileProblem: Sendable, Hashable, CustomStringConvertible {
    /// Opening, `stat` or reading failed with this `errno`.
    case system(Int32)
    /// The path is a folder.
    case folder
    /// The path is a fifo, a socket, a device, …: never opened, since reading a fifo blocks.
    case notRegular(FileKind)

    public var description: String {
        switch self {
        case .system(let code): return Self.english(code)
        case .folder: return "it is a folder"
        case .notRegular(let kind): return "not a regular file: \(kind.words)"
        }
    }

    /// The problem in `translation`'s language.
    public func description(in translation: Translation) -> String {
        switch self {
        case .system(let code): return SystemError(code).message(in: translation, english: Self.english(code))
        case .folder: return translation.tr("it is a folder")
        case .notRegular(let kind):
            return translation.tr("not a regular file: {kind}", ["kind": translation.tr(kind.words)])
        }
    }

    /// An `errno` from opening or reading, as the end of "cannot read the file: …": plain words for
    /// the common ones, `strerror`'s text (first letter lowered) for the rest.
    static func english(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case ELOOP: return "a symbolic link loop"
        case EISDIR: return "it is a folder"
        default:
            let text = SystemError(code).description
            return text.prefix(1).lowercased() + text.dropFirst()
        }
    }
}
