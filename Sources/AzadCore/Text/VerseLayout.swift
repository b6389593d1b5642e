/// Lays out a verse block as books set Persian and Pashto poems: each couplet's two hemistichs in
/// two columns (the first on the right for right-to-left text), every hemistich justified by its
/// spaces to the poem's widest, with a gap of at least three columns; the poem centred. When two
/// hemistichs do not fit side by side, the second goes under the first, two columns in. A line
/// with no second hemistich in a poem of couplets, or a block of one line, is centred.
enum VerseLayout {
    /// The least gap between the two columns.
    static let minimumGap = 3
    /// How far in a second hemistich sits under its first on a narrow pane.
    static let narrowIndent = 2

    /// One verse line: its hemistichs as slices of the block's text.
    private enum Row {
        case couplet(Substring, Substring)
        case single(Substring)
    }

    /// The lines of verse block `text`; ranges and source indices index `text`.
    static func lines(_ text: String, width: Int, options: LayoutOptions, direction fallback: ParagraphDirection)
        -> [VisualLine]
    {
        let width = max(1, width)
        let rows: [Row] = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let halves = line.split(separator: "\t", omittingEmptySubsequences: true)
            guard halves.count >= 2 else { return .single(halves.first ?? line) }
            // A third half-line stays with the second.
            return .couplet(halves[0], line[halves[1].startIndex..<halves.last!.endIndex])
        }
        let hasCouplets = rows.contains { if case .couplet = $0 { true } else { false } }
        // A block of lines without tabs (a European stanza) keeps its lines at the paragraph's edge.
        guard hasCouplets || rows.count == 1 else {
            return rows.flatMap { row -> [VisualLine] in
                guard case .single(let line) = row else { return [] }
                return ParagraphLayout.lines(line, width: width, options: options, direction: direction(line, fallback))
            }
        }
        // Each couplet's hemistichs on one line, by row.
        var measured: [Int: (VisualLine, VisualLine)] = [:]
        var widest = 0
        for (index, row) in rows.enumerated() {
            guard case .couplet(let first, let second) = row else { continue }
            let rowDirection = direction(first, fallback)
            let pair = (
                oneLine(first, options: options, direction: rowDirection),
                oneLine(second, options: options, direction: rowDirection)
            )
            measured[index] = pair
            widest = max(widest, pair.0.width, pair.1.width)
        }
        let columns = 2 * widest + minimumGap <= width
        let gap = 2 * widest + minimumGap + 1 <= width ? minimumGap + 1 : minimumGap
        var result: [VisualLine] = []
        for (index, row) in rows.enumerated() {
            switch row {
            case .single(let line):
                for var wrapped in ParagraphLayout.lines(
                    line, width: width, options: options, direction: direction(line, fallback))
                {
                    wrapped.edgeMargin = max(0, (width - wrapped.width) / 2)
                    result.append(wrapped)
                }
            case .couplet(let first, let second):
                let rowDirection = direction(first, fallback)
                if columns, let (one, two) = measured[index],
                    let row = couplet(
                        justified(one, to: widest), justified(two, to: widest), gap: gap, tab: first.endIndex,
                        width: width, direction: rowDirection, options: options)
                {
                    result.append(row)
                } else {
                    result += ParagraphLayout.lines(first, width: width, options: options, direction: rowDirection)
                    for var line in ParagraphLayout.lines(
                        second, width: max(1, width - narrowIndent), options: options, direction: rowDirection)
                    {
                        line.edgeMargin = narrowIndent
                        result.append(line)
                    }
                }
            }
        }
        return result
    }

    private static func direction(_ text: Substring, _ fallback: ParagraphDirection) -> ParagraphDirection {
        ParagraphDirection(firstStrongIn: text, fallback: fallback)
    }

    /// `text` laid out on one line, however wide.
    private static func oneLine(_ text: Substring, options: LayoutOptions, direction: ParagraphDirection)
        -> VisualLine
    {
        let lines = ParagraphLayout.lines(text, width: 1_000_000, options: options, direction: direction)
        return lines.count == 1 ? lines[0] : lines.reduce(lines[0]) { joined($0, $1) }
    }

    /// Two lines of one text as one (only for text wider than any pane).
    private static func joined(_ left: VisualLine, _ right: VisualLine) -> VisualLine {
        var line = left
        line.text += " " + right.text
        line.width += 1 + right.width
        line.sourceIndices += [right.logicalRange.lowerBound] + right.sourceIndices
        line.logicalRange = left.logicalRange.lowerBound..<right.logicalRange.upperBound
        return line
    }

    /// `line` widened to `width` columns by widening the spaces between its words as evenly as they
    /// allow; a line without spaces is centred.
    static func justified(_ line: VisualLine, to width: Int) -> VisualLine {
        let extra = width - line.width
        guard extra > 0 else { return line }
        let graphemes = Array(line.text)
        let spaces = graphemes.indices.filter { graphemes[$0] == " " }
        var text = ""
        var indices: [String.Index] = []
        func pad(_ count: Int, at index: String.Index) {
            text += String(repeating: " ", count: count)
            indices += Array(repeating: index, count: count)
        }
        if spaces.isEmpty {
            let start = line.sourceIndices.first ?? line.logicalRange.lowerBound
            let end = line.sourceIndices.last ?? line.logicalRange.lowerBound
            pad(extra / 2, at: start)
            text += line.text
            indices += line.sourceIndices
            pad(extra - extra / 2, at: end)
        } else {
            // The columns left over after an even share go to spaces spread along the line.
            let (share, rest) = extra.quotientAndRemainder(dividingBy: spaces.count)
            var added = [Int](repeating: 0, count: graphemes.count)
            for (order, position) in spaces.enumerated() {
                added[position] = share + ((order + 1) * rest / spaces.count - order * rest / spaces.count)
            }
            let spaceSet = Set(spaces)
            for (position, grapheme) in graphemes.enumerated() {
                text.append(grapheme)
                indices.append(line.sourceIndices[position])
                if spaceSet.contains(position) { pad(added[position], at: line.sourceIndices[position]) }
            }
        }
        // A mark with no base of its own would join the space before it: such a line stays as it is.
        guard text.count == indices.count else { return line }
        var result = line
        result.text = text
        result.width = width
        result.sourceIndices = indices
        return result
    }

    /// A couplet on one row: in visual order the first hemistich on the reading side (right for
    /// right-to-left text); in logical order first then second, for the terminal to place. Nil when
    /// the right column opens with a mark that would join the gap's last space.
    private static func couplet(
        _ first: VisualLine, _ second: VisualLine, gap: Int, tab: String.Index, width: Int,
        direction: ParagraphDirection, options: LayoutOptions
    ) -> VisualLine? {
        let swapped = options.bidiMode == .visual && direction == .rightToLeft
        let (left, right) = swapped ? (second, first) : (first, second)
        let total = left.width + gap + right.width
        let text = left.text + String(repeating: " ", count: gap) + right.text
        guard text.count == left.text.count + gap + right.text.count else { return nil }
        return VisualLine(
            text: text, width: total,
            isRightToLeft: direction == .rightToLeft,
            logicalRange: first.logicalRange.lowerBound..<second.logicalRange.upperBound,
            sourceIndices: left.sourceIndices + Array(repeating: tab, count: gap) + right.sourceIndices,
            edgeMargin: max(0, (width - total) / 2))
    }
}
