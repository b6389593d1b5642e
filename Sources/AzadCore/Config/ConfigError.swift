/// A configuration or theme file azad cannot use: which file, which line, which key, and what is wrong.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible, TranslatableError {
    public var file: String
    /// 1-based; nil when the problem is the file as a whole (it cannot be read).
    public var line: Int?
    /// The key as written in the file (`bidi`, `keys.quit`, `list_selected.fg`); nil for syntax errors.
    public var key: String?
    /// What is wrong, in English.
    public var message: String
    /// The message as the catalogs hold it, `{placeholders}` and all, with their values: what
    /// `description(in:)` translates. Nil for a message the catalogs do not hold (it stays English).
    public var template: String?
    public var values: [String: String] = [:]
    /// Values that are lists of choices (`"auto", "256" or "none"`), joined in the language shown.
    public var choices: [String: [String]] = [:]
    /// Names of `values` that are themselves catalog messages (`an array`, `the number {number}`),
    /// translated where shown and filled with the other values.
    public var phrases: Set<String> = []

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// An error whose message is `template` (marked with `Translation.noop`) with `values` filled in.
    public init(
        file: String, line: Int?, key: String?, template: String, values: [String: String] = [:],
        choices: [String: [String]] = [:], phrases: Set<String> = []
    ) {
        self.init(file: file, line: line, key: key, message: "")
        self.template = template
        self.values = values
        self.choices = choices
        self.phrases = phrases
        message = filled(in: .english)
    }

    /// `FILE:LINE: KEY: MESSAGE`, the shape compilers use, so editors can jump to the line.
    public var description: String { place + message }

    /// `FILE:LINE: KEY: ` and the message in `translation`'s language; the place stays as written
    /// (Latin digits), so that editors can still jump to the line.
    public func description(in translation: Translation) -> String {
        place + (translation.language == .en ? message : filled(in: translation))
    }

    /// The template in `translation`'s language with its values, or the English message without one.
    private func filled(in translation: Translation) -> String {
        guard let template else { return message }
        var shown = values
        for name in phrases { shown[name] = shown[name].map { translation.tr($0, values: values) } }
        for (name, list) in choices { shown[name] = translation.choiceList(list) }
        return translation.tr(template, values: shown)
    }

    private var place: String {
        var result = file
        if let line { result += ":\(line)" }
        result += ": "
        if let key { result += "\(key): " }
        return result
    }

    public static func == (lhs: ConfigError, rhs: ConfigError) -> Bool {
        // The template is how the message was made, not what it says.
        lhs.file == rhs.file && lhs.line == rhs.line && lhs.key == rhs.key && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(key)
        hasher.combine(message)
    }
}
