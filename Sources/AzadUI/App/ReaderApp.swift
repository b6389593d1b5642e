import AzadCore
import Foundation

/// The reader's main loop: input to actions, actions to frames, a sync in the background.
public struct ReaderApp {
    public var reader: Reader
    /// The look of a theme by name; nil when it cannot be loaded (the built-in look is used).
    public var styles: (String) -> [ThemeElement: TerminalStyle]?
    /// Exports a quote; returns the status line's confirmation (or why it failed).
    public var exportQuote: (QuoteRequest) -> String
    public var syncAtStart: Bool
    public var bidiMode: BidiMode

    public init(
        reader: Reader, styles: @escaping (String) -> [ThemeElement: TerminalStyle]?,
        exportQuote: @escaping (QuoteRequest) -> String, syncAtStart: Bool = true, bidiMode: BidiMode = .visual
    ) {
        self.reader = reader
        self.styles = styles
        self.exportQuote = exportQuote
        self.syncAtStart = syncAtStart
        self.bidiMode = bidiMode
    }

    /// Runs until `q` or a signal; returns the exit status. The terminal is restored on every way out.
    public func run() throws -> Int32 {
        try Terminal.prepareLocale()
        let signals = SignalWatch([SIGINT, SIGTERM, SIGHUP])
        reader.start()
        let terminal = try Terminal(
            styles: styles(reader.state.themeName) ?? TerminalStyle.builtIn, bidiMode: bidiMode)
        defer { terminal.restore() }
        let size = terminal.size
        reader.resize(width: size.width, height: size.height)
        terminal.draw(Screen.render(reader.state, keymap: reader.keymap))

        var sync: BackgroundSync? = nil
        var lastReport: BackgroundSync.Report? = nil
        if syncAtStart {
            reader.syncStarted()
            sync = BackgroundSync(library: reader.library)
        }
        while true {
            if let number = signals.received {
                reader.save()
                return 128 + number
            }
            var changed = false
            if let running = sync {
                let report = running.current
                if report != lastReport {
                    lastReport = report
                    if report.finished {
                        reader.syncFinished(error: report.error)
                        sync = nil
                        lastReport = nil
                    } else {
                        reader.syncProgress(report.progress)
                    }
                    changed = true
                }
            }
            if let input = terminal.read(timeout: sync == nil ? 200 : 50) {
                changed = true
                let effect: Effect
                switch input {
                case .key(.control("l")):
                    terminal.invalidate()
                    effect = .none
                case .key(let key): effect = reader.handle(key)
                case .mouse(let mouse): effect = reader.handle(mouse)
                case .resize(let width, let height):
                    reader.resize(width: width, height: height)
                    effect = .none
                }
                switch effect {
                case .none: break
                case .quit: return 0
                case .sync:
                    if sync == nil {
                        reader.syncStarted()
                        sync = BackgroundSync(library: reader.library)
                    }
                case .theme(let name):
                    terminal.setStyles(styles(name) ?? TerminalStyle.builtIn)
                case .quote(let request):
                    reader.setMessage(exportQuote(request))
                }
            }
            if changed { terminal.draw(Screen.render(reader.state, keymap: reader.keymap)) }
        }
    }
}
