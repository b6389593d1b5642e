import AzadCore

/// What must hold of any laid-out line, whatever the text and width.
enum LayoutInvariants {
    /// Checks one paragraph's lines and how they map back to `text`.
    static func check(_ lines: [VisualLine], of text: String, width: Int) {
        precondition(!lines.isEmpty, "a paragraph laid out to no lines")
        var previousEnd = text.startIndex
        for line in lines {
            check(line, width: width)
            precondition(line.logicalRange.lowerBound >= previousEnd, "lines overlap or run backwards")
            precondition(line.logicalRange.upperBound <= text.endIndex, "a line reaches past its paragraph")
            previousEnd = line.logicalRange.upperBound
        }
    }

    /// Checks one line on its own: its width, what a terminal would receive, and its source map.
    static func check(_ line: VisualLine, width: Int) {
        precondition(line.width == DisplayWidth.of(line.text), "a line's width is not its text's width")
        // One wide character on a one-column screen is the only overflow allowed.
        precondition(line.width <= max(width, 2), "a line of \(line.width) columns at width \(width)")
        precondition(line.indent(in: max(width, 1)) >= 0, "a negative indent")
        for scalar in line.text.unicodeScalars {
            precondition(!isTerminalControl(scalar), "U+\(String(scalar.value, radix: 16)) reaches the terminal")
        }
        precondition(Sanitizer.isSafe(line.text), "a control or bidi override reaches the terminal")
        precondition(line.sourceIndices.count == line.text.count, "not one source index per grapheme")
        for index in line.sourceIndices {
            precondition(line.logicalRange.contains(index), "a grapheme maps outside its line's source")
        }
    }

    /// C0 and C1 controls and DEL: what a terminal acts on instead of printing (ESC starts sequences).
    static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
