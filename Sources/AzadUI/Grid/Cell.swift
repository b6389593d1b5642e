import AzadCore

/// One terminal cell: a grapheme cluster and its display width, with a style.
///
/// A wide grapheme (width 2) is followed by a continuation cell of width 0 and empty text.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var width: Int
    public var style: ThemeElement

    public init(text: String, width: Int, style: ThemeElement = .normal) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(text: " ", width: 1)
    /// The right half of a wide grapheme.
    public static let continuation = Cell(text: "", width: 0)
}
