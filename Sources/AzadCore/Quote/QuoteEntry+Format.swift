import Foundation

/// A clipboard file that does not follow the quote format, with the line where it stops making sense.
public struct QuoteFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line in the clipboard file.
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
}

extension QuoteEntry {
    /// The line that opens an entry, before its timestamp.
    static let openingMark = "--- azad quote "
    /// The line between the quoted text and its attribution.
    static let attributionMark = "--- from"
    /// The line that closes an entry.
    static let closingMark = "--- end"

    /// The entry as it goes into the clipboard file, blank line after it included.
    ///
    /// ```
    /// --- azad quote 2026-11-26T22:30:05Z, 2 lines
    /// <the quoted text, byte for byte: here two lines>
    /// --- from
    /// title: …
    /// author: …          (one line per author)
    /// translator: …      (one line each, as editor: and compiler:)
    /// date: 2016-02-21
    /// solar date: ۲ حوت ۱۳۹۴
    /// section: …
    /// source: …
    /// file: …
    /// language: fa
    /// --- end
    /// ```
    ///
    /// The header counts the quoted text's lines, so quoted text may hold anything, these marks included.
    /// Attribution values are kept to one line (line breaks become spaces); absent ones are left out.
    public func formatted() -> String {
        let lineCount = text.unicodeScalars.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
        var result = "\(QuoteEntry.openingMark)\(QuoteEntry.timestamp(exportedAt)), \(lineCount) "
        result += lineCount == 1 ? "line\n" : "lines\n"
        result += text + "\n"
        result += QuoteEntry.attributionMark + "\n"
        for (key, value) in attributionFields { result += "\(key): \(QuoteEntry.oneLine(value))\n" }
        result += QuoteEntry.closingMark + "\n\n"
        return result
    }

    /// The attribution as `key: value` pairs, in file order.
    var attributionFields: [(String, String)] {
        var fields: [(String, String)] = [("title", title)]
        fields += authors.map { ("author", $0) }
        fields += otherContributors.map { ($0.role.rawValue, $0.name) }
        if let date { fields.append(("date", date.iso)) }
        if let solarDate { fields.append(("solar date", solarDate)) }
        if let section { fields.append(("section", section)) }
        if let source { fields.append(("source", source)) }
        if let path { fields.append(("file", path)) }
        if let language { fields.append(("language", language)) }
        return fields
    }

    /// Every entry of a clipboard file, in file order.
    ///
    /// Lines between entries (notes a reader typed in, say) are skipped; an entry that starts but does not
    /// follow the format is an error naming its line.
    public static func parse(_ fileText: String) throws(QuoteFormatError) -> [QuoteEntry] {
        let lines = fileText.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
        var entries: [QuoteEntry] = []
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix(openingMark) else {
                index += 1
                continue
            }
            let start = index + 1
            let header = lines[index].dropFirst(openingMark.count)
            guard let (exportedAt, count) = parseHeader(header) else {
                throw QuoteFormatError(line: start, message: "unreadable entry header “\(lines[index])”")
            }
            let textEnd = index + 1 + count
            guard textEnd < lines.count, lines[textEnd] == attributionMark else {
                throw QuoteFormatError(
                    line: min(textEnd, lines.count - 1) + 1,
                    message: "expected “\(attributionMark)” after the \(count) quoted lines the header announces")
            }
            var entry = QuoteEntry(
                text: lines[(index + 1)..<textEnd].joined(separator: "\n"), title: "", exportedAt: exportedAt)
            var sawTitle = false
            index = textEnd + 1
            while true {
                // The empty string after the file's last newline is not a line of its own.
                guard index < lines.count, index < lines.count - 1 || !lines[index].isEmpty else {
                    throw QuoteFormatError(
                        line: lines.count, message: "the entry from line \(start) has no “\(closingMark)”")
                }
                let line = lines[index]
                if line == closingMark { break }
                guard let colon = line.range(of: ": ") else {
                    throw QuoteFormatError(line: index + 1, message: "expected “key: value”, found “\(line)”")
                }
                let key = String(line[..<colon.lowerBound])
                let value = String(line[colon.upperBound...])
                switch key {
                case "title":
                    entry.title = value
                    sawTitle = true
                case "author": entry.authors.append(value)
                case "translator", "editor", "compiler":
                    entry.otherContributors.append(Contributor(name: value, role: Contributor.Role(rawValue: key)!))
                case "date":
                    guard let date = CivilDate(iso: value) else {
                        throw QuoteFormatError(line: index + 1, message: "date “\(value)” is not YYYY-MM-DD")
                    }
                    entry.date = date
                case "solar date": entry.solarDate = value
                case "section": entry.section = value
                case "source": entry.source = value
                case "file": entry.path = value
                case "language": entry.language = value
                default:
                    throw QuoteFormatError(line: index + 1, message: "unknown attribution key “\(key)”")
                }
                index += 1
            }
            guard sawTitle else {
                throw QuoteFormatError(line: start, message: "the entry has no title")
            }
            entries.append(entry)
            index += 1
        }
        return entries
    }

    /// `2026-11-26T22:30:05Z`.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CivilDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
        let inDay = seconds - day.daysSinceEpoch * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.iso)T\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))Z"
    }

    /// Reads `2026-11-26T22:30:05Z, 3 lines`.
    private static func parseHeader(_ header: Substring) -> (Date, Int)? {
        let parts = header.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].hasSuffix(","), parts[2] == "line" || parts[2] == "lines",
            let count = Int(parts[1]), count >= 1
        else { return nil }
        let stamp = parts[0].dropLast()
        guard stamp.count == 20, stamp.hasSuffix("Z"),
            let day = CivilDate(iso: String(stamp.prefix(10))),
            stamp[stamp.index(stamp.startIndex, offsetBy: 10)] == "T"
        else { return nil }
        let time = stamp.dropFirst(11).dropLast().split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 3, time.allSatisfy({ $0.count == 2 }), let hour = Int(time[0]), let minute = Int(time[1]),
            let second = Int(time[2]), hour < 24, minute < 60, second < 60
        else { return nil }
        let seconds = day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
        return (Date(timeIntervalSince1970: TimeInterval(seconds)), count)
    }

    /// `value` on one line: every kind of line break becomes a space.
    static func oneLine(_ value: String) -> String {
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
        return String(String.UnicodeScalarView(value.unicodeScalars.map { breaks.contains($0) ? " " : $0 }))
    }
}
