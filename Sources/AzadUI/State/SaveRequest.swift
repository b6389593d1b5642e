/// An article's text to write to a file, and whether an existing file may be replaced.
public struct SaveRequest: Sendable, Hashable {
    public var path: String
    public var text: String
    /// False until the user answered `y` to the overwrite question.
    public var overwrite: Bool

    public init(path: String, text: String, overwrite: Bool = false) {
        self.path = path
        self.text = text
        self.overwrite = overwrite
    }
}

/// How writing a `SaveRequest` went.
public enum SaveOutcome: Sendable, Hashable {
    case saved
    /// The file is there and the request may not replace it: ask first.
    case exists
    case failed(String)
}
