/// A web address on the screen: the cells from `column` for `width` columns of `row` show it, and
/// the terminal may make them a hyperlink to `url` (`Terminal.draw(_:links:)`).
public struct ScreenLink: Sendable, Hashable {
    public var row: Int
    public var column: Int
    public var width: Int
    /// The whole address, also where the cells show it cut with `…`.
    public var url: String

    public init(row: Int, column: Int, width: Int, url: String) {
        self.row = row
        self.column = column
        self.width = width
        self.url = url
    }
}

extension Screen {
    /// Where the reading pane shows a web address (the source URL), for the frame `render` draws.
    public static func links(for state: ReaderState) -> [ScreenLink] {
        let layout = state.layout
        guard !layout.isTooSmall, state.mode == .browse || state.mode == .select || state.mode == .searchPrompt,
            layout.pane.height > 0, let opened = state.opened
        else { return [] }
        var links: [ScreenLink] = []
        let width = layout.paneTextWidth
        for offset in 0..<layout.pane.height {
            let index = opened.scroll.top + offset
            guard opened.lines.indices.contains(index) else { break }
            let line = opened.lines[index]
            guard let url = line.link, line.line.width > 0 else { continue }
            let indent = min(line.line.indent(in: width), width)
            links.append(
                ScreenLink(
                    row: layout.pane.row + offset, column: layout.pane.column + layout.paneMargin + indent,
                    width: min(line.line.width, width - indent), url: url))
        }
        return links
    }
}
