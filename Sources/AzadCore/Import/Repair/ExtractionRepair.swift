/// Puts text that a PDF-to-text converter wrote back the way a clean export writes it, before
/// parsing: a function of text alone, for text exports as for text read from a PDF.
///
/// It acts only on text that shows `pdftotext`'s mark, most lines wrapped whole in embedding
/// controls: elsewhere a bidi control is the author's, and stays. In such text it takes out every
/// embedding, override, isolate and direction mark (the text is already in logical order) and puts
/// left-to-right runs and side-by-side half-lines back in order (`EmbeddedLine`), closes up the
/// blank lines `-layout` puts between lines, joins back lines cut at a lam-alef ligature
/// (`LamAlefLines`), then, for Persian and Pashto, rejoins split words into known words
/// (`WordRejoiner`).
public enum ExtractionRepair {
    /// The repaired text and what was repaired, one warning for all of it.
    public struct Result: Sendable, Equatable {
        public var text: String
        public var warnings: [String]
    }

    /// Repairs `text`; `vocabulary` replaces the built-in word list of the text's language, and
    /// `archive`, when given, adds the words an archive's other articles write whole.
    public static func repair(
        _ text: String, vocabulary: RepairVocabulary? = nil, archive: ArchiveWords? = nil
    ) -> Result {
        guard let lines = logicalLines(text) else { return Result(text: text, warnings: []) }
        var repairs = ["bidi controls removed: \(lines.controls)"]
        if lines.couplets > 0 { repairs.append("couplets set side by side in order: \(lines.couplets)") }
        var output = lines.text
        if let closed = closingLayoutGaps(output) {
            output = closed
            repairs.append("blank lines of a page layout closed up")
        }
        let cut = LamAlefLines.joined(PageCleaner.lines(of: Substring(output)))
        if cut.ligatures > 0 {
            output = cut.lines.joined(separator: "\n")
            repairs.append("lines cut at a lam-alef joined: \(cut.ligatures)")
        }
        let language = LanguageGuess.guess(
            output.utf8.count <= 12_000 ? Substring(output) : Substring(output).prefix(12_000))
        if let vocabulary = vocabulary ?? RepairVocabulary.builtIn(for: language) {
            let rejoiner = WordRejoiner(
                vocabulary: vocabulary, wholeWords: WordRejoiner.wholeWords(in: output), archive: archive)
            var joins = 0
            var zwnjs = 0
            var lamAlefs = 0
            var lonePieces = 0
            output = PageCleaner.lines(of: Substring(output)).map { line in
                let result = rejoiner.rejoined(String(line))
                joins += result.joins
                zwnjs += result.zwnjs
                lamAlefs += result.lamAlefs
                lonePieces += result.lonePieces
                return result.text
            }.joined(separator: "\n")
            if joins > 0 { repairs.append("split words rejoined: \(joins)") }
            if zwnjs > 0 { repairs.append("ZWNJs restored: \(zwnjs)") }
            if lamAlefs > 0 { repairs.append("lam-alef ligatures put back in order: \(lamAlefs)") }
            if lonePieces > 0 { repairs.append(Self.lonePiecesNote + "\(lonePieces)") }
        }
        return Result(text: output, warnings: [Self.warningStart + repairs.joined(separator: "; ") + ")"])
    }

    /// How the warning of a repair starts: an article whose warnings hold it was read from
    /// PDF-to-text output, and its words may be pieces of split ones.
    public static let warningStart = "repaired PDF-to-text output ("

    /// The part of the warning that counts the split pieces no known word could take in: a repair
    /// with more words to draw on might join them.
    public static let lonePiecesNote = "split pieces left apart: "

    /// The text's lines in logical order without bidi controls, or nil when the text does not
    /// look like `pdftotext`'s: at least two non-empty lines, and half of them or more, wrapped
    /// whole in an embedding.
    static func logicalLines(_ text: String) -> (text: String, controls: Int, couplets: Int)? {
        // Most texts hold no embedding control at all: one pass over the bytes tells
        // (U+202A–U+202E are E2 80 AA–AE in UTF-8).
        guard mayHoldEmbedding(text) else { return nil }
        let lines = PageCleaner.lines(of: Substring(text))
        var nonEmpty = 0
        var wrapped = 0
        for line in lines where line.contains(where: { !$0.isWhitespace }) {
            nonEmpty += 1
            if EmbeddedLine.isWrapped(line) { wrapped += 1 }
        }
        guard wrapped >= 2, wrapped * 2 >= nonEmpty else { return nil }
        var controls = 0
        var couplets = 0
        let repaired = lines.map { line -> String in
            let repair = EmbeddedLine.repaired(line)
            controls += repair.controls
            if repair.couplet { couplets += 1 }
            return repair.text
        }
        return (repaired.joined(separator: "\n"), controls, couplets)
    }

    /// The text with `pdftotext -layout`'s line spacing taken out, or nil when it has none: that
    /// mode leaves a blank line after every line, and two or more between paragraphs, so one blank
    /// line joins a paragraph's lines and more than one parts paragraphs.
    static func closingLayoutGaps(_ text: String) -> String? {
        let lines = PageCleaner.lines(of: Substring(text))
        // A form feed alone on a line (the last page's end) is blank here, and kept.
        let isBlank = { (line: Substring) in line.allSatisfy { $0 == " " || $0 == "\u{0C}" } }
        var gaps: [Int] = []
        var blanks = 0
        var seenText = false
        for line in lines {
            if isBlank(line) {
                blanks += 1
            } else {
                if seenText { gaps.append(blanks) }
                seenText = true
                blanks = 0
            }
        }
        guard gaps.count >= 2, gaps.allSatisfy({ $0 >= 1 }), gaps.contains(where: { $0 >= 2 }) else { return nil }
        var output: [Substring] = []
        blanks = 0
        for line in lines {
            if isBlank(line) {
                if line.contains("\u{0C}") { output.append(line) }
                blanks += 1
                continue
            }
            if !output.isEmpty, blanks >= 2 { output.append("") }
            output.append(line)
            blanks = 0
        }
        return output.joined(separator: "\n")
    }

    private static func mayHoldEmbedding(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if previous == (0xE2, 0x80), (0xAA...0xAE).contains(byte) { return true }
            previous = (previous.1, byte)
        }
        return false
    }
}
