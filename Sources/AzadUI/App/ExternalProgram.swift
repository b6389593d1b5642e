import AzadCore
import Foundation

/// Programs the reader starts: a browser for the source URL, a shell command the article is piped
/// to. Each is spawned with its arguments as given (`posix_spawnp`), never through a shell, except
/// the command the user typed for `pipe`, which is shell syntax by intent.
enum ExternalProgram {
    /// Starts `arguments[0]` (looked up in `PATH`) with the signal handling of a fresh process.
    ///
    /// - Parameters:
    ///   - input: the descriptor to give it as stdin; nil for the terminal's.
    ///   - quiet: stdin, stdout and stderr from and to `/dev/null`, in its own process group, so that
    ///     neither its output nor the terminal's Ctrl-C and `C-z` reach it (a graphical browser).
    /// - Returns: its process id, or why it could not start.
    static func spawn(_ arguments: [String], input: Int32? = nil, quiet: Bool = false) -> Result<pid_t, SpawnFailure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        } else if let input {
            posix_spawn_file_actions_adddup2(&actions, input, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The reader catches SIGINT, SIGTERM and SIGHUP itself and may block others; a child starts with the defaults.
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        if quiet {
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard error == 0 else { return .failure(SpawnFailure(program: arguments[0], code: error)) }
        return .success(pid)
    }

    /// Why a program could not start.
    struct SpawnFailure: Error, TranslatableError {
        var program: String
        var code: Int32

        var description: String { description(in: .english) }

        /// A missing program in `translation`'s language; another failure in the C library's words.
        func description(in translation: Translation) -> String {
            code == ENOENT
                ? translation.tr("{program} not found", ["program": program])
                : "\(program): \(SystemError(code).description(in: translation))"
        }
    }

    /// Waits for `pid`; its exit status, or 128 + N when signal N ended it (as a shell says).
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return -1 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Waits for `pid` on a thread of its own, so that a browser left running never becomes a zombie
    /// and the reader never waits for it.
    static func reapInBackground(_ pid: pid_t) {
        let thread = Thread { _ = wait(pid) }
        thread.stackSize = 1 << 16
        thread.start()
    }

    /// Runs `/bin/sh -c command` with `text` on its stdin, the terminal as the shell had it; returns
    /// its exit status. The text is written from another thread, so a command that reads nothing
    /// (or stops reading) cannot block the reader, and a broken pipe is an error, not a signal.
    static func runPiped(_ command: String, text: String, _ translation: Translation = .english)
        -> ExternalRun.Outcome
    {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { return .failed(SystemError(errno).description(in: translation)) }
        let (reading, writing) = (descriptors[0], descriptors[1])
        // Neither end may leak into the command (its stdin is a copy) or any later child: a copy of
        // the writing end left open would keep the command waiting for the end of its input.
        _ = fcntl(reading, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writing, F_SETFD, FD_CLOEXEC)
        let spawned = spawn(["/bin/sh", "-c", command], input: reading)
        close(reading)
        guard case .success(let pid) = spawned else {
            close(writing)
            if case .failure(let failure) = spawned { return .failed(failure.description(in: translation)) }
            return .failed(translation.tr("could not start /bin/sh"))
        }
        let written = DispatchSemaphore(value: 0)
        let writer = Thread {
            // A command that stops reading closes the pipe: the write fails with EPIPE instead of
            // killing azad. SIGPIPE from a write goes to the thread that wrote, so blocking it here
            // (not ignoring it process-wide, which another thread's pipe would undo or be hurt by)
            // is enough; a signal left pending goes with the thread.
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            var bytes = Array(text.utf8)[...]
            while !bytes.isEmpty {
                let count = bytes.withUnsafeBytes { write(writing, $0.baseAddress, $0.count) }
                if count == -1, errno == EINTR { continue }
                if count <= 0 { break }
                bytes = bytes.dropFirst(count)
            }
            close(writing)
            written.signal()
        }
        writer.start()
        let status = wait(pid)
        written.wait()
        return .exited(status)
    }
}
