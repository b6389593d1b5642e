import AzadCore

/// Operations that reach outside the reader and do the same in every context they are valid in:
/// redraw, suspend to the shell, the messages log, the source URL in a browser, saving the
/// article and piping it to a command. The app runs what they ask for (`ReaderApp`, `Reader`).
extension ReaderLogic {
    /// Runs `operation` if it is one of these; false otherwise.
    mutating func performAnywhere(_ operation: Operation) -> Bool {
        switch operation {
        case .redraw: emit(.redraw)
        case .suspend: emit(.suspend)
        case .messages: toggleMessages()
        case .openSource: openSource()
        case .saveArticle: askWhereToSave()
        case .pipe: askForPipeCommand()
        default: return false
        }
        return true
    }

    /// The open article's source URL to the browser, when it is an http or https one.
    mutating func openSource() {
        guard let article = state.opened?.article else {
            state.message = state.translation.tr(
                "open an article first: {key} opens its source URL", ["key": keyName(.openSource)])
            return
        }
        guard let source = article.source, !source.isEmpty else {
            state.message = state.translation.tr("this article has no source URL")
            return
        }
        guard let url = SourceLink.sanitized(source) else {
            log(
                .init(
                    .warning,
                    state.translation.tr(
                        "not opened: the source is not an http or https URL: {url}",
                        ["url": Sanitizer.singleLine(source)])))
            return
        }
        emit(.openURL(url))
    }

    mutating func askWhereToSave() {
        guard let article = state.opened?.article else {
            state.message = state.translation.tr(
                "open an article first: {key} saves the open article", ["key": keyName(.saveArticle)])
            return
        }
        let folder = settings.saveFolder.hasSuffix("/") ? settings.saveFolder : settings.saveFolder + "/"
        let path = folder + SafeFileName.from(title: article.title)
        openTextPrompt(TextPrompt(.savePath, line: PromptLine(path), articleText: article.logicalText))
    }

    mutating func askForPipeCommand() {
        guard let article = state.opened?.article else {
            state.message = state.translation.tr(
                "open an article first: {key} pipes the open article to a command", ["key": keyName(.pipe)])
            return
        }
        openTextPrompt(TextPrompt(.pipeCommand, articleText: article.logicalText))
    }

    /// What a browser or a piped command did, on the status line; a failure also in the log.
    mutating func ran(_ run: ExternalRun) {
        switch (run.outcome, run.purpose) {
        case (.started, .open(let url)), (.exited(0), .open(let url)):
            state.message = state.translation.tr("opened {url} with {program}", ["url": url, "program": run.name])
        case (.started, .pipe), (.exited(0), .pipe):
            state.message = state.translation.tr("{program}: exit status {status}", ["program": run.name, "status": 0])
        case (.exited(let status), _):
            log(
                .init(
                    .warning,
                    state.translation.tr("{program}: exit status {status}", ["program": run.name, "status": status])))
        case (.failed(let reason), .open):
            log(.init(.error, state.translation.tr("could not open the source URL: {reason}", ["reason": reason])))
        case (.failed(let reason), .pipe):
            log(
                .init(
                    .error,
                    state.translation.tr("could not run {program}: {reason}", ["program": run.name, "reason": reason])))
        }
    }

    /// The first key bound to `operation`, for messages that name it.
    func keyName(_ operation: Operation) -> String {
        settings.keymap.keys(for: operation).first?.description ?? operation.rawValue
    }
}
