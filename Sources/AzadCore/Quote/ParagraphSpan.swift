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

    /// Why a span's text is not a span, worded to follow the option's name (`--paragraph counts
    /// from 1`).
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// Parses `2`, `2-3`, `2,5`, `1-2,6`: spaces around the separators allowed, `–` as a dash, and
    /// Persian or Arabic-Indic digits as well as ASCII ones.
    public init(_ text: String) throws(ParseError) {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        var parts: [ClosedRange<Int>] = []
        for piece in pieces {
            // `-2` reads as a negative number before it reads as a range with no start.
            if piece.hasPrefix("-"), Int(PersianDigits.ascii(piece.dropFirst())) != nil {
                throw ParseError(description: "counts from 1")
            }
            let ends = piece.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
            let numbers = ends.map { Int(PersianDigits.ascii($0.trimmingCharacters(in: .whitespaces))) }
            guard (1...2).contains(numbers.count), let first = numbers.first!, let last = numbers.last! else {
                throw ParseError(
                    description: "takes a number, a range such as 2-3 or a list such as 2,5, not “\(piece)”")
            }
            guard first >= 1, last >= 1 else { throw ParseError(description: "counts from 1") }
            guard first <= last else {
                throw ParseError(description: "runs backwards at \(first)-\(last): write \(last)-\(first)")
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
