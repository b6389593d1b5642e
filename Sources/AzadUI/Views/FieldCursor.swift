import AzadCore

/// Places fields one after another along a row from its starting edge: from the left in a
/// left-to-right layout, from the right in a right-to-left one.
///
/// Views count a field's place as an offset from the starting edge and ask here for its column, so
/// that a row's order (mark, date, language, title; mode, hints, counts) is mirrored in one place.
struct FieldCursor {
    /// The columns the row spans.
    let rect: Rect
    let direction: ParagraphDirection
    /// Columns taken from the starting edge.
    var offset = 0

    init(_ rect: Rect, direction: ParagraphDirection) {
        self.rect = rect
        self.direction = direction
    }

    /// Columns left after the fields placed.
    var remaining: Int { rect.width - offset }

    /// The first column of a field `width` columns wide that starts `offset` columns in from the
    /// starting edge.
    func column(at offset: Int, width: Int) -> Int {
        direction == .rightToLeft ? rect.column + rect.width - offset - width : rect.column + offset
    }

    /// The first column of the next field, `width` columns wide; the cursor moves past it and `gap`
    /// columns more.
    mutating func next(_ width: Int, gap: Int = 1) -> Int {
        let column = column(at: offset, width: width)
        offset += width + gap
        return column
    }

    /// Where text `textWidth` columns wide starts in a field `width` columns wide from `column`: at the
    /// field's starting edge.
    func start(of textWidth: Int, inField column: Int, width: Int) -> Int {
        direction == .rightToLeft ? column + max(0, width - textWidth) : column
    }
}
