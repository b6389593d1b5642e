import AzadCore
import Foundation

/// Writes an article's text to the file `save` asked for: created only when it does not exist
/// unless the user agreed to replace it, so a file that appeared meanwhile is never overwritten.
enum ArticleFile {
    /// A failure's `errno` is said in `translation`'s language.
    static func save(_ request: SaveRequest, _ translation: Translation = .english) -> SaveOutcome {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (request.overwrite ? O_TRUNC : O_EXCL)
        let descriptor = open(request.path, flags, 0o644)
        if descriptor == -1 {
            if errno == EEXIST { return .exists }
            return .failed(SystemError(errno).description(in: translation))
        }
        var bytes = Array(request.text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written == -1 {
                if errno == EINTR { continue }
                let reason = SystemError(errno).description(in: translation)
                close(descriptor)
                return .failed(reason)
            }
            bytes = bytes.dropFirst(written)
        }
        guard close(descriptor) == 0 else { return .failed(SystemError(errno).description(in: translation)) }
        return .saved
    }
}
