import AzadCore

/// Keys on the help screen and in the raw export text: both scroll, and close back to browsing.
extension ReaderLogic {
    mutating func performInHelp(_ operation: Operation) {
        if state.help.apply(operation, .scrolling) { return }
        switch operation {
        case .quit, .back, .help:
            // Esc drops a kept help search first; q and ? close help at once.
            if operation == .back, state.helpSearch.needle != nil {
                state.helpSearch = HelpSearch()
            } else {
                state.helpSearch = HelpSearch()
                state.mode = .browse
            }
        case .find: startHelpSearch()
        case .nextMatch, .previousMatch: jumpInHelp(forward: operation == .nextMatch)
        default: break
        }
    }

    mutating func performInRaw(_ operation: Operation) {
        guard state.raw != nil else {
            state.mode = .browse
            return
        }
        if state.raw!.scroll.apply(operation, .scrolling) { return }
        switch operation {
        case .quit, .back, .raw:
            state.mode = .browse
            state.raw = nil
        default:
            break
        }
    }

    /// Shows the export's text read for `summary`, laid out for the whole body.
    mutating func rawTextLoaded(_ summary: ArticleSummary, _ result: Result<String, LoadFailure>) {
        let text: String
        switch result {
        case .success(let loaded): text = loaded
        case .failure(let failure):
            state.message = state.translation.tr(
                "could not read {path}: {reason}",
                ["path": summary.path, "reason": failure.message(in: state.translation)])
            return
        }
        let layout = ScreenLayout(
            width: state.width, height: state.height, paneOnly: true, mastheadRows: state.shownMastheadRows)
        let width = max(1, layout.body.width - 2)
        let lines = Self.layoutRaw(text, width: width, options: state.layoutOptions)
        state.raw = RawText(
            title: summary.path, source: text, lines: lines, layoutWidth: width,
            scroll: ListMovement(count: lines.count, viewport: max(1, layout.body.height - 1)))
        state.mode = .raw
    }
}
