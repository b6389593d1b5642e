import AzadCore

/// Draws the whole reader for a state: what the terminal shows, as a grid.
public enum Screen {
    /// `memo` keeps list rows laid out between frames (the app passes one; tests may not).
    public static func render(_ state: ReaderState, keymap: Keymap, memo: LayoutMemo? = nil) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(into: &grid, width: state.width, height: state.height, state.translation)
            return grid
        }
        MastheadView.draw(into: &grid, state: state, in: layout.masthead)
        switch state.mode {
        case .help:
            HelpView.draw(into: &grid, state: state, keymap: keymap, in: layout.body)
        case .raw:
            RawTextView.draw(into: &grid, state: state, in: layout.body)
        case .messages:
            MessagesView.draw(into: &grid, state: state, in: layout.body)
        default:
            if layout.list.height > 0 || layout.listHeader.height > 0 {
                ArticleListView.draw(
                    into: &grid, state: state, header: layout.listHeader, in: layout.list, memo: memo ?? LayoutMemo())
            }
            drawDivider(into: &grid, state: state, layout: layout)
            if layout.pane.height > 0 { ReadingPaneView.draw(into: &grid, state: state, layout: layout) }
        }
        StatusLineView.draw(into: &grid, state: state, keymap: keymap, in: layout.status)
        return grid
    }

    static func drawDivider(into grid: inout Grid, state: ReaderState, layout: ScreenLayout) {
        let rect = layout.divider
        guard rect.width > 0, rect.height > 0 else { return }
        if layout.isSideBySide {
            for row in rect.row..<(rect.row + rect.height) {
                grid.write("│", row: row, column: rect.column, style: .listHeader)
            }
            return
        }
        grid.write(String(repeating: "─", count: rect.width), row: rect.row, column: rect.column, style: .listHeader)
        if let opened = state.opened {
            let position = " \(ReadingPaneView.position(of: opened, state.translation)) "
            let width = DisplayWidth.of(position)
            // Two columns in from the far edge: the right in a left-to-right layout, the left in a mirrored one.
            let far = FieldCursor(rect, direction: layout.direction == .rightToLeft ? .leftToRight : .rightToLeft)
            grid.writeInterface(
                position, row: rect.row, column: far.column(at: 2, width: width), limit: width, style: .listHeader,
                state: state)
        }
    }

    /// Shown instead of everything when the terminal is below a usable size.
    static func drawTooSmall(into grid: inout Grid, width: Int, height: Int, _ t: Translation = .english) {
        // Wrapped by words, so that even a very narrow terminal reads whole words.
        let message = t.tr(
            "terminal too small: needs {width}×{height} · q quits",
            ["width": ScreenLayout.minimumWidth, "height": ScreenLayout.minimumHeight])
        var lines = ParagraphLayout.lines(message, width: max(1, width))
        if lines.count > height { lines = ParagraphLayout.lines(t.tr("too small"), width: max(1, width)) }
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < height {
            grid.center(line.text, row: top + offset, column: 0, width: width, style: .statusAccent)
        }
    }
}
