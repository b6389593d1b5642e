import Foundation

// TEMPORARY (store branch): a minimal stand-in with the parser's agreed signature so the cache
// compiles and can be tested before the real parser lands on main. Delete in favour of main's.

/// Why an export could not be parsed.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Turns a text export into an `Article` (temporary stand-in).
public enum ExportParser {
    public static func parse(contentsOf url: URL) throws -> Article {
        try parse(data: try Data(contentsOf: url), path: url.path)
    }

    public static func parse(data: Data, path: String) throws -> Article {
        guard let text = String(data: data, encoding: .utf8) else { throw ImportError("\(path): not UTF-8 text") }
        let paragraphs = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard let title = paragraphs.first else { throw ImportError("\(path): empty file") }
        let persian = title.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        return Article(
            path: path, title: title, language: persian ? "fa" : "en",
            blocks: paragraphs.dropFirst().map { Block(.paragraph, $0) })
    }
}
