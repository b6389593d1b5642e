import Foundation
import Testing

/// The built `azad` on a pseudo-terminal of util-linux's `script`, every byte it writes kept.
///
/// tmux interprets what azad writes before a test can read it; `script` records the raw stream, so a
/// test can check the sequences themselves (a mode switched, a progress bar redrawn). Keys go to
/// `script`'s standard input, which it passes to the terminal.
final class ScriptRecording {
    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    let folder = ScratchFolder()
    let process = Process()
    private let input = Pipe()

    /// Starts `azad arguments` on a `width`×`height` terminal with `environment` over a clean one
    /// (its own XDG folders, `TERM=xterm-256color`, `LC_ALL=C.UTF-8`).
    init(_ arguments: [String], width: Int = 100, height: Int = 30, environment extra: [String: String] = [:]) throws {
        let home = folder.url
        let environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CACHE_HOME": home.appendingPathComponent("cache").path, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
        ].merging(extra) { $1 }
        let command =
            "stty rows \(height) cols \(width); exec env -u NO_COLOR "
            + environment.sorted { $0.key < $1.key }.map { TmuxSession.quote("\($0.key)=\($0.value)") }
            .joined(separator: " ") + " "
            + ([AzadProcess.binary.path] + arguments).map(TmuxSession.quote).joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        // -q: no start and end notes on the terminal; -e: script exits with azad's status; -f: every
        // write reaches the file at once.
        process.arguments = ["-q", "-e", "-f", "-c", command, log.path]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? input.fileHandleForWriting.close()
    }

    var log: URL { folder.file("typescript") }

    /// What azad wrote so far, without the lines `script` adds before and after it.
    func output() -> Data {
        var data = (try? Data(contentsOf: log)) ?? Data()
        // script's first line ("Script started on … [COMMAND=…]") and, once done, its last.
        if let newline = data.firstIndex(of: 0x0A) { data = data[(newline + 1)...] }
        if let done = data.range(of: Data("\nScript done on ".utf8), options: .backwards) {
            data = data[..<done.lowerBound]
        }
        return Data(data)
    }

    /// Waits until the output holds `text`, and returns the output.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> Data {
        let deadline = Date().addingTimeInterval(timeout * TmuxSession.deadlineScale)
        while Date() < deadline {
            let data = output()
            if data.range(of: Data(text.utf8)) != nil { return data }
            usleep(30_000)
        }
        throw Timeout(description: "no “\(text)” in what azad wrote: \(String(decoding: output(), as: UTF8.self))")
    }

    /// Types `text` on the terminal.
    func type(_ text: String) throws { try input.fileHandleForWriting.write(contentsOf: Data(text.utf8)) }

    /// The process id of azad, the child of `script` (it replaced the shell that set the size).
    func azadPID(timeout: Double = 15) throws -> pid_t {
        let deadline = Date().addingTimeInterval(timeout * TmuxSession.deadlineScale)
        let parent = process.processIdentifier
        while Date() < deadline {
            if let children = try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8),
                let first = children.split(separator: " ").first, let pid = pid_t(first),
                (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) == "azad\n"
            {
                return pid
            }
            usleep(5_000)
        }
        throw Timeout(description: "azad did not start under script")
    }

    /// Waits for azad to end and returns its status as `script -e` reports it (128 + N for signal N).
    func waitForExit(timeout: Double = 15) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout * TmuxSession.deadlineScale)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        guard !process.isRunning else { throw Timeout(description: "script and azad did not exit") }
        return Int(process.terminationStatus)
    }

    /// Where `sequence` first occurs in `data`, nil when it does not.
    static func offset(of sequence: String, in data: Data) -> Int? {
        data.range(of: Data(sequence.utf8)).map { $0.lowerBound - data.startIndex }
    }

    /// Where `sequence` last occurs in `data`, nil when it does not.
    static func lastOffset(of sequence: String, in data: Data) -> Int? {
        data.range(of: Data(sequence.utf8), options: .backwards).map { $0.lowerBound - data.startIndex }
    }
}
