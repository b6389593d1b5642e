import Foundation

/// Why a quote did not reach the clipboard file; the file is as it was before the attempt.
///
/// Two errors are equal when they name the same file for the same English reason.
public struct QuoteExportError: Error, Sendable, Hashable, CustomStringConvertible, TranslatableError {
    /// The clipboard file the quote was meant for.
    public var file: String
    /// What went wrong in a language: the catalogs' message with its values filled in.
    private let words: @Sendable (Translation) -> String

    /// An error whose reason is `reason` (English, translated when the catalogs hold it).
    public init(file: String, reason: String) {
        self.init(file: file) { $0.tr(reason) }
    }

    /// An error whose reason `words` says in a language.
    init(file: String, words: @escaping @Sendable (Translation) -> String) {
        self.file = file
        self.words = words
    }

    /// What went wrong, in the user's words (`the disk is full`), in English.
    public var reason: String { words(.english) }

    /// What went wrong, in `translation`'s language.
    public func reason(in translation: Translation) -> String { words(translation) }

    public var description: String { description(in: .english) }

    /// The description in `translation`'s language.
    public func description(in translation: Translation) -> String {
        translation.tr("cannot save the quote to {file}: {reason}", ["file": file, "reason": words(translation)])
    }

    /// The reason for an `errno` from the file system, in plain words where we know better ones.
    static func reason(errno code: Int32, folder: String) -> @Sendable (Translation) -> String {
        switch code {
        case EACCES, EPERM: return { $0.tr("the folder {folder} is not writable", ["folder": folder]) }
        case EROFS: return { $0.tr("{folder} is on a read-only file system", ["folder": folder]) }
        case ENOSPC: return { $0.tr("the disk is full") }
        case EDQUOT: return { $0.tr("the disk quota is exhausted") }
        case EFBIG: return { $0.tr("the file has reached the size limit") }
        case EISDIR: return { $0.tr("it is a folder") }
        case ENOTDIR: return { $0.tr("a part of the path is not a folder") }
        case ELOOP: return { $0.tr("too many symbolic links in the path") }
        case ENAMETOOLONG: return { $0.tr("the path is too long") }
        default:
            let error = SystemError(code)
            return { error.message(in: $0, english: error.description.lowercased()) }
        }
    }

    public static func == (lhs: QuoteExportError, rhs: QuoteExportError) -> Bool {
        lhs.file == rhs.file && lhs.reason == rhs.reason
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(reason)
    }
}
