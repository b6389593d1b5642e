import Foundation

/// The real `azad` reader in a detached tmux session of its own (own server socket), driven with
/// `send-keys` and `resize-window` and read back with `capture-pane`.
final class TmuxSession {
    let socket = "azad-test-\(UUID().uuidString.prefix(8))"
    let name = "reader"
    let folder: ScratchFolder

    /// Starts `azad arguments` in an 80×24 (or `width`×`height`) pane, under `sh` so that what happens
    /// after it exits can be seen: `stty -g` before and after, and the exit status.
    init(_ arguments: [String], width: Int = 80, height: Int = 24, folder: ScratchFolder) throws {
        self.folder = folder
        let quoted = ([AzadProcess.binary.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
        let dir = Self.shellQuoted(folder.url.path)
        let script =
            "stty -g > \(dir)/stty-before; \(quoted) 2> \(dir)/stderr; echo \"$?\" > \(dir)/status.tmp; "
            + "stty -g > \(dir)/stty-after; mv \(dir)/status.tmp \(dir)/status; echo AZAD-EXITED; exec sleep 600"
        let environment = [
            "XDG_DATA_HOME": folder.file("data").path, "XDG_CONFIG_HOME": folder.file("config").path,
            "XDG_CACHE_HOME": folder.file("cache").path, "LC_ALL": "C.UTF-8", "TERM": "screen-256color",
        ]
        var command = ["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { command += ["-e", "\(key)=\(value)"] }
        try tmux(command + ["sh", "-c", script])
        // Titles and clipboard writes from the pane would be applied by tmux: let them, so a test can see.
        try tmux(["set-option", "-g", "set-clipboard", "on"])
        try tmux(["set-option", "-g", "allow-rename", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs one tmux command against this session's server and returns what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket, "-f", "/dev/null"] + arguments
        // A file, not a pipe: the server `new-session` starts inherits the descriptor and keeps it open,
        // so reading a pipe to its end would wait for the server to exit.
        let output = folder.file("tmux-output-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// The screen as text, one line per row.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// A tmux format value for the pane (`#{alternate_on}`, `#{pane_title}`, …).
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .newlines)
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Seconds to wait for the screen: more under a sanitizer, which slows the reader down.
    static var patience: Double { ProcessInfo.processInfo.environment["AZAD_SANITIZER"] == nil ? 20 : 120 }

    /// Waits until `condition` holds of the screen, or throws with the last screen after the deadline.
    @discardableResult
    func waitForScreen(_ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(Self.patience)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw Timeout(what: what, screen: last)
    }

    /// The reader's exit status, once it has exited (waits for it).
    func exitStatus() throws -> Int32 {
        let file = folder.file("status")
        let deadline = Date().addingTimeInterval(Self.patience)
        while Date() < deadline {
            if let text = try? String(contentsOf: file, encoding: .utf8),
                let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            usleep(50_000)
        }
        throw Timeout(what: "the reader to exit", screen: (try? screen()) ?? "")
    }

    /// The terminal settings before the reader started and after it exited.
    func terminalSettings() throws -> (before: String, after: String) {
        (
            try String(contentsOf: folder.file("stty-before"), encoding: .utf8),
            try String(contentsOf: folder.file("stty-after"), encoding: .utf8)
        )
    }

    /// The process id of the reader (the child of the pane's shell).
    func readerPID() throws -> pid_t {
        let shell = try format("#{pane_pid}")
        let deadline = Date().addingTimeInterval(Self.patience)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let first = children.split(separator: " ").first, let pid = pid_t(first) { return pid }
            usleep(20_000)
        }
        throw Timeout(what: "the reader to start", screen: (try? screen()) ?? "")
    }

    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var screen: String
        var description: String { "timed out waiting for \(what); the screen was:\n\(screen)" }
    }
}
