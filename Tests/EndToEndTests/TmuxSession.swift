import Foundation
import Testing

/// The built `azad` running in a private tmux server, driven by keys and read from the screen.
///
/// Each session has its own socket and its own XDG folders, so tests run side by side; waits poll the
/// screen until a deadline, never sleep a fixed time.
final class TmuxSession {
    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "azad-e2e-\(UUID().uuidString.prefix(8))"
    let home: URL
    let environment: [String: String]
    let recordingTerminal: Bool

    /// How much longer every wait lasts: a sanitized build (`AZAD_SANITIZER`, set by scripts/sanitize)
    /// runs several times slower, and a deadline is a bound on a hang, never a measurement.
    static let deadlineScale: Double = ProcessInfo.processInfo.environment["AZAD_SANITIZER"] == nil ? 1 : 4

    /// Starts `azad arguments` (or `program`'s) at `width`×`height`; `locale` becomes `LC_ALL`.
    ///
    /// With `recordingTerminal`, a shell runs azad and writes the terminal's settings (`stty -g`) before
    /// and after it, and its exit status, into `home`: what a user's shell gets back
    /// (`terminalSettings()`, `recordedExit()`, `readerPID()`). The pane then stays alive (tmux hides
    /// the cursor of a dead pane), so the modes azad left behind can be read from it.
    init(
        _ arguments: [String], width: Int = 100, height: Int = 30, locale: String = "C.UTF-8",
        environment extra: [String: String] = [:], home: URL? = nil, recordingTerminal: Bool = false,
        program: URL = AzadProcess.binary
    ) throws {
        let home = home ?? TemporaryFolder.newURL()
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        self.home = home
        self.recordingTerminal = recordingTerminal
        var environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CACHE_HOME": home.appendingPathComponent("cache").path, "LC_ALL": locale, "LANG": locale,
            "TERM": "tmux-256color",
        ]
        environment.merge(extra) { $1 }
        self.environment = environment
        // A placeholder first, so that remain-on-exit is set before azad can exit.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "sleep 600"])
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
        // NO_COLOR from the test runner's own environment must not leak into the reader under test.
        let unset = ProcessInfo.processInfo.environment["NO_COLOR"] != nil && extra["NO_COLOR"] == nil
        let shell =
            recordingTerminal
            ? [
                "sh", "-c",
                "stty -g > \"$0/stty-before\"; \"$@\"; status=$?; stty -g > \"$0/stty-after\"; "
                    + "echo $status > \"$0/status.part\"; mv \"$0/status.part\" \"$0/status\"; exec sleep 600",
                home.path,
            ] : []
        let command =
            shell + ["env"] + (unset ? ["-u", "NO_COLOR"] : [])
            + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + [program.path] + arguments
        try tmux(["respawn-pane", "-k", "-t", "0", command.map(TmuxSession.quote).joined(separator: " ")])
    }

    /// Folders the test made for this session (a feed), removed with it.
    var removedWithSession: [URL] = []

    /// Ends the tmux server, waits for azad under it to end, then removes the home and the folders
    /// `removedWithSession` names.

    deinit {
        let processes = processes()
        _ = try? tmux(["kill-server"])
        TmuxSession.waitUntilEnded(processes)
        TemporaryFolder.remove(home)
        for folder in removedWithSession { TemporaryFolder.remove(folder) }
    }

    static func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux command on this session's server and returns what it printed.
    ///
    /// Spawned directly with every descriptor above stderr closed: `new-session` forks the tmux server,
    /// which would otherwise keep this process's pipes open for ever.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("azad-tmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        TmuxSession.closeOnExec()
        // Test threads block and ignore signals; the tmux server (and azad under it) must start with the
        // defaults, or it never reaps its children and azad never sees SIGINT.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Timeout(description: "could not run tmux: error \(spawned)") }
        var status: Int32 = 0
        // Foundation may reap the child first (ECHILD): either way it has ended.
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Marks every descriptor above stderr close-on-exec, so that no spawned process inherits them.
    static func closeOnExec() {
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for name in descriptors {
            guard let descriptor = Int32(name), descriptor > 2 else { continue }
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    /// Sends tmux key names (`j`, `Enter`, `Escape`, `PageDown`, `C-c`…).
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }

    /// Sends text as typed, byte for byte (escape sequences included).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

    /// A mouse report as tmux's terminal description asks for (X10: `ESC [ M` and three bytes of
    /// button, column and row, each offset by 32; `button` 0 left, 3 release, 32 drag, 64/65 wheel).
    func mouse(button: Int, column: Int, row: Int, release: Bool = false) throws {
        try type(Self.mouseReport(button: button, column: column, row: row, release: release))
    }

    /// An X10 mouse report, as a terminal sends it.
    static func mouseReport(button: Int, column: Int, row: Int, release: Bool = false) -> String {
        precondition(column < 94 && row < 94, "X10 mouse reports stop at 94 cells")
        let bytes = [32 + (release ? 3 : button), 33 + column, 33 + row]
        return "\u{1B}[M" + String(bytes.map { Character(UnicodeScalar(UInt8($0))) })
    }

    func click(column: Int, row: Int) throws {
        try mouse(button: 0, column: column, row: row)
        try mouse(button: 0, column: column, row: row, release: true)
    }

    /// Two clicks in one write: sent one tmux command at a time, a loaded machine can space them
    /// further apart than a double click allows.
    func doubleClick(column: Int, row: Int) throws {
        let click =
            Self.mouseReport(button: 0, column: column, row: row)
            + Self.mouseReport(button: 0, column: column, row: row, release: true)
        try type(click + click)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text, or with SGR attributes when `attributes`.
    func capture(attributes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (attributes ? ["-e"] : []))
    }

    /// A tmux format value for the pane (`#{pane_dead}`, `#{alternate_on}`…).
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen satisfies `condition`, and returns it.
    @discardableResult
    func waitFor(
        _ what: String, attributes: Bool = false, timeout: Double = 15, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout * Self.deadlineScale)
        var screen = ""
        while Date() < deadline {
            screen = try capture(attributes: attributes)
            if condition(screen) { return screen }
            usleep(30_000)
        }
        throw Timeout(description: "timed out waiting for \(what); the screen was:\n\(screen)")
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until azad has exited, and returns its exit status: the code it passed to `exit`, or
    /// 128 + N when signal N ended it, as a shell reports it.
    ///
    /// tmux marks the pane dead when the terminal closes and learns the status when it reaps the
    /// child, a moment later; the wait lasts until the status is known or the deadline passes.
    func waitForExit(timeout: Double = 15) throws -> Int {
        if recordingTerminal { return try recordedExit(timeout: timeout) }
        let deadline = Date().addingTimeInterval(timeout * Self.deadlineScale)
        while Date() < deadline {
            if let status = try deadStatus() { return status }
            usleep(30_000)
        }
        throw Timeout(description: "azad did not exit (\(try processState())); the screen was:\n\(try capture())")
    }

    /// What tmux and the kernel say of the pane's process, for a timeout's message.
    func processState() throws -> String {
        let pane = try format("dead #{pane_dead} status #{pane_dead_status} signal #{pane_dead_signal} pid #{pane_pid}")
        let pid = try format("#{pane_pid}")
        let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? "no such process"
        let wchan = (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8)) ?? ""
        return "\(pane); /proc: \(state.prefix(80)) wchan \(wchan)"
    }

    /// The exit status of azad once tmux knows it, nil while it runs or tmux has not reaped it yet.
    func deadStatus() throws -> Int? {
        let state = try format("#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}").split(
            separator: ":", omittingEmptySubsequences: false)
        guard state.count == 3, state[0] == "1" else { return nil }
        if let status = Int(state[1]) { return status }
        if let signal = Int(state[2]) { return 128 + signal }
        return try zombieStatus()
    }

    /// The exit status of the pane's process when it has exited but tmux has not reaped it: the
    /// kernel keeps it in field 52 of `/proc/PID/stat` (`exit_code`, as `waitpid` reports it) while
    /// the process is a zombie. A tmux server under the test runner can miss its child's exit for
    /// good, so this is read rather than waited for.
    func zombieStatus() throws -> Int? {
        let pid = try format("#{pane_pid}")
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // The fields after the command name in parentheses start at field 3, the state.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count >= 50, fields[0] == "Z",
            let code = Int(fields[49].trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return code & 0x7F == 0 ? (code >> 8) & 0xFF : 128 + (code & 0x7F)
    }

    /// Quits azad with `q`, sent again every half second (each one leaves one level: a pane, a
    /// dialog, the list) until it exits, and returns its exit status.
    ///
    /// The test must have left any text prompt first: there `q` is typed, not obeyed.
    func quit(timeout: Double = 15) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout * Self.deadlineScale)
        var lastSent = Date.distantPast
        while Date() < deadline {
            if recordingTerminal {
                if let status = recordedStatus() { return status }
            } else if let status = try deadStatus() {
                return status
            }
            if Date().timeIntervalSince(lastSent) > 0.5 * Self.deadlineScale, try format("#{pane_dead}") == "0" {
                try send("q")
                lastSent = Date()
            }
            usleep(30_000)
        }
        throw Timeout(description: "azad did not quit on q (\(try processState())); the screen was:\n\(try capture())")
    }

    /// Whether the terminal modes azad must give back are back: the normal screen, no mouse reporting,
    /// and, when a shell has the terminal after azad (`recordingTerminal`), a visible cursor. A pane
    /// azad leaves dead gets tmux's own "Pane is dead" line, which may leave the cursor off.
    ///
    /// The bytes that give them back can still be in the pty, unread by tmux, when the shell has seen
    /// azad exit (a loaded machine schedules the tmux server late), so the answer is waited for until
    /// `timeout` passes: true as soon as tmux shows the modes, false if it never does.
    func terminalIsRestored(timeout: Double = 5) throws -> Bool {
        let modes = "#{alternate_on}#{mouse_any_flag}#{mouse_button_flag}" + (recordingTerminal ? "#{cursor_flag}" : "")
        let restored = recordingTerminal ? "0001" : "000"
        let deadline = Date().addingTimeInterval(timeout * Self.deadlineScale)
        repeat {
            if try format(modes) == restored { return true }
            usleep(30_000)
        } while Date() < deadline
        return false
    }

    /// The row of the first line on screen that contains `text`.
    func row(of text: String) throws -> Int? {
        try capture().split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }
    }

    /// The exit status the recording shell saw (`recordingTerminal`), once azad has exited.
    func recordedExit(timeout: Double = 15) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout * Self.deadlineScale)
        while Date() < deadline {
            if let status = recordedStatus() { return status }
            usleep(20_000)
        }
        throw Timeout(description: "azad did not exit; the screen was:\n\(try capture())")
    }

    /// The status file the recording shell writes when azad has exited, nil before.
    func recordedStatus() -> Int? {
        guard let text = try? String(contentsOf: home.appendingPathComponent("status"), encoding: .utf8) else {
            return nil
        }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// `stty -g` before azad started and after it exited (`recordingTerminal`; call after `recordedExit`).
    func terminalSettings() throws -> (before: String, after: String) {
        (
            try String(contentsOf: home.appendingPathComponent("stty-before"), encoding: .utf8),
            try String(contentsOf: home.appendingPathComponent("stty-after"), encoding: .utf8)
        )
    }

    /// The process id of azad under the recording shell, once the shell has started it (`recordingTerminal`).
    func readerPID(timeout: Double = 15) throws -> pid_t {
        let deadline = Date().addingTimeInterval(timeout * Self.deadlineScale)
        while Date() < deadline {
            if let shell = Int(try format("#{pane_pid}")),
                let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8),
                let first = children.split(separator: " ").first, let pid = pid_t(first),
                (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) == "azad\n"
            {
                return pid
            }
            usleep(2_000)
        }
        throw Timeout(description: "azad did not start; the screen was:\n\(try capture())")
    }
}
