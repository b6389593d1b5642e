import Foundation

/// One line of a PDF page: the glyphs that share a baseline band, and their text in logical order.
///
/// The text is rebuilt from the glyphs' positions, not taken from poppler's own text: for
/// right-to-left lines poppler-glib misplaces the spaces around words and numbers and splits words
/// at letters that do not join. Here a space is where the gap between two glyphs is wider than a
/// letter's side bearing, a tab where it is wider than a few spaces (the gap between a couplet's
/// half-lines, or between the site's address and e-mail), and the glyphs, read in visual order,
/// are put back into logical order the way the bidi algorithm laid them out: a right-to-left line
/// is read from the right, with its left-to-right runs (Latin words, numbers) turned back; any other
/// line from the left, with its right-to-left runs turned back.
struct PDFLine: Sendable {
    var top: Double
    var bottom: Double
    /// The glyphs' usual height: the unit for gaps.
    var height: Double
    var text: String
    var isRightToLeft: Bool

    /// A gap wider than this many line heights is a space between words.
    static let spaceGap = 0.08
    /// A gap wider than this many line heights is a tab: separated columns on one line.
    static let tabGap = 1.0

    /// The line of `glyphs`; `pageIsRightToLeft` settles a line whose ends disagree (the line's own
    /// majority when nil).
    init(_ glyphs: [PDFGlyph], pageIsRightToLeft: Bool? = nil) {
        let visual = glyphs.sorted { ($0.left, $0.right) < ($1.left, $1.right) }
        top = glyphs.map(\.top).min() ?? 0
        bottom = glyphs.map(\.bottom).max() ?? 0
        let heights = glyphs.map(\.height).sorted()
        height = heights.isEmpty ? 1 : max(heights[heights.count / 2], 0.1)
        // The first strong letter in logical order sets a paragraph's direction, and it stands at
        // the line's right end in a right-to-left line and at its left end otherwise; when the two
        // ends disagree (`آدرس: www…` or `the word سلام`), the page's direction decides.
        let strong = visual.filter { $0.direction == .rightToLeft || $0.direction == .leftToRight }
        switch (strong.first?.direction, strong.last?.direction) {
        case (.rightToLeft, .rightToLeft): isRightToLeft = true
        case (.leftToRight, .leftToRight): isRightToLeft = false
        default: isRightToLeft = pageIsRightToLeft ?? PDFGlyph.mostlyRightToLeft(glyphs)
        }
        var items: [Item] = []
        items.reserveCapacity(visual.count * 2)
        // A letter and a mark drawn as one glyph (heh with a hamza above) give the mark the box and the
        // letter none; gaps beside such a letter are the cluster's, not spaces. (A ligature of two
        // letters, lam-alef, boxes the first and leaves the second empty at its far edge: the gap
        // beyond is a real space.)
        let bound = visual.indices.map { index in
            Self.isEmpty(visual[index]) && !Self.isMark(visual[index])
                && (index > 0 && Self.isMark(visual[index - 1])
                    || index + 1 < visual.count && Self.isMark(visual[index + 1]))
        }
        var edge = -Double.infinity
        for (index, glyph) in visual.enumerated() {
            if index > 0, !bound[index], !bound[index - 1] {
                let gap = glyph.left - edge
                if gap > Self.tabGap * height {
                    items.append(.tab)
                } else if gap > Self.spaceGap * height {
                    items.append(.space)
                }
            }
            items.append(.glyph(glyph.scalar, glyph.direction))
            edge = max(edge, glyph.right)
        }
        text = Self.logical(items, rightToLeft: isRightToLeft)
    }

    private static func isEmpty(_ glyph: PDFGlyph) -> Bool { glyph.right - glyph.left < 0.01 }

    private static func isMark(_ glyph: PDFGlyph) -> Bool {
        switch glyph.scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// A glyph or a gap, in visual order.
    enum Item: Sendable, Hashable {
        case glyph(Unicode.Scalar, PDFGlyph.Direction)
        case space
        case tab

        /// Whether the item belongs to a run that reads against the line's direction.
        func turns(rightToLeft: Bool) -> Bool {
            guard case .glyph(_, let direction) = self else { return false }
            return rightToLeft ? direction == .leftToRight || direction == .number : direction == .rightToLeft
        }

        /// Whether the item can sit inside such a run (spaces and punctuation between its letters).
        var bridges: Bool {
            switch self {
            case .space: return true
            case .tab: return false
            case .glyph(_, let direction): return direction == .neutral
            }
        }
    }

    /// The items in logical order, as text with Arabic presentation forms made plain letters.
    static func logical(_ visual: [Item], rightToLeft: Bool) -> String {
        var items = rightToLeft ? Array(visual.reversed()) : visual
        var index = 0
        while index < items.count {
            guard items[index].turns(rightToLeft: rightToLeft) else {
                index += 1
                continue
            }
            // The run ends at its last turning item; neutrals after it belong to the line.
            var end = index
            var probe = index + 1
            while probe < items.count, items[probe].turns(rightToLeft: rightToLeft) || items[probe].bridges {
                if items[probe].turns(rightToLeft: rightToLeft) { end = probe }
                probe += 1
            }
            items[index...end].reverse()
            index = end + 1
        }
        var scalars = String.UnicodeScalarView()
        for item in items {
            switch item {
            case .space: scalars.append(" ")
            case .tab: scalars.append("\t")
            case .glyph(let scalar, _): appendPlain(scalar, to: &scalars)
            }
        }
        return String(scalars)
    }

    /// Appends `scalar`, or the letters an Arabic presentation form stands for (a PDF made from
    /// shaped text may map glyphs to those forms), so that the text folds and searches as typed.
    private static func appendPlain(_ scalar: Unicode.Scalar, to scalars: inout String.UnicodeScalarView) {
        let value = scalar.value
        guard (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value) else {
            scalars.append(scalar)
            return
        }
        let plain = String(scalar).precomposedStringWithCompatibilityMapping
        // The byte order mark (U+FEFF) is in the range and has no letters.
        scalars.append(contentsOf: plain.unicodeScalars.filter { $0.value != 0xFEFF })
    }
}
