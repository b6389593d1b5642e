import Foundation

/// Which blocks of an article to quote, as `azad quote --paragraph` takes them: `3`, `2-4`, `2,5`,
/// `1-2,6` — 1-based, as `azad parse --json` numbers blocks.
///
/// Each comma-separated part is one quote: a range becomes one entry holding its blocks, so
/// `2,5` quotes two passages and `2-3` one passage of two paragraphs.
public struct ParagraphSpan: Sendable, Hashable, CustomStringConvertible {
    /// The parts, in the order given, each a 1-based closed range of block numbers.
    public var parts: [ClosedRange<Int>]

    public init(parts: [ClosedRange<Int>]) {
        self.parts = parts
    }

    /// Why a span's text is not a span.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// Parses `2`, `2-3`, `2,5`, `1-2,6` (spaces around the separators allowed; `–` as a dash too).
    public init(_ text: String) throws(ParseError) {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        var parts: [ClosedRange<Int>] = []
        for piece in pieces {
            let ends = piece.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
            let numbers = ends.map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(numbers.count), let first = numbers.first!, let last = numbers.last! else {
                throw ParseError(description: "“\(piece)” is not a paragraph number or a range such as 2-3")
            }
            guard first >= 1, last >= 1 else { throw ParseError(description: "paragraphs count from 1") }
            guard first <= last else {
                throw ParseError(description: "the range \(first)-\(last) runs backwards: write \(last)-\(first)")
            }
            parts.append(first...last)
        }
        self.parts = parts
    }

    /// `2-3,5`: the span as it is written.
    public var description: String {
        parts.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
            .joined(separator: ",")
    }

    /// The first part that names a block past `blockCount`, if any.
    public func firstOutOfRange(blockCount: Int) -> ClosedRange<Int>? {
        parts.first { $0.upperBound > blockCount }
    }
}
