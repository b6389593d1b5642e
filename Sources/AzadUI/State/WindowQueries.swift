import AzadCore

/// What a `ListWindow` asks the cache while its whole list is on its way: the ends of the rows a
/// language filter or the unread view shows, which read marks are of those rows, and the rows of
/// the starred view.
public struct WindowQueries: Sendable {
    /// The most marked articles whose rows are asked of the cache (`listed`); a view of more waits
    /// for the whole list.
    static let mostMarked = 4_096

    /// The ends and count of the rows `group` shows, in the window's order; nil when the cache cannot
    /// give them at once.
    let groupEnds: @Sendable (Language.Group) -> ListEnds?
    /// The ends and count of the rows the unread view shows given the read marks, of the group if one
    /// is given, in the window's order; nil when the cache cannot give them at once.
    let unreadEnds: @Sendable (Language.Group?, Set<Int64>) -> ListEnds?
    /// How many of the ids are listed articles, of the group if one is given; nil when the cache
    /// cannot tell.
    let countListed: @Sendable (Set<Int64>, Language.Group?) -> Int?
    /// The listed articles among the ids, of the group if one is given, in the window's order; nil
    /// when the cache cannot tell.
    let listed: @Sendable (Set<Int64>, Language.Group?) -> [Int64]?

    public init(
        groupEnds: @escaping @Sendable (Language.Group) -> ListEnds?,
        unreadEnds: @escaping @Sendable (Language.Group?, Set<Int64>) -> ListEnds?,
        countListed: @escaping @Sendable (Set<Int64>, Language.Group?) -> Int?,
        listed: @escaping @Sendable (Set<Int64>, Language.Group?) -> [Int64]?
    ) {
        self.groupEnds = groupEnds
        self.unreadEnds = unreadEnds
        self.countListed = countListed
        self.listed = listed
    }
}
