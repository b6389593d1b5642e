import AzadCore
import Foundation

/// The reader's main loop: input to actions, actions to frames, a sync in the background.
public struct ReaderApp {
    /// A theme's looks for a terminal of so many colours, and why it is not the theme asked for (a
    /// broken or missing theme falls back to `default`).
    public typealias ThemeLoader = (_ name: String, _ terminalColors: Int) -> (
        styles: [ThemeElement: TerminalStyle], problem: String?
    )

    /// Milliseconds the selection rests before the pane previews it: more than key repeat's interval
    /// (25–33 ms), so that a held key previews only where it stops.
    static let previewDelay: Int32 = 40

    public var reader: Reader
    public var theme: ThemeLoader
    /// Exports a quote; returns the status line's confirmation (or why it failed).
    public var exportQuote: (QuoteRequest) -> String
    public var syncAtStart: Bool
    public var bidiMode: BidiMode
    public var mouse: Bool
    /// Also put quotes on the terminal's clipboard with OSC 52.
    public var osc52: Bool

    public init(
        reader: Reader, theme: @escaping ThemeLoader, exportQuote: @escaping (QuoteRequest) -> String,
        syncAtStart: Bool = true, bidiMode: BidiMode = .visual, mouse: Bool = true, osc52: Bool = false
    ) {
        self.reader = reader
        self.theme = theme
        self.exportQuote = exportQuote
        self.syncAtStart = syncAtStart
        self.bidiMode = bidiMode
        self.mouse = mouse
        self.osc52 = osc52
    }

    /// Applies the theme `name` to the terminal; a problem with it goes to the status line.
    private func apply(theme name: String, to terminal: Terminal) {
        let (styles, problem) = theme(name, terminal.colorCount)
        terminal.setStyles(styles)
        if let problem { reader.send(.logged(.init(.error, problem))) }
    }

    /// Runs until `q` or a signal; returns the exit status. The terminal is restored on every way out.
    ///
    /// `themeOverride` (`--theme`) wins over the theme remembered from the last run. The locale is
    /// the caller's to set first (`Terminal.prepareLocale`), before it opens the cache.
    public func run(themeOverride: String? = nil) throws -> Int32 {
        let signals = SignalWatch([SIGINT, SIGTERM, SIGHUP])
        if let themeOverride { reader.overrideTheme(themeOverride) }
        reader.useFolders(environment: ProcessInfo.processInfo.environment)
        let terminal = try Terminal(styles: TerminalStyle.builtIn, bidiMode: bidiMode, mouse: mouse)
        defer { terminal.restore() }
        let size = terminal.size
        // The first frame needs only the rows that fit; the rest (most of the start-up time with a
        // large archive) are read while it is on the screen and keys are answered (`ListWindow`),
        // and the loop below finishes loading once they are read.
        reader.start(firstRows: max(1, size.height))
        apply(theme: reader.state.themeName, to: terminal)
        reader.resize(width: size.width, height: size.height)
        let memo = LayoutMemo()
        /// Draws the state; a list shown from its ends (`ListWindow`: the first frame, a sort, a
        /// reload) then has its whole list read, so that the frame and the read do not share the cores.
        func draw() {
            terminal.draw(
                Screen.render(reader.state, keymap: reader.keymap, memo: memo), links: Screen.links(for: reader.state))
            reader.state.catalogue.window?.full.start()
        }
        draw()

        reader.searchesInBackground = true
        let search = BackgroundSearch(library: reader.library, limit: reader.searchLimit)
        defer { search.stop() }
        // Exports written, moved in or removed while the reader is open show up within a second.
        let watch = BackgroundWatch(library: reader.library, translation: reader.state.translation)
        defer { watch?.stop() }
        var nextOutsideCheck = Date().addingTimeInterval(1)
        var sync: BackgroundSync? = nil
        var lastReport: BackgroundSync.Report? = nil
        // When the selection last moved (a key, a search's results): the preview waits until it has
        // rested `previewDelay` since then.
        var rested = Date()
        /// Runs the effects the reader left to the app; false to quit.
        func run(_ effects: [Effect]) -> Bool {
            for effect in effects {
                switch effect {
                case .quit: return false
                case .sync:
                    if sync == nil {
                        reader.syncStarted()
                        sync = BackgroundSync(library: reader.library, translation: reader.state.translation)
                    }
                case .theme(let name): apply(theme: name, to: terminal)
                case .quote(let request):
                    // The terminal's clipboard is named first: a long clipboard path is cut at the end.
                    var message = exportQuote(request)
                    if osc52 {
                        if let sequence = OSC52.sequence(for: request.text) {
                            terminal.send(sequence)
                            message = reader.state.translation.tr("on the terminal's clipboard (OSC 52); ") + message
                        } else {
                            message =
                                reader.state.translation.tr("too long for the terminal's clipboard (OSC 52); ")
                                + message
                        }
                    }
                    reader.setMessage(message)
                case .redraw: terminal.invalidate()
                case .suspend: terminal.suspend()
                case .openURL(let url):
                    let outcome = Self.open(url, terminal: terminal, signals: signals, reader.state.translation)
                    guard run(reader.send(.ran(outcome))) else { return false }
                case .pipe(let command, let text):
                    let outcome = Self.pipe(
                        text, to: command, terminal: terminal, signals: signals, reader.state.translation)
                    guard run(reader.send(.ran(outcome))) else { return false }
                case .search(let text): search.submit(text, first: max(1, reader.state.layout.list.height))
                case .none, .loadRecord, .loadSummaries, .loadArticle, .loadRawText, .save, .checkGeneration,
                    .suggestSpelling, .saveText:
                    break
                }
            }
            return true
        }
        if syncAtStart { _ = run([.sync]) }
        while true {
            if let number = signals.received {
                reader.save()
                return 128 + number
            }
            var changed = false
            var effects: [Effect] = []
            // Start-up, or a window whose whole list is on its way: taken once it is read.
            let loading = !reader.state.startUp.isOver || reader.state.catalogue.window != nil
            if loading, reader.state.catalogue.window?.full.isDone ?? true {
                reader.finishLoading()
                changed = true
            }
            if let running = sync {
                let report = running.current
                if report != lastReport {
                    lastReport = report
                    if report.finished {
                        effects += reader.send(.syncUnreadable(report.unreadable))
                        effects += reader.send(.syncFinished(error: report.error))
                        sync = nil
                        lastReport = nil
                    } else {
                        reader.syncProgress(report.progress)
                    }
                    changed = true
                }
            }
            if let found = search.take() {
                switch (found.hits, found.complete) {
                case (.success(let head), false): effects += reader.send(.searchBegan(text: found.text, head: head))
                default: effects += reader.send(.searchFinished(text: found.text, hits: found.hits))
                }
                changed = true
                rested = Date()
            }
            // Another process's sync shows up within a second; the watch's at once.
            let now = Date()
            if let news = watch?.take() {
                for notice in news.notices { effects += reader.send(.logged(notice)) }
                if news.changed { nextOutsideCheck = now }
                changed = true
            }
            if sync == nil, now >= nextOutsideCheck {
                nextOutsideCheck = now.addingTimeInterval(1)
                let generation = reader.state.seenGeneration
                effects += reader.send(.checkForOutsideChanges)
                if reader.state.seenGeneration != generation { changed = true }
            }
            if !run(effects) { return 0 }
            // What the sync or the search brought is drawn before the loop waits for a key.
            if changed {
                draw()
                changed = false
            }
            // A running search is looked for every few milliseconds, also while a preview waits, so
            // that its results are drawn when they come; otherwise the loop sleeps in the terminal's
            // read. While a long article is still being laid out, it looks for a key without waiting
            // and lays out the next slice when there is none (ReaderLogic+Layout.swift). The preview of
            // the selected article waits until the selection has rested a moment (longer than key
            // repeat's interval): holding `j` moves the selection without loading the articles it
            // passes, and the previous article's layout is not continued meanwhile.
            let layingOut = reader.isLayingOut
            let previewDue = reader.wantsPreview ? rested.addingTimeInterval(Double(Self.previewDelay) / 1000) : nil
            var timeout: Int32 =
                layingOut && previewDue == nil ? 0 : search.isBusy || loading ? 4 : sync == nil ? 200 : 50
            if let previewDue {
                timeout = min(timeout, Int32(max(0, (previewDue.timeIntervalSinceNow * 1000).rounded(.up))))
            }
            let input = terminal.read(timeout: timeout)
            if input == nil, let previewDue, Date() >= previewDue {
                if !run(reader.send(.preview)) { return 0 }
                changed = true
            } else if input == nil, layingOut, previewDue == nil {
                changed = reader.continueLayout() || changed
            }
            if let input {
                rested = Date()
                changed = true
                let message: ReaderMessage
                switch input {
                case .key(let key): message = .key(key)
                case .mouse(let mouse): message = .mouse(mouse)
                case .resize(let width, let height): message = .resize(width: width, height: height)
                }
                if !run(reader.send(message)) { return 0 }
            }
            if changed {
                draw()
            }
        }
    }
}
