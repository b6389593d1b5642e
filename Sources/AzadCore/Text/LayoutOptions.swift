/// How right-to-left text is sent to the terminal.
public enum BidiMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// azad reorders each line to visual order itself, for terminals that print cells as received
    /// (xterm, tmux, kitty, Alacritty, the Linux console).
    case visual
    /// Logical order, for terminals that run the bidi algorithm themselves (VTE, Konsole, mlterm).
    case terminal
}

/// Layout settings shared by the reading pane, `azad show` and `azad masthead`.
public struct LayoutOptions: Sendable, Hashable {
    public var bidiMode: BidiMode
    /// Arabic letters to their contextual presentation forms (visual mode only).
    public var shaping: Bool
    public var tabWidth: Int

    public init(bidiMode: BidiMode = .visual, shaping: Bool = true, tabWidth: Int = 8) {
        self.bidiMode = bidiMode
        self.shaping = shaping
        self.tabWidth = tabWidth
    }
}

/// One display line of a laid-out paragraph.
public struct VisualLine: Sendable, Hashable {
    /// What goes to the terminal: sanitised, and in visual order (shaped) in `.visual` mode.
    public var text: String
    /// Display columns of `text`.
    public var width: Int
    /// The paragraph runs right to left: the line is aligned to the right edge.
    public var isRightToLeft: Bool
    /// The logical characters of the source paragraph this line came from, without the spaces the
    /// line was broken at (`String(source[logicalRange])` is the line's text as written). Lines'
    /// ranges are in order and disjoint; only whitespace lies between consecutive ones.
    public var logicalRange: Range<String.Index>
    /// For each grapheme of `text`, in order, where its source starts in the paragraph
    /// (used to highlight search matches and to map a selection back to logical text). A lam-alef
    /// ligature points at its lam; the spaces of an expanded tab all point at the tab; a `␛`
    /// placeholder points at the start of its escape sequence.
    public var sourceIndices: [String.Index]
    /// Columns kept free between the paragraph's edge and the line: verse centred in the pane, or a
    /// second hemistich set in under the first.
    public var edgeMargin: Int = 0

    public init(
        text: String, width: Int, isRightToLeft: Bool, logicalRange: Range<String.Index>,
        sourceIndices: [String.Index], edgeMargin: Int = 0
    ) {
        self.edgeMargin = edgeMargin
        self.text = text
        self.width = width
        self.isRightToLeft = isRightToLeft
        self.logicalRange = logicalRange
        self.sourceIndices = sourceIndices
    }

    /// Columns to leave before `text` so it sits at its paragraph's edge of a `width`-column area,
    /// `edgeMargin` in from it (none for an empty line, which needs no padding).
    public func indent(in width: Int) -> Int {
        guard self.width > 0 else { return 0 }
        return isRightToLeft ? max(0, width - self.width - edgeMargin) : min(edgeMargin, max(0, width - self.width))
    }
}
