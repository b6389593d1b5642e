/// A configuration or theme file azad cannot use: which file, which line, which key, and what is wrong.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the problem is the file as a whole (it cannot be read).
    public var line: Int?
    /// The key as written in the file (`bidi`, `keys.quit`, `list_selected.fg`); nil for syntax errors.
    public var key: String?
    public var message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `FILE:LINE: KEY: MESSAGE`, the shape compilers use, so editors can jump to the line.
    public var description: String {
        var result = file
        if let line { result += ":\(line)" }
        result += ": "
        if let key { result += "\(key): " }
        return result + message
    }
}
