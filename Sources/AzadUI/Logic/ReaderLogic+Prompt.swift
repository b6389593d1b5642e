import AzadCore

/// Keys at the search prompt: a printable character types itself, the rest go through the keymap
/// (`keep-search`, `cancel-search`, the editing keys, and `down`/`up` for the results). Results
/// follow the query as it is typed.
extension ReaderLogic {
    mutating func type(_ character: Character) {
        state.prompt.append(character)
        queryChanged()
    }

    mutating func performAtPrompt(_ operation: Operation) {
        switch operation {
        case .keepSearch:
            state.mode = .browse
            let query = state.prompt.trimmingCharacters(in: .whitespaces)
            state.query = query.isEmpty ? nil : query
            state.search.announce = state.query != nil
            refreshRows(keeping: nil, first: true)
        case .cancelSearch:
            state.mode = .browse
            state.prompt = ""
            state.query = nil
            refreshRows(keeping: state.selectedSummary?.id)
            clearMatches()
        case .down, .up:
            _ = state.list.apply(operation, .selecting)
        case .deleteBackward:
            if !state.prompt.isEmpty { state.prompt.removeLast() }
            queryChanged()
        case .clearPrompt:
            state.prompt = ""
            queryChanged()
        default:
            break
        }
    }

    private mutating func queryChanged() {
        let query = state.prompt.trimmingCharacters(in: .whitespaces)
        state.query = query.isEmpty ? nil : query
        refreshRows(keeping: nil, first: true)
    }
}
