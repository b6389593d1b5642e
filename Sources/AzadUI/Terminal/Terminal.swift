import AzadCore
import CNcursesw
import CTerminalGuard
import Foundation

/// An input from the terminal.
public enum TerminalInput: Sendable, Hashable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}

/// The one type that talks to ncursesw: sets the locale, copies grids to the screen (drawing only the
/// cells that changed since the last frame), reads keys and the mouse, and always restores the terminal.
public final class Terminal {
    /// Why the terminal could not be set up.
    public struct SetupError: Error, TranslatableError {
        /// The message's sentences as the catalogs hold them, and the values of their placeholders.
        var sentences: [String]
        var values: [String: String] = [:]

        public var description: String { description(in: .english) }

        public func description(in translation: Translation) -> String {
            sentences.map { translation.tr($0, values: values) }.joined(separator: " ")
        }
    }

    private var previous: Grid?
    private var pairs: [ThemeElement: (attributes: attr_t, pair: Int16)] = [:]
    var isOpen = false
    let bidiMode: BidiMode
    /// The mouse events asked for, given back after the terminal was handed over (`Terminal+Handover.swift`).
    var mouseEvents: mmask_t = 0
    /// Button-event tracking is to be asked for once curses has written its own mouse request, which
    /// the next frame flushes (`trackDrags`).
    var dragTrackingPending = false
    private var buttonDown = false
    private let started = Date()
    /// Each element's look as SGR, for the cells written past curses (OSC 8 links).
    private var sgr: [ThemeElement: String] = [:]
    /// Whether links go to the terminal as OSC 8 hyperlinks (`OSC8.isSupported`).
    public private(set) var hyperlinks = false

    /// Sets the locale from the environment; under a non-UTF-8 locale tries C.UTF-8, else says what to set.
    /// Must run before anything else touches curses.
    public static func prepareLocale(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        _ = azad_setlocale_from_environment()
        if isUTF8Codeset() { return }
        if azad_setlocale("C.UTF-8") != nil, isUTF8Codeset() { return }
        let current = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? "(unset)"
        throw SetupError(
            sentences: [
                Translation.noop(
                    "azad needs a UTF-8 locale to show Persian and Pashto text, and the locale is {locale}."),
                Translation.noop("Set one, for example: export LANG=C.UTF-8 (or en_US.UTF-8 if it is installed)."),
            ],
            values: ["locale": current])
    }

    /// Milliseconds curses waits after an Esc for the rest of a sequence (an arrow key's, say) before
    /// it takes the Esc alone: `ESCDELAY` when it is set to a number from 0 to 10,000 (ncurses' own
    /// variable, which a user on a slow link raises), else 10 (tmux's own default since 3.5; curses'
    /// second would make every Esc wait).
    static func escapeDelay(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        guard let text = environment["ESCDELAY"], let value = Int(text), (0...10_000).contains(value) else {
            return defaultEscapeDelay
        }
        return value
    }

    static let defaultEscapeDelay = 10

    static func isUTF8Codeset() -> Bool {
        guard let codeset = azad_locale_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// Takes over the terminal. `styles` maps each element to its look; `NO_COLOR` or a terminal without
    /// colour gets attributes only.
    public init(styles: [ThemeElement: TerminalStyle], bidiMode: BidiMode, mouse: Bool = true) throws {
        self.bidiMode = bidiMode
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw SetupError(
                sentences: [Translation.noop("the reader needs a terminal; for scripts use azad list, search or show")])
        }
        azad_restore_terminal_on_crash()
        guard initscr() != nil else {
            throw SetupError(sentences: [Translation.noop("could not start curses (is TERM set?)")])
        }
        isOpen = true
        cbreak()
        noecho()
        nonl()
        keypad(azad_stdscr(), true)
        intrflush(azad_stdscr(), false)
        set_escdelay(Int32(Self.escapeDelay()))
        curs_set(0)
        // Presses and releases come one by one: the reader tells clicks from double clicks itself.
        mouseinterval(0)
        if mouse {
            mouseEvents =
                azad_button1_pressed() | azad_button1_released() | azad_button1_clicked()
                | azad_button1_double_clicked() | azad_button4_pressed()
                | azad_button5_pressed()
                | azad_report_mouse_position()
            mousemask(mouseEvents, nil)
            dragTrackingPending = true
        }
        readSuspendKeyAsKey()
        if let start = bidiMode.startSequence {
            // azad reorders right-to-left text itself: ask terminals that would reorder it again not to.
            Terminal.writeRaw(start)
        }
        if has_colors() {
            start_color()
            use_default_colors()
        }
        hyperlinks = OSC8.isSupported(
            term: ProcessInfo.processInfo.environment["TERM"], hasCursorAddressing: Terminal.hasCursorAddressing())
        setStyles(styles)
    }

    deinit { restore() }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) { (Int(azad_cols()), Int(azad_lines())) }

    /// How many colours the terminal has (curses' `COLORS`; 0 without colour): what a theme adapts to.
    public var colorCount: Int { has_colors() ? Int(azad_colors()) : 0 }

    /// Writes a control sequence the screen does not show (OSC 52), straight to the terminal.
    public func send(_ sequence: String) { Terminal.writeRaw(sequence) }

    /// Sets the look of each element (a new theme), and redraws everything on the next frame.
    ///
    /// The styles come adapted to the terminal's colour depth (`NO_COLOR` included); a terminal without
    /// colour still gets attributes only.
    public func setStyles(_ styles: [ThemeElement: TerminalStyle]) {
        let colour = has_colors()
        let chosen = colour ? styles : styles.mapValues(\.monochrome)
        let colours = Int16(clamping: colour ? azad_colors() : 0)
        pairs = [:]
        var nextPair: Int16 = 1
        var pairNumbers: [[Int16]: Int16] = [:]
        for element in ThemeElement.allCases {
            let style = chosen[element] ?? styles[.normal] ?? TerminalStyle()
            var attributes = azad_attr_normal()
            if style.bold { attributes |= azad_attr_bold() }
            if style.underline { attributes |= azad_attr_underline() }
            if style.reverse { attributes |= azad_attr_reverse() }
            if style.dim { attributes |= azad_attr_dim() }
            if style.italic { attributes |= azad_attr_italic() }
            var pair: Int16 = 0
            if colour {
                // A colour the terminal lacks falls back to its default.
                let foreground = style.foreground < colours ? style.foreground : -1
                let background = style.background < colours ? style.background : -1
                if foreground != -1 || background != -1 {
                    if let existing = pairNumbers[[foreground, background]] {
                        pair = existing
                    } else {
                        init_pair(nextPair, foreground, background)
                        pairNumbers[[foreground, background]] = nextPair
                        pair = nextPair
                        nextPair += 1
                    }
                }
            }
            pairs[element] = (attributes, pair)
            sgr[element] = style.sgr(colors: Int(colours))
        }
        previous = nil
    }

    /// Copies `grid` to the screen, drawing only cells that differ from the last frame; then makes the
    /// cells of each of `links` a hyperlink where the terminal takes them (`OSC8`).
    public func draw(_ grid: Grid, links: [ScreenLink] = []) {
        drawCells(grid)
        guard hyperlinks, !links.isEmpty else { return }
        Terminal.writeRaw(links.compactMap { link(for: $0, in: grid) }.joined())
    }

    /// The OSC 8 bytes for `link`: the grid's own cells, in their looks.
    func link(for link: ScreenLink, in grid: Grid) -> String? {
        guard link.row >= 0, link.row < grid.height, link.column >= 0 else { return nil }
        var pieces: [OSC8.Piece] = []
        for column in link.column..<min(grid.width, link.column + link.width) {
            let cell = grid[link.row, column]
            // The right half of a wide character is drawn with its left half.
            if cell.width == 0 { continue }
            pieces.append(OSC8.Piece(text: cell.text, sgr: sgr[cell.style] ?? "\u{1B}[0m"))
        }
        return OSC8.sequence(url: link.url, row: link.row, column: link.column, pieces: pieces)
    }

    /// Whether terminfo gives the terminal cursor addressing (`cup`), which the links are written with.
    private static func hasCursorAddressing() -> Bool {
        let capability = "cup".withCString { tigetstr(UnsafeMutablePointer(mutating: $0)) }
        guard let capability else { return false }
        return Int(bitPattern: capability) != -1
    }

    private func drawCells(_ grid: Grid) {
        let window = azad_stdscr()
        if previous == nil || previous?.width != grid.width || previous?.height != grid.height { werase(window) }
        for change in grid.changes(from: previous) {
            let (attributes, pair) = pairs[change.cell.style] ?? (azad_attr_normal(), 0)
            var scalars = Array(change.cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) })
            if scalars.isEmpty { scalars = [wchar_t(32)] }
            // setcchar takes one spacing character and at most a few combining ones.
            scalars = Array(scalars.prefix(5))
            scalars.append(0)
            // The bottom-right cell scrolls some terminals when written: curses reports ERR, harmlessly.
            _ = azad_put_cell(window, Int32(change.row), Int32(change.column), scalars, attributes, pair)
        }
        wnoutrefresh(window)
        doupdate()
        if dragTrackingPending {
            dragTrackingPending = false
            Terminal.trackDrags(true)
        }
        previous = grid
    }

    /// Forces a full redraw on the next frame (`C-l`): every cell is written, and curses clears the
    /// screen first rather than trusting what it believes the screen shows.
    public func invalidate() {
        previous = nil
        clearok(azad_stdscr(), true)
    }

    /// Waits up to `timeout` milliseconds for an input; nil when none came.
    public func read(timeout: Int32) -> TerminalInput? {
        let window = azad_stdscr()
        wtimeout(window, timeout)
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == azad_err() { return nil }
        if result == azad_key_code_yes() {
            let code = Int32(character)
            if code == azad_key_resize() {
                previous = nil
                return .resize(width: size.width, height: size.height)
            }
            if code == azad_key_mouse() { return readMouse() }
            return Terminal.key(forCode: code).map { .key($0) }
        }
        if character == 27, let next = metaBackspace(in: window) { return next }
        return Terminal.key(forCharacter: UInt32(character)).map { .key($0) }
    }

    /// After an Esc, the Backspace that came with it (Alt-Backspace); any other key already waiting
    /// is put back to be read on its own.
    private func metaBackspace(in window: UnsafeMutablePointer<WINDOW>?) -> TerminalInput? {
        wtimeout(window, 0)
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == azad_err() { return nil }
        if result == azad_key_code_yes() {
            if Int32(character) == azad_key_backspace() { return .key(.metaBackspace) }
            ungetch(Int32(character))
        } else {
            if character == 127 || character == 8 { return .key(.metaBackspace) }
            unget_wch(wchar_t(character))
        }
        return nil
    }

    private func readMouse() -> TerminalInput? {
        var y: Int32 = 0
        var x: Int32 = 0
        var state: mmask_t = 0
        guard azad_getmouse(&y, &x, &state) == azad_ok() else { return nil }
        let time = Date().timeIntervalSince(started)
        let kind: MouseEvent.Kind
        if state & azad_button4_pressed() != 0 {
            kind = .wheelUp
        } else if state & azad_button5_pressed() != 0 {
            kind = .wheelDown
        } else if state & azad_button1_pressed() != 0 {
            buttonDown = true
            kind = .press
        } else if state & azad_button1_double_clicked() != 0 {
            buttonDown = false
            kind = .doubleClick
        } else if state & azad_button1_clicked() != 0 {
            // Curses folds a press and release that arrive together into a click: the press is what counts.
            buttonDown = false
            kind = .press
        } else if state & azad_button1_released() != 0 {
            // A release with no press seen is a click whose press curses folded away.
            kind = buttonDown ? .release : .press
            buttonDown = false
        } else if state & azad_report_mouse_position() != 0 {
            // Under button-event tracking a motion report means a button is held: with no press
            // seen, curses folded the press into the reports that came with it, and the drag
            // starts here (`ReaderLogic.handle(_:)`).
            buttonDown = true
            kind = .drag
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind, row: Int(y), column: Int(x), time: time))
    }

    /// The key for a character `wget_wch` returned.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(UInt8(value) + 96)))
        default:
            guard let scalar = UnicodeScalar(value), scalar.properties.generalCategory != .control else { return nil }
            return .character(Character(scalar))
        }
    }

    /// The key for a function-key code `wget_wch` returned.
    static func key(forCode code: Int32) -> Key? {
        let table: [(Int32, Key)] = [
            (azad_key_up(), .up), (azad_key_down(), .down), (azad_key_left(), .left), (azad_key_right(), .right),
            (azad_key_npage(), .pageDown), (azad_key_ppage(), .pageUp), (azad_key_home(), .home),
            (azad_key_end(), .end), (azad_key_enter(), .enter), (azad_key_backspace(), .backspace),
            (azad_key_btab(), .backTab), (azad_key_dc(), .delete),
        ]
        if let (_, key) = table.first(where: { $0.0 == code }) { return key }
        for number in 1...12 where azad_key_f(Int32(number)) == code { return .function(number) }
        return nil
    }

    /// Gives the terminal back as it was; safe to call more than once.
    public func restore() {
        guard isOpen else { return }
        isOpen = false
        mousemask(0, nil)
        Terminal.trackDrags(false)
        curs_set(1)
        endwin()
        if let exit = bidiMode.exitSequence { Terminal.writeRaw(exit) }
    }

    /// Asks the terminal for button-event tracking (`CSI ?1002h`): curses' mouse mask asks only for
    /// presses and releases (`?1000h`), and a terminal then sends no motion while a button is held,
    /// so a drag would select nothing. It is written after a frame has flushed curses' own request,
    /// because terminals such as tmux and xterm drop the other tracking modes when one is set.
    static func trackDrags(_ on: Bool) {
        writeRaw(on ? "\u{1B}[?1002h" : "\u{1B}[?1002l")
    }

    static func writeRaw(_ text: String) {
        // Straight to the descriptor: curses has flushed its own buffer by the time this runs.
        var bytes = Array(text.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }
}
