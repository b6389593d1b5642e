/// Every styled element of the reader: views say what a cell is, themes say how it looks.
///
/// The raw values are the keys of a theme file.
public enum ThemeElement: String, Sendable, Hashable, CaseIterable, Codable {
    case normal
    case masthead
    case mastheadAccent = "masthead_accent"
    case listHeader = "list_header"
    case listRow = "list_row"
    case listSelected = "list_selected"
    case listUnread = "list_unread"
    case listStarred = "list_starred"
    case title
    case subtitle
    case byline
    case meta
    case heading
    case paragraph
    case verse
    case searchMatch = "search_match"
    /// The match `n` and `N` are on.
    case currentMatch = "current_match"
    case selection
    case status
    case statusAccent = "status_accent"
    /// The search prompt's dimmed suggestion.
    case statusDim = "status_dim"
    case help
}
