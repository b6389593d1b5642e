import AzadCore
import Foundation

/// The help screen's search (`/` in help): the query being typed or kept, and which of the rows
/// that hold it is the current one (`n`/`N` step through them).
public struct HelpSearch: Sendable, Hashable {
    /// The query, as typed.
    public var line = PromptLine()
    /// Keys type into the query (between `/` and `Enter` or `Esc`).
    public var isTyping = false
    /// The index, in `HelpTable.lines`, of the row the last jump went to.
    public var current: Int?

    public init() {}

    /// The query folded for matching, nil when it is empty.
    public var needle: String? {
        let text = line.text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : HelpSearch.fold(text)
    }

    /// Case and diacritics folded, as the help's rows are compared with a query.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Whether `line` holds the query in its keys, its operation's config name or its text.
    public func matches(_ line: HelpTable.Line) -> Bool {
        guard let needle, !line.isHeading else { return false }
        return [line.keys, line.name, line.text, line.contexts].contains { HelpSearch.fold($0).contains(needle) }
    }

    /// Where the query occurs in `text`, for highlighting.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard let needle = line.text.trimmingCharacters(in: .whitespaces).nonEmpty else { return [] }
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        while start < text.endIndex,
            let found = text.range(
                of: needle, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive],
                range: start..<text.endIndex)
        {
            result.append(found)
            start = found.isEmpty ? text.index(after: found.lowerBound) : found.upperBound
        }
        return result
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
