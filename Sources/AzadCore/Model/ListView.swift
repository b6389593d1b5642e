/// Which articles the list shows and in what order: all, the unread or the starred ones, by an
/// order. The reader remembers it between runs (`ReadingState.listView()`).
public struct ListView: Sendable, Hashable, Codable {
    /// Which articles, by their reading marks.
    public enum Marks: String, Sendable, Hashable, Codable, CaseIterable {
        case all
        case unread
        case starred
    }

    public var marks: Marks
    public var order: ListOrder

    public init(marks: Marks = .all, order: ListOrder = .newestFirst) {
        self.marks = marks
        self.order = order
    }

    /// Whether an article with these marks is shown.
    public func shows(isRead: Bool, isStarred: Bool) -> Bool {
        switch marks {
        case .all: true
        case .unread: !isRead
        case .starred: isStarred
        }
    }

    /// What the list header says: `unread · by title` (the view left out when it is all articles).
    public var label: String { label(in: .english) }

    /// `label` in the interface's language.
    public func label(in translation: Translation) -> String {
        let order = order.label(in: translation)
        switch marks {
        case .all: return order
        case .unread: return translation.tr("unread · {order}", ["order": order])
        case .starred: return translation.tr("starred · {order}", ["order": order])
        }
    }
}
