import Foundation

/// Reads the fields between the masthead and the body: source URL, title, subtitle, byline and date,
/// in whichever order they come.
struct HeaderReader {
    var title: String?
    var subtitle: String?
    var authors: [String] = []
    var date: DateParser.Result?
    var dateText: String?
    var source: String?
    /// Chunks left for the body, in order.
    var body: [Chunk] = []
    var warnings: [String] = []

    /// One header chunk, understood.
    enum Field {
        case source(String)
        case date(DateParser.Result, String)
        case byline([String])
        case other
    }

    /// How many chunks the header may span before the body must have begun.
    private static let scanLimit = 12
    /// How many chunks that are not fields (title, subtitle, one more) the header may hold.
    private static let otherLimit = 3

    init(_ chunks: [Chunk], language: String, hasMasthead: Bool) {
        let chunks = Self.splittingSourceLines(chunks)
        var others: [Int] = []
        var lastField = -1
        var index = 0
        scan: while index < min(chunks.count, Self.scanLimit) {
            let chunk = chunks[index]
            if chunk.hasHalfLines { break }
            switch Self.classify(chunk, language: language) {
            case .source(let url):
                guard source == nil else { break scan }
                source = url
            case .date(let result, let text):
                if let date {
                    // The same day again in the other calendar belongs with the first; another day is body.
                    guard result.date == date.date else { break scan }
                    dateText = (dateText.map { $0 + " / " } ?? "") + text
                } else {
                    date = result
                    dateText = text
                    note(result, text)
                }
            case .byline(let names):
                authors += names
            case .other:
                guard !chunk.isLong, others.count < Self.otherLimit else { break scan }
                others.append(index)
                index += 1
                continue
            }
            lastField = index
            index += 1
        }
        var end = max(lastField, others.first ?? -1) + 1
        let inHeader = others.filter { $0 < end }
        if let first = inHeader.first { title = chunks[first].joined }
        if inHeader.count > 1 { subtitle = chunks[inHeader[1]].joined }
        var leftovers: [Chunk] = []
        for extra in inHeader.dropFirst(2) {
            leftovers.append(chunks[extra])
            warnings.append("left “\(Self.excerpt(chunks[extra].joined))” from the header in the body")
        }
        if inHeader.count == 1, end < chunks.count - 1, Self.looksLikeSubtitle(chunks[end]) {
            subtitle = chunks[end].joined
            warnings.append("took the line after the title as the subtitle")
            end += 1
        }
        body = leftovers + chunks[end...]
        if title == nil { takeTitleFromBody(hasMasthead: hasMasthead) }
        if date == nil { takeTrailingField(language: language) }
    }

    // MARK: - Fallbacks

    /// No title in the header: the first line of the text is the title.
    private mutating func takeTitleFromBody(hasMasthead: Bool) {
        guard let first = body.first else { return }
        let line = first.lines[0]
        title = line
        if first.lines.count == 1 {
            body.removeFirst()
        } else {
            body[0].lines.removeFirst()
        }
        warnings.append(
            hasMasthead
                ? "no title after the masthead: took the first line as the title"
                : "no masthead: took the first line as the title")
    }

    /// A date (or byline) standing alone at the very end, when the header had none.
    private mutating func takeTrailingField(language: String) {
        for offset in 0..<min(2, body.count) {
            let index = body.count - 1 - offset
            guard body[index].lines.count <= 2, !body[index].hasHalfLines,
                case .date(let result, let text) = Self.classify(body[index], language: language)
            else { continue }
            date = result
            dateText = text
            note(result, text)
            warnings.append("took the date “\(text)” from the end of the article")
            body.remove(at: index)
            return
        }
    }

    private mutating func note(_ result: DateParser.Result, _ text: String) {
        if result.orderGuessed {
            warnings.append(
                "read the date “\(text)” as \(result.date.iso): day and month order taken from the language")
        }
    }

    // MARK: - Classifying

    static func classify(_ chunk: Chunk, language: String) -> Field {
        if let url = sourceURL(chunk) { return .source(url) }
        if chunk.lines.count <= 2 {
            let text = chunk.lines.joined(separator: " ")
            if let result = DateParser.parse(text, language: language) { return .date(result, text) }
        }
        if chunk.lines.count == 1, let names = byline(chunk.lines[0]) { return .byline(names) }
        return .other
    }

    /// A source URL, repaired: PDF extraction turned `_` into spaces and may have wrapped it.
    static func sourceURL(_ chunk: Chunk) -> String? {
        guard let line = chunk.lines.first else { return nil }
        var first = Substring(line)
        let lowered = first.lowercased()
        for label in ["source:", "quelle:", "lien:", "link:", "منبع:", "سرچینه:", "مأخذ:", "ماخذ:"]
        where lowered.hasPrefix(label) {
            first = first.dropFirst(label.count).drop(while: { $0 == " " || $0 == "\t" })
        }
        let start = first.lowercased()
        guard start.hasPrefix("http://") || start.hasPrefix("https://") || start.hasPrefix("www.") else {
            return nil
        }
        let text = ([String(first)] + chunk.lines.dropFirst()).joined()
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.joined(separator: "_")
    }

    /// A chunk whose first line is a URL, split from following lines that are not its continuation.
    static func splittingSourceLines(_ chunks: [Chunk]) -> [Chunk] {
        var result: [Chunk] = []
        for chunk in chunks {
            guard chunk.lines.count > 1, sourceURL(Chunk(lines: [chunk.lines[0]], afterPageBreak: false)) != nil
            else {
                result.append(chunk)
                continue
            }
            var count = 1
            while count < chunk.lines.count, isURLContinuation(chunk.lines[count]) { count += 1 }
            result.append(Chunk(lines: Array(chunk.lines[..<count]), afterPageBreak: chunk.afterPageBreak))
            if count < chunk.lines.count {
                result.append(Chunk(lines: Array(chunk.lines[count...]), afterPageBreak: false))
            }
        }
        return result
    }

    /// A wrapped URL's tail: no spaces at all, or the punctuation only URLs carry.
    private static func isURLContinuation(_ line: String) -> Bool {
        if !line.contains(" ") { return line.count > 0 && !line.unicodeScalars.contains { $0.value >= 0x0600 } }
        return line.contains { "/?=&%#".contains($0) } && !line.hasSuffix(".")
    }

    /// Byline prefixes, as folded words; longest first so `translated by` wins over `by`.
    private static let bylinePrefixes: [[String]] = [
        "written by", "translated by", "translation by", "traduit par", "übersetzt von", "aus dem englischen von",
        "by", "von", "par", "author", "autor", "auteur", "übersetzung", "traduction",
        "نویسنده", "نوشته", "نوشته ی", "نوشتهٔ", "نگارنده", "نگارش", "برگردان", "برگردان از", "ترجمه",
        "ترجمه و تلخیص", "مترجم", "گزارش از", "تهیه و ترتیب", "گردآورنده", "از",
        "لیکوال", "لیکنه", "لیکونکی", "ژباړه", "ژباړن", "ژباړونکی", "لیکوالان",
    ]
    .map { $0.split(separator: " ").map { MatchKey.fold($0) } }
    .sorted { $0.count > $1.count }

    /// Separators between several names on one byline.
    private static let nameSeparators = [",", "،", " and ", " & ", " und ", " et ", " و ", " او "]

    /// The names a byline line gives (`By A and B`, `نویسنده: …`, `برگردان: …`), or nil.
    static func byline(_ line: String) -> [String]? {
        guard line.count <= 120 else { return nil }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let folded = words.map { MatchKey.fold($0.trimmingCharacters(in: CharacterSet(charactersIn: ":：-–"))) }
        for prefix in bylinePrefixes where folded.count > prefix.count && Array(folded.prefix(prefix.count)) == prefix {
            // `از` ("from") opens ordinary sentences: as a byline it carries a colon.
            if prefix == [MatchKey.fold("از")], !words[0].contains(":"), words.count > 1, !words[1].hasPrefix(":") {
                return nil
            }
            var rest = words.dropFirst(prefix.count).joined(separator: " ")
            rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: ":：-– \t"))
            // `از`, `von` and `par` open ordinary sentences too: a byline after them is a short name.
            let limit = ["از", "von", "par"].contains(prefix.joined()) ? 5 : 10
            let count = rest.split(separator: " ").count
            guard count >= 1, count <= limit, !rest.hasSuffix("."), !rest.hasSuffix("،") else { return nil }
            var names = [rest]
            for separator in nameSeparators {
                names = names.flatMap { $0.components(separatedBy: separator) }
            }
            let cleaned = names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return cleaned.isEmpty ? nil : cleaned
        }
        return nil
    }

    /// A short line with no closing punctuation, the way subtitles look.
    private static func looksLikeSubtitle(_ chunk: Chunk) -> Bool {
        guard chunk.lines.count == 1, !chunk.hasHalfLines else { return false }
        let line = chunk.lines[0]
        guard line.count <= 160, let last = line.last else { return false }
        return !".!?؟…:;؛،".contains(last)
    }

    static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
