import Foundation

/// A lock file (`FileLock`) that could not be opened: its path and the `errno`.
public struct FileLockError: Error, Sendable, Hashable, CustomStringConvertible, TranslatableError {
    /// The lock file.
    public var path: String
    /// The `errno` from opening it.
    public var code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// Foundation's description of the file error it stands for, as azad's English output holds it.
    public var description: String {
        "\(CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: SystemError(code).description]))"
    }

    /// The error in `translation`'s language: the English description, or the lock file and the
    /// `errno` in words.
    public func description(in translation: Translation) -> String {
        guard translation.language != .en else { return description }
        return translation.tr(
            "cannot open the lock file {path}: {reason}",
            ["path": path, "reason": SystemError(code).description(in: translation)])
    }
}
