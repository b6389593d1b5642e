import AzadCore

/// A rectangle of the screen, in cells.
public struct Rect: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int

    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let empty = Rect(row: 0, column: 0, width: 0, height: 0)

    public func contains(row: Int, column: Int) -> Bool {
        row >= self.row && row < self.row + height && column >= self.column && column < self.column + width
    }

    /// The rectangle reflected left to right in a screen `screenWidth` columns wide.
    func mirrored(in screenWidth: Int) -> Rect {
        width == 0 ? self : Rect(row: row, column: screenWidth - column - width, width: width, height: height)
    }
}

/// Where each part of the reader goes for a terminal size: a pure function of the size and the
/// layout choices, so that drawing and mouse hit-testing agree.
///
/// A right-to-left layout is the left-to-right one reflected: the list on the right of the divider,
/// the pane on the left. The views draw into these rectangles and place a row's fields from
/// `direction`'s starting edge (`FieldCursor`), so that the mirror is decided here once.
public struct ScreenLayout: Sendable, Hashable {
    /// Below this the reader shows only a notice.
    public static let minimumWidth = 20
    public static let minimumHeight = 6
    /// From this width the list and the reading pane sit side by side.
    public static let sideBySideWidth = 120
    /// From this height the masthead gets its full form; below it, one row.
    public static let fullMastheadHeight = 28

    public var width: Int
    public var height: Int
    public var isTooSmall: Bool
    public var isSideBySide: Bool
    public var masthead: Rect
    /// The list's header row (filter, count).
    public var listHeader: Rect
    /// The list's rows.
    public var list: Rect
    /// The rule between list and pane (a column side by side, a row stacked).
    public var divider: Rect
    public var pane: Rect
    /// The status line, or the search prompt while typing.
    public var status: Rect
    /// Everything between masthead and status line: help and raw views take it whole.
    public var body: Rect

    /// The widest text block of the reading pane (`reading_width`); 0 for the whole pane.
    public var readingWidth = 0
    /// Which edge the screen is laid out from (`layout_direction`).
    public var direction: ParagraphDirection

    /// `mastheadRows` is how many rows the masthead takes (its full form on tall terminals, else 1;
    /// 0 when it is hidden).
    public init(
        width: Int, height: Int, paneOnly: Bool, listOnly: Bool = false, mastheadRows: Int = 1,
        direction: ParagraphDirection = .leftToRight
    ) {
        self.direction = direction
        self.width = width
        self.height = height
        isTooSmall = width < ScreenLayout.minimumWidth || height < ScreenLayout.minimumHeight
        isSideBySide = width >= ScreenLayout.sideBySideWidth && !paneOnly && !listOnly
        let mastheadHeight = mastheadRows <= 0 ? 0 : min(mastheadRows, max(1, height / 4))
        masthead = Rect(row: 0, column: 0, width: width, height: mastheadHeight)
        status = Rect(row: height - 1, column: 0, width: width, height: 1)
        body = Rect(row: mastheadHeight, column: 0, width: width, height: height - mastheadHeight - 1)
        listHeader = .empty
        list = .empty
        divider = .empty
        pane = .empty
        if isTooSmall { return }
        if paneOnly {
            pane = body
        } else if listOnly {
            listHeader = Rect(row: body.row, column: 0, width: width, height: 1)
            list = Rect(row: body.row + 1, column: 0, width: width, height: body.height - 1)
        } else if isSideBySide {
            let listWidth = min(72, max(40, width * 2 / 5))
            listHeader = Rect(row: body.row, column: 0, width: listWidth, height: 1)
            list = Rect(row: body.row + 1, column: 0, width: listWidth, height: body.height - 1)
            divider = Rect(row: body.row, column: listWidth, width: 1, height: body.height)
            pane = Rect(row: body.row, column: listWidth + 1, width: width - listWidth - 1, height: body.height)
        } else {
            // Stacked: the list gets two fifths, at least a header and two rows.
            let listHeight = max(3, body.height * 2 / 5)
            listHeader = Rect(row: body.row, column: 0, width: width, height: 1)
            list = Rect(row: body.row + 1, column: 0, width: width, height: listHeight - 1)
            divider = Rect(row: body.row + listHeight, column: 0, width: width, height: 1)
            pane = Rect(
                row: body.row + listHeight + 1, column: 0, width: width, height: body.height - listHeight - 1)
        }
        if direction == .rightToLeft {
            listHeader = listHeader.mirrored(in: width)
            list = list.mirrored(in: width)
            divider = divider.mirrored(in: width)
            pane = pane.mirrored(in: width)
        }
    }

    /// Columns of text in the reading pane: a margin of one column each side when there is room, and
    /// at most `readingWidth` when it is set.
    public var paneTextWidth: Int { readingWidth > 0 ? min(fullTextWidth, readingWidth) : fullTextWidth }
    /// Columns before the text: the margin, and half of what the reading width leaves, so that the
    /// text block sits in the middle of a wider pane.
    public var paneMargin: Int { (pane.width > 30 ? 1 : 0) + (fullTextWidth - paneTextWidth) / 2 }
    private var fullTextWidth: Int { pane.width > 30 ? pane.width - 2 : pane.width }
}
