/// The movement operations (`down`, `up`, `page-down`, `page-up`, `top`, `bottom`) applied once for
/// every context that moves.
extension ListMovement {
    /// How a context moves.
    public enum Style: Sendable, Hashable {
        /// The article list: the selection moves, a page takes the view with it.
        case selecting
        /// A text to read (the pane, help, the raw text): the view moves.
        case scrolling
        /// A quote selection's free end: the selection moves, the view only as far as it must.
        case cursor
    }

    /// Applies `operation` if it is a movement; returns whether it was one.
    public mutating func apply(_ operation: Operation, _ style: Style) -> Bool {
        let page = max(1, viewport - 1)
        switch (operation, style) {
        case (.down, .selecting): down()
        case (.up, .selecting): up()
        case (.pageDown, .selecting): pageDown()
        case (.pageUp, .selecting): pageUp()
        case (.down, .scrolling): scroll(by: 1)
        case (.up, .scrolling): scroll(by: -1)
        case (.pageDown, .scrolling): scroll(by: page)
        case (.pageUp, .scrolling): scroll(by: -page)
        case (.top, .scrolling): scroll(to: 0)
        case (.bottom, .scrolling): scroll(to: maxTop)
        case (.down, .cursor): select(selected + 1)
        case (.up, .cursor): select(selected - 1)
        case (.pageDown, .cursor): select(selected + page)
        case (.pageUp, .cursor): select(selected - page)
        case (.top, _): first()
        case (.bottom, _): last()
        default: return false
        }
        return true
    }
}
