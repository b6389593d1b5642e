import AzadCore

/// The search prompt on the status line: which search it is, the query with its caret, a dimmed
/// suggestion while the line is empty, and the count of results or matches.
enum PromptView {
    static func draw(into grid: inout Grid, state: ReaderState, in rect: Rect) {
        let prompt = state.searchPrompt
        // Label, then the line, from the starting edge; the count at the far edge.
        var fields = FieldCursor(rect, direction: state.direction)
        fields.offset = writeLabel(
            "\(state.translation.tr(prompt.kind.label)):", into: &grid, state: state, in: rect, limit: nil)
        let count = counts(state)
        let countWidth = DisplayWidth.of(count)
        let fitsCount = fields.offset + 2 + countWidth + 8 < rect.width
        let room = max(1, rect.width - fields.offset - 1 - (fitsCount ? countWidth + 2 : 0))
        if let suggestion = state.promptSuggestion {
            let line = ParagraphLayout.truncatedLine(suggestion, width: max(0, room - 1), options: state.layoutOptions)
            // The caret stands at the starting edge of the empty line.
            let caret = ("▏", ThemeElement.statusAccent)
            let text = (line.text, ThemeElement.statusDim)
            writePieces(state.direction == .rightToLeft ? [text, caret] : [caret, text], into: &grid, at: fields)
        } else {
            writePieces(
                lineWithCaret(prompt.line, width: room, options: state.layoutOptions), into: &grid, at: fields)
        }
        if fitsCount { writeFarEdge(count, into: &grid, state: state, in: rect) }
    }

    /// The visible part of `line` with the caret in it, as pieces written one after another.
    static func lineWithCaret(_ line: PromptLine, width: Int, options: LayoutOptions) -> [(String, ThemeElement)] {
        let (window, caret) = window(line, width: width - 1)
        let shown = keepingEndSpaces(window)
        let laidOut = ParagraphLayout.truncatedLine(shown, width: max(0, width - 1), options: options)
        let graphemes = laidOut.text.map(String.init)
        let split = caretPosition(laidOut, text: shown, caret: caret)
        return [
            (graphemes[..<split].joined(), .status), ("▏", .statusAccent), (graphemes[split...].joined(), .status),
        ]
    }

    /// Writes a prompt's label and the space after it at the status line's starting edge (laid out as
    /// a right-to-left paragraph against the right edge in a mirrored layout); returns their columns.
    static func writeLabel(_ label: String, into grid: inout Grid, state: ReaderState, in rect: Rect, limit: Int?)
        -> Int
    {
        guard state.direction == .rightToLeft else {
            return grid.writeInterface(
                label + " ", row: rect.row, column: rect.column, limit: limit, style: .statusAccent, state: state)
        }
        // The label keeps a column for the space on its left, which takes the label's style.
        let room = max(0, (limit ?? rect.width) - 1)
        let written = grid.writeInterface(
            label, row: rect.row, column: FieldCursor(rect, direction: .rightToLeft).column(at: 0, width: room),
            limit: room, style: .statusAccent, state: state)
        grid.fill(row: rect.row, column: rect.column + rect.width - written - 1, count: 1, style: .statusAccent)
        return written + 1
    }

    /// Writes pieces one after another, the whole run starting at the fields' next place.
    static func writePieces(_ pieces: [(String, ThemeElement)], into grid: inout Grid, at fields: FieldCursor) {
        let width = pieces.reduce(0) { $0 + DisplayWidth.of($1.0) }
        var column = fields.column(at: fields.offset, width: width)
        for (text, style) in pieces { column += grid.write(text, row: fields.rect.row, column: column, style: style) }
    }

    /// Writes `text` one column in from the status line's far edge: the right, or the left in a
    /// mirrored layout (there laid out as a right-to-left paragraph).
    static func writeFarEdge(_ text: String, into grid: inout Grid, state: ReaderState, in rect: Rect) {
        guard state.direction == .rightToLeft else {
            grid.writeInterface(
                text, row: rect.row, column: rect.column + rect.width - DisplayWidth.of(text) - 1, style: .status,
                state: state)
            return
        }
        grid.writeInterface(
            text, row: rect.row, column: rect.column + 1, limit: max(0, rect.width - 1), style: .status, state: state,
            atFarEdge: true)
    }

    /// What the right of the prompt says: results of the archive search, matches in the article.
    static func counts(_ state: ReaderState) -> String {
        let t = state.translation
        let typed = !state.searchPrompt.line.text.trimmingCharacters(in: .whitespaces).isEmpty
        switch state.searchPrompt.kind {
        case .archive:
            // First hits are shown before the rest: no count until they come.
            guard typed, !state.search.isPartial else { return t.tr("Enter keeps · Esc cancels") }
            if state.rows.isEmpty, state.searching == nil {
                if let spelling = state.search.didYouMean {
                    return t.tr("no results · did you mean {spelling}? Tab takes it", ["spelling": spelling])
                }
                return t.tr("no results · Esc cancels")
            }
            return t.tr("{results} · Enter keeps · Esc cancels", ["results": ReaderLogic.results(state.rows.count, t)])
        case .article:
            guard typed, let opened = state.opened else { return t.tr("Enter finds · Esc cancels") }
            if opened.matches.isEmpty {
                let size = opened.article.blocks.reduce(0) { $0 + $1.text.utf8.count }
                return size > ReaderLogic.liveFindBytes
                    ? t.tr("Enter finds · Esc cancels") : t.tr("no match · Esc cancels")
            }
            return t.tr(
                "match {number} of {count} · Enter keeps · Esc cancels",
                ["number": (opened.currentMatch ?? 0) + 1, "count": opened.matches.count])
        }
    }

    /// `text` with the spaces at its ends made no-break spaces, which layout does not trim: the caret
    /// after a space typed at the end moves with it.
    static func keepingEndSpaces(_ text: String) -> String {
        let leading = text.prefix { $0 == " " }.count
        guard leading < text.count else { return String(repeating: "\u{A0}", count: leading) }
        let trailing = text.reversed().prefix { $0 == " " }.count
        return String(repeating: "\u{A0}", count: leading) + text.dropFirst(leading).dropLast(trailing)
            + String(repeating: "\u{A0}", count: trailing)
    }

    /// The part of `line` that fits `width` columns with the caret in it, and the caret's place in it.
    static func window(_ line: PromptLine, width: Int) -> (text: String, caret: Int) {
        var graphemes = Array(line.text)
        var caret = line.caret
        while graphemes.count > 1, DisplayWidth.of(String(graphemes)) > max(0, width) {
            // Drop from the end while the caret is in the first part, else from the start.
            if caret < graphemes.count / 2 {
                graphemes.removeLast()
            } else {
                graphemes.removeFirst()
                caret -= 1
            }
        }
        return (String(graphemes), max(0, min(caret, graphemes.count)))
    }

    /// Where the caret goes among the line's graphemes on the screen (0 is before the leftmost):
    /// where the next letter will appear. After a right-to-left letter that is on its left; after a
    /// left-to-right letter or a digit, on its right; at the start of the text, at the paragraph's
    /// starting edge.
    static func caretPosition(_ line: VisualLine, text: String, caret: Int) -> Int {
        let count = line.sourceIndices.count
        guard caret > 0 else { return line.isRightToLeft ? count : 0 }
        let offsets = line.sourceIndices.map { text.distance(from: text.startIndex, to: $0) }
        // The grapheme before the caret, or the nearest one before it that is shown.
        guard let visual = offsets.indices.filter({ offsets[$0] < caret }).max(by: { offsets[$0] < offsets[$1] })
        else { return line.isRightToLeft ? count : 0 }
        let character = Array(line.text)[visual]
        let fallback: ParagraphDirection = line.isRightToLeft ? .rightToLeft : .leftToRight
        let isRightToLeft =
            character.isNumber
            ? false : ParagraphDirection(firstStrongIn: String(character), fallback: fallback) == .rightToLeft
        return isRightToLeft ? visual : visual + 1
    }
}
