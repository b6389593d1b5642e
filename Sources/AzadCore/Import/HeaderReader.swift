import Foundation

/// Reads the fields between the masthead and the body: source URL, title, subtitle, byline and date,
/// in whichever order they come.
struct HeaderReader {
    var title: String?
    var subtitle: String?
    /// Everyone the byline lines name, in order, with their roles.
    var contributors: [Contributor] = []
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
        /// A month and a year with no day: kept as `dateText`, with no `date`.
        case monthAndYear(String)
        case byline([Contributor])
        case other
    }

    /// How many chunks the header may span before the body must have begun.
    private static let scanLimit = 12

    init(_ chunks: [Chunk], language: String, hasMasthead: Bool) {
        let chunks = Self.splittingFieldLines(chunks, language: language)
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
            case .monthAndYear(let text):
                guard date == nil, dateText == nil else { break scan }
                dateText = text
                warnings.append("the date “\(text)” names no day: left without a date")
            case .byline(let names):
                contributors += names
            case .other:
                guard Self.canBeHeaderText(chunk, position: others.count, afterDate: date != nil) else { break scan }
                others.append(index)
                index += 1
                continue
            }
            lastField = index
            index += 1
        }
        var end = max(lastField, others.first ?? -1) + 1
        var inHeader = others.filter { $0 < end }
        // An author's name standing alone above the title, with no byline word.
        if inHeader.count >= 2, contributors.isEmpty, chunks[inHeader[0]].lines.count == 1,
            Self.looksLikeName(chunks[inHeader[0]].lines[0])
        {
            let name = Self.oneLine(chunks[inHeader[0]].lines[0])
            contributors = [Contributor(name: name, role: .author)]
            warnings.append("took “\(name)” above the title as the author")
            inHeader.removeFirst()
        }
        if let first = inHeader.first {
            title = Self.oneLine(chunks[first].joined)
            if !hasMasthead {
                warnings.append(
                    first == 0
                        ? "no masthead: took the first line as the title"
                        : "no masthead: took “\(Self.excerpt(chunks[first].joined))” as the title")
            }
        }
        if inHeader.count > 1 { subtitle = Self.oneLine(chunks[inHeader[1]].joined) }
        var leftovers: [Chunk] = []
        for extra in inHeader.dropFirst(2) {
            leftovers.append(chunks[extra])
            warnings.append("left “\(Self.excerpt(chunks[extra].joined))” from the header in the body")
        }
        // A subtitle with nothing after it to mark the header's end: only right after the title.
        if inHeader.count == 1, end == inHeader[0] + 1, end < chunks.count - 1, Self.looksLikeSubtitle(chunks[end]) {
            subtitle = Self.oneLine(chunks[end].joined)
            warnings.append("took the line after the title as the subtitle")
            end += 1
        }
        body = leftovers + chunks[end...]
        if title == nil { takeTitleFromBody(hasMasthead: hasMasthead) }
        takeTrailingFields(language: language)
    }

    // MARK: - Fallbacks

    /// No title in the header: the first line of the text is the title.
    private mutating func takeTitleFromBody(hasMasthead: Bool) {
        guard let first = body.first else { return }
        let line = first.lines[0]
        let place = hasMasthead ? "no title after the masthead" : "no masthead"
        guard line.count <= 200 else {
            // A first line this long is a paragraph: it stays in the body, and its opening words
            // name the article.
            title = Self.opening(of: line)
            warnings.append("\(place): named the article after the opening words of its first line")
            return
        }
        title = Self.oneLine(line)
        if first.lines.count == 1 {
            body.removeFirst()
        } else {
            body[0].lines.removeFirst()
        }
        warnings.append("\(place): took the first line as the title")
    }

    /// The first sentence of `text` if it is short, else its first words, with `…`.
    static func opening(of text: String) -> String {
        if let end = text.firstIndex(where: { ".!?؟".contains($0) }),
            text.distance(from: text.startIndex, to: end) < 120
        {
            return String(text[...end])
        }
        var result = ""
        for word in text.split(separator: " ") {
            if result.count + word.count + 1 > 80 { break }
            result += result.isEmpty ? String(word) : " " + word
        }
        if result.isEmpty { result = String(text.prefix(80)) }
        return result + "…"
    }

    /// Runs of whitespace (tabs between half-lines included) as single spaces: header fields are one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A date or a source URL standing alone at the very end, when the header had none.
    private mutating func takeTrailingFields(language: String) {
        if source == nil, let last = body.last, last.lines.count <= 3, let url = Self.sourceURL(last),
            !url.contains("afgazad.com")
        {
            source = url
            warnings.append("took the source URL from the end of the article")
            body.removeLast()
        }
        guard date == nil, dateText == nil else { return }
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
            // A paragraph is neither a date nor a month: the check that says so is made once, not by each.
            if !DateParser.keepsMoreThan(12, in: text) {
                if let result = DateParser.parse(unchecked: text, language: language) { return .date(result, text) }
                if DateParser.isMonthAndYear(unchecked: text) { return .monthAndYear(text) }
            }
        }
        if chunk.lines.count == 1, let names = Byline.contributors(chunk.lines[0]) { return .byline(names) }
        return .other
    }

    /// A source URL, repaired: PDF extraction turned `_` into spaces and may have wrapped it.
    static func sourceURL(_ chunk: Chunk) -> String? {
        guard let line = chunk.lines.first else { return nil }
        var first = Substring(line)
        // Only the opening is compared (labels and schemes are at most 8 Characters): lowercasing
        // maps scalar by scalar, so the opening's lowercase opens the line's.
        let lowered = first.prefix(16).lowercased()
        for label in ["source:", "quelle:", "lien:", "link:", "منبع:", "سرچینه:", "مأخذ:", "ماخذ:"]
        where lowered.hasPrefix(label) {
            first = first.dropFirst(label.count).drop(while: { $0 == " " || $0 == "\t" })
        }
        let start = first.prefix(16).lowercased()
        guard start.hasPrefix("http://") || start.hasPrefix("https://") || start.hasPrefix("www.") else {
            return nil
        }
        let text = ([String(first)] + chunk.lines.dropFirst()).joined()
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.joined(separator: "_")
    }

    /// The first chunks with their field lines (URL, date, byline) split out: an export without blank
    /// lines still has its header read. A URL keeps the lines that continue it.
    static func splittingFieldLines(_ chunks: [Chunk], language: String) -> [Chunk] {
        var result: [Chunk] = []
        for (index, chunk) in chunks.enumerated() {
            guard index < 4, chunk.lines.count > 1, !chunk.hasHalfLines else {
                result.append(chunk)
                continue
            }
            var pieces: [[String]] = [[]]
            var line = 0
            while line < chunk.lines.count {
                let text = chunk.lines[line]
                let single = Chunk(lines: [text], afterPageBreak: false)
                if sourceURL(single) != nil {
                    var piece = [text]
                    line += 1
                    while line < chunk.lines.count, isURLContinuation(chunk.lines[line]) {
                        piece.append(chunk.lines[line])
                        line += 1
                    }
                    pieces += [piece, []]
                    continue
                }
                if case .other = classify(single, language: language) {
                    pieces[pieces.count - 1].append(text)
                } else {
                    pieces += [[text], []]
                }
                line += 1
            }
            let nonEmpty = pieces.filter { !$0.isEmpty }
            for (offset, piece) in nonEmpty.enumerated() {
                result.append(Chunk(lines: piece, afterPageBreak: offset == 0 && chunk.afterPageBreak))
            }
        }
        return result
    }

    /// A wrapped URL's tail: no spaces at all, or the punctuation only URLs carry.
    private static func isURLContinuation(_ line: String) -> Bool {
        if !line.contains(" ") { return line.count > 0 && !line.unicodeScalars.contains { $0.value >= 0x0600 } }
        return line.contains { "/?=&%#".contains($0) } && !line.hasSuffix(".")
    }

    /// The names a byline line gives, whatever their roles (`Byline.contributors(_:)`), or nil.
    static func byline(_ line: String) -> [String]? {
        Byline.contributors(line).map { $0.map(\.name) }
    }

    /// Words that mark a short line as a person's name: honorifics and the commonest name parts.
    private static let nameMarkers: Set<String> = [
        "داکتر", "دکتر", "پوهاند", "پوهنوال", "پوهنمل", "استاد", "سید", "سیده", "انجنیر", "مولوی", "حاجی", "محمد",
        "احمد", "غلام", "dr", "prof", "dr.", "prof.",
    ].reduce(into: []) { $0.insert(MatchKey.fold($1)) }

    /// A line that is most likely an author's name with no byline word: two to five words, no digits or
    /// sentence punctuation, with an honorific or a common name part (`داکتر …`, `محمد …`, `…الله`).
    static func looksLikeName(_ line: String) -> Bool {
        let words = line.split(separator: " ").map { MatchKey.fold($0) }
        guard (2...5).contains(words.count), !line.contains(where: { $0.isNumber || ",،:;؛!?؟".contains($0) })
        else { return false }
        // Function words belong to titles, not names.
        let functionWords: Set<String> = [
            "و", "در", "از", "به", "با", "که", "را", "برای", "یا", "د", "په", "او", "the", "and", "of", "in",
        ]
        guard words.allSatisfy({ !functionWords.contains($0) }) else { return false }
        return words.contains { word in
            nameMarkers.contains(word) || word.hasPrefix("عبد") || word.hasSuffix("الله") || word.hasSuffix("زی")
        }
    }

    /// Whether a chunk that is not a field can be the title (position 0), the subtitle (1) or a
    /// further header line (2).
    private static func canBeHeaderText(_ chunk: Chunk, position: Int, afterDate: Bool) -> Bool {
        guard !chunk.isLong, position <= 2 else { return false }
        let text = chunk.joined
        // A finished sentence after the date, or a long one anywhere, is the body's first paragraph.
        if position >= 1, text.count > 120 || afterDate, BodyBuilder.endsSentence(text) { return false }
        if position == 2, text.count > 100 || BodyBuilder.endsSentence(text) { return false }
        return true
    }

    /// A short line with no closing punctuation, the way subtitles look.
    private static func looksLikeSubtitle(_ chunk: Chunk) -> Bool {
        guard chunk.lines.count == 1, !chunk.hasHalfLines else { return false }
        let line = chunk.lines[0]
        guard line.count <= 160, let last = line.last, !BodyBuilder.isCapsHeading(line) else { return false }
        return !".!?؟…:;؛،".contains(last)
    }

    static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
