import AzadCore

/// The reader's logic: a function of state and input. Each message (a key, a mouse event, a
/// resize, the answer to an effect) changes `state` and returns the effects it asks for; the key
/// goes to the file of the context that has the keyboard (`ReaderLogic+List.swift`, `+Pane`,
/// `+Prompt`, `+Selection`, `+HelpRaw`, `+Mouse`). No I/O happens here: `Reader` runs the effects.
public struct ReaderLogic: Sendable {
    public var state = ReaderState()
    public var settings: ReaderSettings
    /// The effects the message being handled asks for, handed out by `update(_:)`.
    private var effects: [Effect] = []

    public init(settings: ReaderSettings, width: Int = 80, height: Int = 24, layoutOptions: LayoutOptions = .init()) {
        self.settings = settings
        state.width = width
        state.height = height
        state.layoutOptions = layoutOptions
    }

    /// Applies `message` to the state; returns the effects to run, in order.
    public mutating func update(_ message: ReaderMessage) -> [Effect] {
        switch message {
        case .key(let key): handle(key)
        case .mouse(let event): handle(event)
        case .resize(let width, let height): resize(width: width, height: height)
        case .perform(let operation): perform(operation)
        case .start(let firstRows): start(firstRows: firstRows)
        case .finishLoading: finishLoading()
        case .recordLoaded(let record): restore(record)
        case .summariesLoaded(let request, let loaded): summariesLoaded(request, loaded)
        case .articleLoaded(let request, let result): articleLoaded(request, result)
        case .searchFinished(let text, let hits): searchFinished(text: text, hits: hits)
        case .searchBegan(let text, let head): searchBegan(text: text, head: head)
        case .rawTextLoaded(let summary, let result): rawTextLoaded(summary, result)
        case .spellingSuggested(let text, let suggestion): spellingSuggested(text: text, suggestion: suggestion)
        case .saveFailed(let failure):
            state.message = state.translation.tr(
                "could not save reading state: {reason}", ["reason": failure.message(in: state.translation)])
        case .checkForOutsideChanges:
            // A sync of this reader's own reloads when it finishes; start-up reads everything anyway.
            if state.syncProgress == nil, state.startUp.isOver { emit(.checkGeneration) }
        case .generationRead(let generation): generationRead(generation)
        case .syncStarted: state.syncProgress = 0
        case .syncProgress(let fraction): state.syncProgress = min(1, max(0, fraction))
        case .syncFinished(let error): syncFinished(error: error)
        case .save: save()
        case .message(let text): announce(text)
        case .logged(let entry): log(entry)
        case .syncUnreadable(let files): syncUnreadable(files)
        case .saveAnswered(let request, let outcome): saveAnswered(request, outcome)
        case .ran(let run): ran(run)
        case .preview: preview()
        }
        // A key or a click acts on the rows on the screen: the selection stays where it put it when the
        // whole list lands, unless it read the list again (a sort), whose window awaits the article too.
        switch message {
        case .key, .mouse, .perform:
            if !effects.contains(where: \.readsTheList) { state.awaitedSelection = nil }
        default: break
        }
        markReadAtEnd()
        // Scrolling may leave the reading cursor on the header or a blank line: back onto a paragraph.
        if state.mode != .select { state.opened?.settleCursor() }
        defer { effects = [] }
        return effects
    }

    /// Asks for `effect` once the current message is handled.
    mutating func emit(_ effect: Effect) { effects.append(effect) }

    // MARK: Keys

    /// Runs the operation bound to `key` in the context that has the keyboard; at the search prompt
    /// a printable character types itself.
    mutating func handle(_ key: Key) {
        state.message = nil
        state.log.holdsStatus = false
        if state.mode == .help, state.helpSearch.isTyping {
            typeInHelpSearch(key)
            return
        }
        if state.context == .prompt, case .character(let character) = key {
            if state.mode == .textPrompt { typeInTextPrompt(character) } else { type(character) }
            return
        }
        // The operation the key runs here; else the one it runs elsewhere, which says so if it must.
        guard
            let operation = settings.keymap.operation(for: key, in: state.context)
                ?? settings.keymap.operation(for: key)
        else {
            hintAtHelp()
            return
        }
        perform(operation)
    }

    /// Runs `operation` as its key would, in the current context; an operation not valid there does
    /// nothing, except that a selection key outside a selection says how to start one.
    mutating func perform(_ operation: Operation) {
        let context = state.context
        guard operation.contexts.contains(context) else {
            if operation.contexts == [.selection], context == .list || context == .pane {
                state.message = state.translation.tr("press v in the reading pane to start a selection first")
            }
            return
        }
        // Operations that do the same in every context they are valid in (`ReaderLogic+Outside.swift`).
        if performAnywhere(operation) { return }
        switch context {
        case .prompt where state.mode == .textPrompt: performAtTextPrompt(operation)
        case .prompt: performAtPrompt(operation)
        case .messages: performInMessages(operation)
        case .help: performInHelp(operation)
        case .raw: performInRaw(operation)
        case .list, .pane, .selection:
            // The end of the article: laid out on its own in the pane, all of it for a selection;
            // any other move, the next screens.
            if operation == .bottom && state.focus == .reader {
                if context == .pane { layOutEnd() } else { completeLayout() }
            } else {
                fillPane()
            }
            defer { fillPane() }
            switch context {
            case .list: performInList(operation)
            case .pane: performInPane(operation)
            default: performInSelection(operation)
            }
        }
    }

    // MARK: Sizes

    mutating func resize(width: Int, height: Int) {
        state.width = max(1, width)
        state.height = max(1, height)
        fitToLayout()
        if state.mode == .messages { fitMessages() }
    }

    // MARK: Sync

    /// The sync ended: the list shows what it brought, the selection stays on its article.
    mutating func syncFinished(error: String?) {
        state.syncProgress = nil
        reloadSummaries(.syncFinished(error: error, before: state.catalogue.count))
    }

    /// Reloads the list when another process (an `azad sync`, another reader) changed the library
    /// since it was last read.
    mutating func generationRead(_ generation: Int) {
        guard state.syncProgress == nil, state.startUp.isOver, generation != state.seenGeneration else { return }
        reloadSummaries(.outsideChange(before: state.catalogue.count))
    }

    /// Reads the list again as the first frame does: the rows that fit and the list's ends now, every
    /// id on a thread of its own, so that a sort or a reload at a million articles takes no longer
    /// than a key (`finishLoading()` takes the whole list once it is read).
    mutating func reloadSummaries(_ reason: SummariesRequest.Reason) {
        emit(.loadSummaries(SummariesRequest(reason: reason, limit: max(1, state.height))))
    }
}

extension ReaderState {
    /// What has the keyboard: the context a key is dispatched to.
    public var context: Operation.Context {
        switch mode {
        case .searchPrompt, .textPrompt: .prompt
        case .messages: .messages
        case .help: .help
        case .raw: .raw
        case .select: .selection
        case .browse: focus == .reader ? .pane : .list
        }
    }
}
