/// What the mouse did before the current event: the last press, to tell a double click by its
/// timing, and the pane line a drag started on.
public struct MouseTracking: Sendable, Hashable {
    public var lastPress: MouseEvent?
    public var dragStartLine: Int?

    public init() {}
}
