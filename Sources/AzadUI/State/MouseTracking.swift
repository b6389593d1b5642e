/// What the mouse did before the current event: the last press, to tell a double click by its
/// timing, whether the button is held, and the pane line a drag started on.
public struct MouseTracking: Sendable, Hashable {
    public var lastPress: MouseEvent?
    /// A press was seen and no release since: a drag with none seen lost its press on the way.
    public var held = false
    public var dragStartLine: Int?

    public init() {}
}
