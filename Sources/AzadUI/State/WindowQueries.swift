import AzadCore

/// What a `ListWindow` asks the cache while its whole list is on its way: the ends of the rows a
/// language filter shows, and which read marks are of those rows.
public struct WindowQueries: Sendable {
    /// The ends and count of the rows `group` shows, in the window's order; nil when the cache cannot
    /// give them at once.
    let groupEnds: @Sendable (Language.Group) -> ListEnds?
    /// How many of the ids are articles of `group`; nil when the cache cannot tell.
    let countInGroup: @Sendable (Set<Int64>, Language.Group) -> Int?

    public init(
        groupEnds: @escaping @Sendable (Language.Group) -> ListEnds?,
        countInGroup: @escaping @Sendable (Set<Int64>, Language.Group) -> Int?
    ) {
        self.groupEnds = groupEnds
        self.countInGroup = countInGroup
    }
}
