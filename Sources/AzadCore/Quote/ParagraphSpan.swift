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
        /// The English message, with `{name}` placeholders, as the catalogs hold it.
        var message: String
        /// What fills the placeholders: text as the user wrote it.
        var values: [String: String] = [:]
        /// What fills the placeholders: numbers, written in the language's digits.
        var numbers: [String: Int] = [:]

        public var description: String { description(in: .english) }

        /// The message in `translation`'s language.
        public func description(in translation: Translation) -> String {
            translation.tr(message, values: values.merging(numbers.mapValues(translation.number)) { text, _ in text })
        }
    }

    /// Parses `2`, `2-3`, `2,5`, `1-2,6`: spaces around the separators allowed, `–` as a dash, and
    /// Persian or Arabic-Indic digits as well as ASCII ones.
    public init(_ text: String) throws(ParseError) {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        var parts: [ClosedRange<Int>] = []
        for piece in pieces {
            // `-2` reads as a negative number before it reads as a range with no start.
            if piece.hasPrefix("-"), Int(PersianDigits.ascii(piece.dropFirst())) != nil {
                throw ParseError(message: Translation.noop("counts from 1"))
            }
            let ends = piece.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
            let numbers = ends.map { Int(PersianDigits.ascii($0.trimmingCharacters(in: .whitespaces))) }
            guard (1...2).contains(numbers.count), let first = numbers.first!, let last = numbers.last! else {
                throw ParseError(
                    message: Translation.noop(
                        "takes a number, a range such as 2-3 or a list such as 2,5, not “{piece}”"),
                    values: ["piece": String(piece)])
            }
            guard first >= 1, last >= 1 else { throw ParseError(message: Translation.noop("counts from 1")) }
            guard first <= last else {
                throw ParseError(
                    message: Translation.noop("runs backwards at {first}-{last}: write {last}-{first}"),
                    numbers: ["first": first, "last": last])
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
