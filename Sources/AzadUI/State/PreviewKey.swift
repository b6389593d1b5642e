/// What the reading pane shows an article with: the article and the search (as the library runs
/// it) whose matches it highlights. The preview asks for the selected one when they differ.
public struct PreviewKey: Sendable, Hashable {
    public var id: Int64
    public var searchText: String?

    public init(id: Int64, searchText: String?) {
        self.id = id
        self.searchText = searchText
    }
}
