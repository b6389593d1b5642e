import Foundation

/// Writes an article's text to the file `save` asked for: created only when it does not exist
/// unless the user agreed to replace it, so a file that appeared meanwhile is never overwritten.
enum ArticleFile {
    static func save(_ request: SaveRequest) -> SaveOutcome {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (request.overwrite ? O_TRUNC : O_EXCL)
        let descriptor = open(request.path, flags, 0o644)
        if descriptor == -1 {
            if errno == EEXIST { return .exists }
            return .failed(String(cString: strerror(errno)))
        }
        var bytes = Array(request.text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written == -1 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                return .failed(reason)
            }
            bytes = bytes.dropFirst(written)
        }
        guard close(descriptor) == 0 else { return .failed(String(cString: strerror(errno))) }
        return .saved
    }
}
