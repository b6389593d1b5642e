/// One page of a PDF as lines from top to bottom, each marking whether a paragraph gap comes before it.
struct PDFPage: Sendable {
    var lines: [PDFLine]
    /// For each line, whether the space above it is wider than the lines' own spacing: a new paragraph.
    var startsParagraph: [Bool]

    /// A vertical gap wider than this many line heights separates paragraphs.
    static let paragraphGap = 0.35

    /// Groups `glyphs` into lines by the band they stand in: glyphs of one line share their box's top
    /// and bottom (poppler gives each the font's ascent and descent), so a glyph belongs to the line
    /// whose middle is within a third of a line height of its own.
    init(_ glyphs: [PDFGlyph]) {
        let sorted = glyphs.sorted { ($0.middle, $0.left) < ($1.middle, $1.left) }
        var groups: [(middle: Double, height: Double, glyphs: [PDFGlyph])] = []
        for glyph in sorted {
            // Sorted by middle: only the last few lines can take this glyph; superscripts and marks
            // a little off the band still find their line.
            var placed = false
            for index in groups.indices.reversed().prefix(3) {
                let tolerance = max(groups[index].height, glyph.height) / 3
                if abs(groups[index].middle - glyph.middle) <= tolerance {
                    groups[index].glyphs.append(glyph)
                    placed = true
                    break
                }
            }
            if !placed { groups.append((glyph.middle, glyph.height, [glyph])) }
        }
        let pageIsRightToLeft = PDFGlyph.mostlyRightToLeft(glyphs)
        let lines = groups.map { PDFLine($0.glyphs, pageIsRightToLeft: pageIsRightToLeft) }.sorted {
            $0.top < $1.top
        }
        self.lines = lines
        startsParagraph = lines.indices.map { index in
            guard index > 0 else { return false }
            let above = lines[index - 1]
            let line = lines[index]
            return line.top - above.bottom > Self.paragraphGap * min(line.height, above.height)
        }
    }
}
