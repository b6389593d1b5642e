import AzadCore

/// Keys while the article list has the keyboard, and the operations the list and the pane share.
extension ReaderLogic {
    mutating func performInList(_ operation: Operation) {
        if state.list.apply(operation, .selecting) { return }
        if operation == .open {
            enterPane()
            return
        }
        performWhileBrowsing(operation)
    }

    /// The operations that do the same whether the list or the pane has the keyboard.
    mutating func performWhileBrowsing(_ operation: Operation) {
        switch operation {
        case .switchPane:
            if state.focus == .list, state.selectedID != nil {
                // The pane shows the selected article, never another one.
                enterPane()
                state.focus = .reader
            } else if state.focus == .list, state.opened != nil {
                state.focus = .reader
            } else {
                state.focus = .list
            }
            fitToLayout()
        case .nextArticle: step(by: 1)
        case .previousArticle: step(by: -1)
        case .readingPaneOnly:
            state.paneOnly.toggle()
            if state.paneOnly {
                if state.opened == nil, !state.rows.isEmpty { open(row: state.list.selected, focus: .reader) }
                state.focus = .reader
            }
            fitToLayout()
        case .search: openPrompt(.archive)
        case .back: back(quitting: false)
        case .quit: back(quitting: true)
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .toggleMasthead:
            state.masthead = state.masthead.toggled
            fitToLayout()
            save()
        case .hideMasthead:
            state.mastheadHidden.toggle()
            fitToLayout()
            save()
        case .languageFilter:
            state.filter = state.filter.next
            refreshRows(keeping: state.selectedID)
        case .startSelection: startSelection(unit: .block)
        case .startLineSelection: startSelection(unit: .line)
        case .nextParagraph, .previousParagraph: moveCursor(forward: operation == .nextParagraph)
        case .nextTheme:
            state.themeName = state.themeChoice.next(after: state.themeName, in: settings.themes)
            state.message = state.translation.tr("theme: {name}", ["name": state.themeName])
            save()
            emit(.theme(state.themeName))
        case .sync:
            if state.syncProgress != nil {
                state.message = state.translation.tr("a sync is already running")
            } else {
                state.syncProgress = 0
                emit(.sync)
            }
        case .toggleRead, .toggleStar, .nextUnread, .previousUnread, .markAllRead, .undo, .unreadOnly, .starredOnly,
            .sort, .reverseSort:
            performFlow(operation)
        case .raw:
            guard let summary = state.opened?.summary ?? state.selectedSummary else { return }
            emit(.loadRawText(summary))
        case .help:
            state.mode = .help
            state.help = ListMovement(
                count: HelpTable.lines(keymap: settings.keymap, translation: state.translation).count,
                viewport: max(1, state.layout.body.height - 1))
        default:
            break
        }
    }

    /// `Esc` and `q`: close what is on top, and quit (for `q`) when nothing is left to close.
    mutating func back(quitting: Bool) {
        if state.paneOnly {
            state.paneOnly = false
            state.focus = .list
            fitToLayout()
        } else if state.focus == .reader {
            state.focus = .list
            fitToLayout()
        } else if state.query != nil || state.filter != .all && !quitting {
            state.query = nil
            state.prompt = ""
            if !quitting { state.filter = .all }
            refreshRows(keeping: state.selectedID)
            clearMatches()
        } else if quitting {
            save()
            emit(.quit)
        }
    }
}
