/// Selection and scrolling over a list of `count` rows seen through a `viewport` of rows.
///
/// Generic on purpose (newsboat's `listmovementcontrol`): the article list, search results, the
/// reading pane, a quote selection, the help screen and the raw view all move through it
/// (`ListMovement+Operation.swift`), and it is tested without any of them.
public struct ListMovement: Sendable, Hashable {
    /// Number of rows in the list.
    public private(set) var count: Int
    /// Rows visible at once.
    public private(set) var viewport: Int
    /// The selected row; 0 when the list is empty.
    public private(set) var selected: Int = 0
    /// The first visible row.
    public private(set) var top: Int = 0

    public init(count: Int = 0, viewport: Int = 1) {
        self.count = max(0, count)
        self.viewport = max(1, viewport)
    }

    /// A list seen from `top` with `selected` selected, as given (clamped to the list, and the
    /// selection not scrolled into view): a second movement over rows another one scrolls.
    public init(count: Int, viewport: Int, top: Int, selected: Int) {
        self.init(count: count, viewport: viewport)
        self.top = min(max(0, top), maxTop)
        self.selected = count == 0 ? 0 : min(max(0, selected), count - 1)
    }

    /// The last row `top` may be so that the viewport stays full.
    public var maxTop: Int { max(0, count - viewport) }

    /// Rows in view, as a range of row indices.
    public var visibleRows: Range<Int> { top..<min(count, top + viewport) }

    public mutating func resize(count: Int? = nil, viewport: Int? = nil) {
        if let count { self.count = max(0, count) }
        if let viewport { self.viewport = max(1, viewport) }
        select(selected)
    }

    /// Selects `row` (clamped) and scrolls just enough to show it.
    public mutating func select(_ row: Int) {
        selected = count == 0 ? 0 : min(max(0, row), count - 1)
        if selected < top { top = selected }
        if selected >= top + viewport { top = selected - viewport + 1 }
        top = min(max(0, top), maxTop)
    }

    public mutating func down(_ rows: Int = 1) { select(selected + rows) }
    public mutating func up(_ rows: Int = 1) { select(selected - rows) }

    /// A page down: the selection moves by a page and the view follows.
    public mutating func pageDown() {
        let step = max(1, viewport - 1)
        top = min(top + step, maxTop)
        select(selected + step)
    }

    public mutating func pageUp() {
        let step = max(1, viewport - 1)
        top = max(0, top - step)
        select(selected - step)
    }

    public mutating func first() { select(0) }
    public mutating func last() { select(count - 1) }

    /// Scrolls the view without moving the selection further than needed to keep it visible
    /// (the mouse wheel).
    public mutating func scroll(by rows: Int) {
        top = min(max(0, top + rows), maxTop)
        if selected < top { selected = min(top, max(0, count - 1)) }
        if selected >= top + viewport { selected = max(0, top + viewport - 1) }
    }

    /// Puts `top` at `row` (clamped) and keeps the selection in view: restoring a scroll position.
    public mutating func scroll(to row: Int) { scroll(by: row - top) }
}
