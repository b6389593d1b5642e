import AzadCore

/// Keys at a text prompt (`TextPrompt`): the line edits as the search prompt's does, `Enter`
/// (`keep-search`) answers, `Esc` (`cancel-search`) cancels; a yes-or-no question answers with
/// one letter.
extension ReaderLogic {
    mutating func openTextPrompt(_ prompt: TextPrompt) {
        state.textPrompt = prompt
        state.mode = .textPrompt
    }

    private mutating func closeTextPrompt() {
        state.textPrompt = nil
        state.mode = .browse
    }

    mutating func typeInTextPrompt(_ character: Character) {
        guard state.textPrompt != nil else { return }
        if state.textPrompt!.isQuestion {
            answer(yes: character == "y" || character == "Y")
        } else {
            state.textPrompt!.line.insert(character)
        }
    }

    mutating func performAtTextPrompt(_ operation: Operation) {
        guard state.textPrompt != nil else { return }
        switch operation {
        case .keepSearch:
            if state.textPrompt!.isQuestion { answer(yes: false) } else { accept() }
        case .cancelSearch:
            let wasQuestion = state.textPrompt!.isQuestion
            closeTextPrompt()
            state.message = wasQuestion ? state.translation.tr("not saved") : nil
        default:
            if !state.textPrompt!.isQuestion { _ = state.textPrompt!.line.apply(operation) }
        }
    }

    /// `Enter` on a line: save to the path or pipe to the command typed.
    private mutating func accept() {
        guard let prompt = state.textPrompt else { return }
        closeTextPrompt()
        let text = prompt.line.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return }
        switch prompt.purpose {
        case .savePath:
            emit(.saveText(SaveRequest(path: expandingHome(text), text: prompt.articleText)))
        case .pipeCommand:
            emit(.pipe(command: text, text: prompt.articleText))
        case .confirmOverwrite:
            break
        }
    }

    /// The overwrite question's answer.
    private mutating func answer(yes: Bool) {
        guard let prompt = state.textPrompt, case .confirmOverwrite(let path) = prompt.purpose else { return }
        closeTextPrompt()
        if yes {
            emit(.saveText(SaveRequest(path: path, text: prompt.articleText, overwrite: true)))
        } else {
            state.message = state.translation.tr("not saved")
        }
    }

    /// `~` and `~/…` as the home folder, as a shell reads them.
    func expandingHome(_ path: String) -> String {
        if path == "~" { return settings.homeFolder }
        guard path.hasPrefix("~/") else { return path }
        let home = settings.homeFolder.hasSuffix("/") ? String(settings.homeFolder.dropLast()) : settings.homeFolder
        return home + path.dropFirst()
    }

    /// Writing the file went as `outcome` says: an existing file is asked about first.
    mutating func saveAnswered(_ request: SaveRequest, _ outcome: SaveOutcome) {
        switch outcome {
        case .saved:
            state.message = state.translation.tr("saved to {path}", ["path": request.path])
        case .exists:
            openTextPrompt(TextPrompt(.confirmOverwrite(path: request.path), articleText: request.text))
        case .failed(let reason):
            log(
                .init(
                    .error,
                    state.translation.tr("could not save {path}: {reason}", ["path": request.path, "reason": reason])))
        }
    }
}
