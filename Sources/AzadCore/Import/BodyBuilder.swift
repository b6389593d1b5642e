import Foundation

/// Turns the body's chunks into blocks: paragraphs with hard wraps joined (across page breaks too),
/// headings, verse.
struct BodyBuilder {
    var blocks: [Block] = []
    var warnings: [String] = []

    init(_ chunks: [Chunk]) {
        var guessedVerse = 0
        var guessedHeadings: [String] = []
        var joinedAcrossPages = 0
        var index = 0
        let pieces = chunks.flatMap(Self.splitting)
        while index < pieces.count {
            let chunk = pieces[index]
            defer { index += 1 }
            if chunk.hasHalfLines {
                blocks.append(Block(.verse, Self.verse(chunk.lines)))
                continue
            }
            if chunk.lines.count == 1, Self.isCapsHeading(chunk.lines[0]) {
                blocks.append(Block(.heading, chunk.lines[0]))
                continue
            }
            if Self.looksLikeVerse(chunk.lines) {
                // Short lines that a page of prose would have filled: a poem without tabs.
                blocks.append(Block(.verse, Self.pairingHemistichs(chunk.lines)))
                guessedVerse += 1
                continue
            }
            let text = chunk.joined
            if chunk.afterPageBreak, let last = blocks.last, last.kind == .paragraph, !Self.endsSentence(last.text) {
                // The page broke in the middle of a paragraph.
                blocks[blocks.count - 1].text = Chunk.join([last.text, text])
                joinedAcrossPages += 1
                continue
            }
            if chunk.lines.count == 1, index > 0, index + 1 < pieces.count, blocks.last?.kind == .paragraph,
                Self.isArabicScriptHeading(chunk.lines[0]), Self.isProse(pieces[index + 1])
            {
                blocks.append(Block(.heading, chunk.lines[0]))
                guessedHeadings.append(chunk.lines[0])
                continue
            }
            blocks.append(Block(.paragraph, text))
        }
        if guessedVerse > 0 { warnings.append("took \(guessedVerse) block(s) of short lines as verse") }
        for heading in guessedHeadings {
            warnings.append("took the short line “\(HeaderReader.excerpt(heading))” as a heading")
        }
        if joinedAcrossPages > 0 {
            warnings.append("joined \(joinedAcrossPages) paragraph(s) split by a page break")
        }
    }

    /// Splits a chunk that holds several blocks: a caps heading on its first line, list items, or
    /// paragraphs one per long line with no blank line between.
    static func splitting(_ chunk: Chunk) -> [Chunk] {
        guard chunk.lines.count > 1, !chunk.hasHalfLines else { return [chunk] }
        if isCapsHeading(chunk.lines[0]) {
            return [Chunk(lines: [chunk.lines[0]], afterPageBreak: chunk.afterPageBreak)]
                + splitting(Chunk(lines: Array(chunk.lines.dropFirst()), afterPageBreak: false))
        }
        var pieces: [[String]] = []
        if isList(chunk.lines) {
            for line in chunk.lines {
                if isListItem(line) || pieces.isEmpty {
                    pieces.append([line])
                } else {
                    pieces[pieces.count - 1].append(line)
                }
            }
        } else if chunk.lines.contains(where: { !$0.hasAtMost(160) }) {
            // Lines this long were not wrapped by a page: each line that ends a sentence ends a paragraph.
            for line in chunk.lines {
                if pieces.isEmpty { pieces.append([]) }
                pieces[pieces.count - 1].append(line)
                if endsSentence(line) { pieces.append([]) }
            }
            pieces.removeAll { $0.isEmpty }
        } else if chunk.lines.count >= 4, chunk.lines.contains(where: { !$0.hasAtMost(45) }) {
            // No blank lines between paragraphs: a line that ends a sentence and has room for the next
            // line's first word ends a paragraph, since wrapping would have pulled that word up.
            let width = chunk.lines.map(\.count).max() ?? 0
            for (index, line) in chunk.lines.enumerated() {
                if pieces.isEmpty { pieces.append([]) }
                pieces[pieces.count - 1].append(line)
                guard index + 1 < chunk.lines.count, endsSentence(line) else { continue }
                let nextWord = chunk.lines[index + 1].prefix { $0 != " " }
                // A tenth of slack: PDF text is set in proportional type, so full lines vary in length.
                if line.count + 1 + nextWord.count < width - max(3, width / 10) { pieces.append([]) }
            }
            guard pieces.count > 1 else { return [chunk] }
        } else {
            return [chunk]
        }
        return pieces.enumerated().map { Chunk(lines: $1, afterPageBreak: $0 == 0 && chunk.afterPageBreak) }
    }

    /// Short lines that prose wrapped by a page would have filled: three or more, or two in Arabic
    /// script (a Persian couplet without its tab), none longer than a half-line of verse.
    static func looksLikeVerse(_ lines: [String]) -> Bool {
        guard lines.count >= 2, lines.allSatisfy({ $0.hasAtMost(45) }), !isList(lines) else { return false }
        if lines.count >= 3 { return true }
        // Two lines: the halves of a couplet are about as long as each other and end no sentence.
        let lengths = lines.map(\.count)
        guard lengths.min()! * 5 >= lengths.max()! * 3, !lines.contains(where: endsSentence) else { return false }
        return lines.allSatisfy { line in
            let arabic = line.unicodeScalars.filter { (0x0600...0x06FF).contains($0.value) }.count
            return arabic * 2 > line.unicodeScalars.count
        }
    }

    /// A poem written one hemistich per line, as couplets: an even number of Arabic-script lines
    /// paired, a tab between each pair. Other short lines (a European stanza) stay one a line.
    static func pairingHemistichs(_ lines: [String]) -> String {
        let arabicScript = lines.allSatisfy { line in
            let arabic = line.unicodeScalars.filter { (0x0600...0x06FF).contains($0.value) }.count
            return arabic * 2 > line.unicodeScalars.count
        }
        guard arabicScript, lines.count % 2 == 0 else { return lines.joined(separator: "\n") }
        return stride(from: 0, to: lines.count, by: 2).map { lines[$0] + "\t" + lines[$0 + 1] }.joined(separator: "\n")
    }

    /// Verse text: one line per verse line, half-lines split by a single tab.
    static func verse(_ lines: [String]) -> String {
        lines.map { Chunk.halves(of: $0).joined(separator: "\t") }.joined(separator: "\n")
    }

    /// A short line in capitals: `OBAMA AND PUTIN TO TALK`.
    static func isCapsHeading(_ line: String) -> Bool {
        guard line.hasAtMost(80) else { return false }
        let letters = line.filter(\.isLetter)
        guard letters.count >= 3, line.split(separator: " ").count <= 12 else { return false }
        return letters.allSatisfy(\.isUppercase) && !line.hasSuffix(".") && !line.hasSuffix(",")
    }

    /// A short Arabic-script line with no closing punctuation, standing between paragraphs.
    private static func isArabicScriptHeading(_ line: String) -> Bool {
        guard line.hasAtMost(60), line.split(separator: " ").count <= 8, let last = line.last,
            !".!?؟…:;؛،»\")".contains(last)
        else { return false }
        let arabic = line.unicodeScalars.filter { (0x0600...0x06FF).contains($0.value) }.count
        return arabic * 2 > line.unicodeScalars.count
    }

    /// A chunk of running text (not a heading or verse).
    private static func isProse(_ chunk: Chunk) -> Bool {
        !chunk.hasHalfLines && (chunk.lines.count > 1 || !chunk.lines[0].hasAtMost(80))
    }

    static func endsSentence(_ text: String) -> Bool {
        var trimmed = Substring(text)
        // Closing quotes and brackets after the full stop.
        while let last = trimmed.last, "\"'”’»)]".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last else { return true }
        return ".!?؟…:۔".contains(last)
    }

    private static func isListItem(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if "•·▪●◦*–-".contains(first) { return line.dropFirst().first == " " }
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let rest = line.dropFirst(digits.count)
        return (rest.hasPrefix(". ") || rest.hasPrefix(") ") || rest.hasPrefix("- "))
    }

    private static func isList(_ lines: [String]) -> Bool {
        lines.filter(isListItem).count >= 2 && isListItem(lines[0])
    }
}
