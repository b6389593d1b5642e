import Foundation

extension TmuxSession {
    /// This session's tmux server and every process under it (azad, the shell that records it).
    func processes() -> [pid_t] {
        let answer = (try? tmux(["display-message", "-p", "#{pid}"])) ?? ""
        guard let server = pid_t(answer.trimmingCharacters(in: .whitespacesAndNewlines)) else { return [] }
        var children: [pid_t: [pid_t]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(name), let parent = TmuxSession.status(of: pid)?.parent else { continue }
            children[parent, default: []].append(pid)
        }
        var found = [server]
        var index = 0
        while index < found.count {
            found += children[found[index]] ?? []
            index += 1
        }
        return found
    }

    /// Waits until every one of `processes` has ended (a zombie has), for `timeout` seconds at most.
    ///
    /// azad under a killed tmux server is still closing its cache for a moment, and may create the
    /// cache's folder again: the session's folders are removed only after it is gone.
    static func waitUntilEnded(_ processes: [pid_t], timeout: Double = 10) {
        let deadline = Date().addingTimeInterval(timeout * deadlineScale)
        var left = processes
        while !left.isEmpty {
            left = left.filter { status(of: $0).map { $0.state != "Z" } ?? false }
            guard !left.isEmpty else { return }
            if Date() > deadline { return }
            usleep(10_000)
        }
    }

    /// The state letter and parent of process `pid` from `/proc/PID/stat`, or nil when it is gone.
    static func status(of pid: pid_t) -> (state: Character, parent: pid_t)? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // `PID (COMMAND) STATE PPID …`: the command may hold spaces and parentheses.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 1, let state = fields[0].first, let parent = pid_t(fields[1]) else { return nil }
        return (state, parent)
    }
}
