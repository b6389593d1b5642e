import AzadCore

/// The mouse: the wheel scrolls what is under the pointer, a press selects, two presses on one row
/// (within `settings.doubleClickInterval`) open, a press in the reading pane puts the reading cursor
/// under the pointer, a drag there selects lines for a quote (couplets kept whole).
extension ReaderLogic {
    mutating func handle(_ mouse: MouseEvent) {
        fillPane()
        defer { fillPane() }
        let layout = state.layout
        if layout.isTooSmall { return }
        let inList = layout.list.contains(row: mouse.row, column: mouse.column)
        let inPane = layout.pane.contains(row: mouse.row, column: mouse.column)
        switch mouse.kind {
        case .wheelUp, .wheelDown:
            let delta = mouse.kind == .wheelUp ? -3 : 3
            switch state.mode {
            case .help: state.help.scroll(by: delta)
            case .raw: state.raw?.scroll.scroll(by: delta)
            case .messages: state.log.scroll.scroll(by: delta)
            case .textPrompt: break
            default:
                if inList {
                    state.list.scroll(by: delta)
                } else if inPane {
                    state.opened?.scroll.scroll(by: delta)
                }
            }
        case .doubleClick:
            if inList, state.mode == .browse || state.mode == .select {
                let row = state.list.top + mouse.row - layout.list.row
                guard state.rows.indices.contains(row) else { return }
                state.mode = .browse
                state.selection = nil
                state.list.select(row)
                open(row: row, focus: .reader)
            }
            state.mouse.lastPress = nil
        case .press:
            press(mouse, layout: layout, inList: inList, inPane: inPane)
        case .drag:
            if !state.mouse.held, inPane {
                // A drag whose press the terminal's reports did not carry starts where it is first seen.
                press(mouse, layout: layout, inList: false, inPane: true)
            }
            guard inPane || state.mode == .select, let start = state.mouse.dragStartLine, let opened = state.opened
            else { return }
            let line = min(max(0, opened.scroll.top + mouse.row - layout.pane.row), max(0, opened.lines.count - 1))
            let selection = Selection(anchor: start, cursor: line, unit: .couplet)
            state.selection = selection
            state.opened?.scroll.select(line)
            state.mode = .select
            state.focus = .reader
            state.message = state.translation.trn(
                "selected {count} line: y copies, Esc cancels", "selected {count} lines: y copies, Esc cancels",
                count: opened.lines(of: selection).count)
        case .release:
            state.mouse.held = false
            state.mouse.dragStartLine = nil
        }
    }

    private mutating func press(_ mouse: MouseEvent, layout: ScreenLayout, inList: Bool, inPane: Bool) {
        state.mouse.held = true
        defer { state.mouse.lastPress = mouse }
        if state.mode == .help || state.mode == .raw || state.mode == .searchPrompt || state.mode == .textPrompt
            || state.mode == .messages
        {
            return
        }
        if inList {
            let row = state.list.top + mouse.row - layout.list.row
            guard state.rows.indices.contains(row) else { return }
            if state.mode == .select {
                state.mode = .browse
                state.selection = nil
            }
            state.list.select(row)
            state.focus = .list
            if let last = state.mouse.lastPress, last.row == mouse.row,
                mouse.time - last.time <= settings.doubleClickInterval,
                layout.list.contains(row: last.row, column: last.column)
            {
                open(row: row, focus: .reader)
                state.mouse.lastPress = nil
            }
        } else if inPane, let opened = state.opened {
            state.focus = .reader
            if state.mode == .select {
                state.mode = .browse
                state.selection = nil
            }
            let line = opened.scroll.top + mouse.row - layout.pane.row
            state.mouse.dragStartLine = line < opened.lines.count ? line : nil
            if line < opened.lines.count { putCursor(onLine: line) }
        }
    }
}
