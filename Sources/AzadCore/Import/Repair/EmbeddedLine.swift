/// One line of PDF-to-text output put back in logical order without its bidi controls.
///
/// `pdftotext` writes each right-to-left line as RLE … PDF in logical order, but every run it found
/// left-to-right (Latin, digits, and the punctuation and spaces next to them) as LRE … PDF in the
/// order it saw on the page. Inside a right-to-left line such a run is put back: the letters and
/// digits keep their order, the punctuation and spaces at its edges are mirrored to the other side
/// (`‪ ،2014‬` → `2014، `). With `-layout`, the two half-lines of a couplet come out side by side as
/// two embedded segments, the second first: they are put back first-second with a tab between.
/// The spaces `-layout` aligns lines with are dropped.
enum EmbeddedLine {
    /// What putting one line back did.
    struct Repair: Equatable {
        var text: String
        /// Embedding, override, isolate and mark controls taken out.
        var controls = 0
        /// Whether the line held a couplet's half-lines side by side.
        var couplet = false
    }

    /// Embedding and override controls (U+202A–U+202E) and isolates (U+2066–U+2069): formatting
    /// only, in a text already in logical order.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) || isMark(scalar)
    }

    /// LRM, RLM and the Arabic letter mark: direction marks with no other use.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{200E}" || scalar == "\u{200F}" || scalar == "\u{061C}"
    }

    /// LRE, RLE, LRO and RLO, which PDF (U+202C) closes.
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{202A}" || scalar == "\u{202B}" || scalar == "\u{202D}" || scalar == "\u{202E}"
    }

    /// Whether the line is wrapped whole in an embedding, as `pdftotext` wraps every line.
    static func isWrapped(_ line: Substring) -> Bool {
        let scalars = line.unicodeScalars
        guard let first = scalars.first(where: { !$0.properties.isWhitespace }),
            let last = scalars.last(where: { !$0.properties.isWhitespace })
        else { return false }
        return (first == "\u{202A}" || first == "\u{202B}") && last == "\u{202C}"
    }

    /// The line in logical order, its controls taken out.
    static func repaired(_ line: Substring) -> Repair {
        let segments = topLevelSegments(line)
        let embedded = segments.filter { $0.embedding != nil }
        // Two or more right-to-left segments with a wide gap between them: a couplet laid out by
        // `-layout`, read left to right, so its half-lines are in reverse.
        if embedded.count >= 2, embedded.allSatisfy({ $0.embedding == "\u{202B}" }),
            segments.allSatisfy({ $0.embedding != nil || $0.content.allSatisfy({ $0 == " " }) }),
            gapsAreWide(segments)
        {
            var repair = Repair(text: "", couplet: true)
            let halves = embedded.reversed().map { segment -> String in
                let inner = logical(segment.content, rightToLeft: true)
                repair.controls += inner.controls + 2
                return inner.text
            }
            repair.text = halves.joined(separator: "\t")
            return repair
        }
        var repair = Repair(text: "")
        for segment in segments {
            guard let embedding = segment.embedding else {
                let inner = logical(segment.content, rightToLeft: false)
                repair.text += inner.text
                repair.controls += inner.controls
                continue
            }
            let inner = logical(segment.content, rightToLeft: embedding == "\u{202B}" || embedding == "\u{202E}")
            repair.text += inner.text
            repair.controls += inner.controls + 2
        }
        // `-layout` aligns right-to-left lines with spaces: in logical text they say nothing.
        repair.text = String(repair.text.trimmingCharacters(in: [" "]))
        return repair
    }

    private struct Segment {
        /// The opening control, or nil for text outside any embedding.
        var embedding: Unicode.Scalar?
        var content: Substring.UnicodeScalarView
    }

    /// The line cut at its outermost embeddings.
    private static func topLevelSegments(_ line: Substring) -> [Segment] {
        let scalars = line.unicodeScalars
        var segments: [Segment] = []
        var depth = 0
        var start = scalars.startIndex
        var opener: Unicode.Scalar?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Self.isOpener(scalar) {
                if depth == 0 {
                    if start < index { segments.append(Segment(embedding: nil, content: scalars[start..<index])) }
                    opener = scalar
                    start = scalars.index(after: index)
                }
                depth += 1
            } else if scalar == "\u{202C}", depth > 0 {
                depth -= 1
                if depth == 0 {
                    segments.append(Segment(embedding: opener, content: scalars[start..<index]))
                    start = scalars.index(after: index)
                }
            }
            scalars.formIndex(after: &index)
        }
        if start < scalars.endIndex {
            // An embedding left open runs to the line's end; a PDF with nothing to close stays in
            // the text outside, where `logical` drops it.
            segments.append(Segment(embedding: depth > 0 ? opener : nil, content: scalars[start...]))
        }
        return segments
    }

    private static func gapsAreWide(_ segments: [Segment]) -> Bool {
        var sawEmbedded = false
        var gapAfterEmbedded = false
        for segment in segments {
            if segment.embedding != nil {
                if sawEmbedded && !gapAfterEmbedded { return false }
                sawEmbedded = true
                gapAfterEmbedded = false
            } else if sawEmbedded {
                gapAfterEmbedded = segment.content.count >= 2
            }
        }
        return true
    }

    /// The content of one embedding (or of none) with its inner controls taken out; left-to-right
    /// runs inside a right-to-left one put back in logical order.
    private static func logical(
        _ content: Substring.UnicodeScalarView, rightToLeft: Bool
    ) -> (text: String, controls: Int) {
        var text = String.UnicodeScalarView()
        var controls = 0
        var run = String.UnicodeScalarView()
        var depth = 0
        for scalar in content {
            if isOpener(scalar) {
                controls += 1
                depth += 1
                continue
            }
            if scalar == "\u{202C}" {
                controls += 1
                if depth > 0 { depth -= 1 }
                if depth == 0, !run.isEmpty {
                    append(run, to: &text, reordering: rightToLeft)
                    run = String.UnicodeScalarView()
                }
                continue
            }
            if isControl(scalar) {
                controls += 1
                continue
            }
            if depth > 0 { run.append(scalar) } else { text.append(scalar) }
        }
        if !run.isEmpty { append(run, to: &text, reordering: rightToLeft) }
        return (String(text), controls)
    }

    /// Appends a left-to-right run seen on the page; inside right-to-left text its edge punctuation
    /// and spaces go to the other side, each mirrored in order.
    private static func append(
        _ run: String.UnicodeScalarView, to text: inout String.UnicodeScalarView, reordering: Bool
    ) {
        guard reordering else {
            text.append(contentsOf: run)
            return
        }
        // Letters and digits, and the marks that sit on them, keep their order.
        let isStrong: (Unicode.Scalar) -> Bool = {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
                || [.nonspacingMark, .spacingMark, .enclosingMark].contains($0.properties.generalCategory)
        }
        guard let first = run.firstIndex(where: isStrong), let last = run.lastIndex(where: isStrong) else {
            // Punctuation that closes the words before it, after a space the page did not have:
            // `باشد ،` is `باشد،`.
            let mirrored = run.reversed()
            if text.last == " ", let first = mirrored.first, isClosingPunctuation(first) { text.removeLast() }
            text.append(contentsOf: mirrored)
            return
        }
        text.append(contentsOf: run[run.index(after: last)...].reversed())
        text.append(contentsOf: run[first...last])
        text.append(contentsOf: run[..<first].reversed())
    }

    private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .otherPunctuation, .closePunctuation, .finalPunctuation: true
        default: false
        }
    }
}
