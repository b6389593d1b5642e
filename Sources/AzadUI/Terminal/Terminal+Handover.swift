import CNcursesw
import Foundation

/// Handing the terminal to something else and taking it back: the shell (`C-z`), a command the
/// article is piped to, a text browser. Curses' program mode is saved and the terminal given back
/// as the shell had it; afterwards the program mode, the mouse events and the bidi mode the reader
/// had are restored and the next frame draws every cell.
extension Terminal {
    /// Runs `body` with the terminal as the shell had it, then takes the terminal back; the next
    /// `draw` redraws everything (what `body` ran may have written anywhere).
    public func handOver<T>(_ body: () throws -> T) rethrows -> T {
        guard isOpen else { return try body() }
        def_prog_mode()
        mousemask(0, nil)
        Terminal.trackDrags(false)
        curs_set(1)
        endwin()
        if let exit = bidiMode.exitSequence { Terminal.writeRaw(exit) }
        defer {
            reset_prog_mode()
            if let start = bidiMode.startSequence { Terminal.writeRaw(start) }
            mousemask(mouseEvents, nil)
            dragTrackingPending = mouseEvents != 0
            curs_set(0)
            invalidate()
        }
        return try body()
    }

    /// Stops the reader as `C-z` stops a program in a shell with job control; returns once a `fg`
    /// (SIGCONT) resumes it, the terminal taken back.
    ///
    /// The whole process group stops, as a shell's job does (a browser the reader started stops with it).
    /// An orphaned process group (a reader started without job control) ignores the stop.
    public func suspend() {
        handOver {
            // Curses' own SIGTSTP handler would hand the terminal over a second time.
            let previous = signal(SIGTSTP, SIG_DFL)
            kill(0, SIGTSTP)
            // The stop is the process's, and any of its threads (a sync, the feed watch) may take
            // it after `kill` returns: curses' handler goes back only once it has been taken, which
            // is once a `fg` has resumed the process (an orphaned group never holds it pending).
            var pending = sigset_t()
            while sigpending(&pending) == 0, sigismember(&pending, SIGTSTP) == 1 { usleep(1000) }
            signal(SIGTSTP, previous)
        }
    }

    /// Writes `prompt` and waits for one key, with the terminal as the shell had it (inside
    /// `handOver`): mutt's "press a key to return" after a piped command. The key is read and dropped
    /// with whatever else it sent (an arrow key's escape sequence).
    public static func waitForKey(prompt: String) {
        writeRaw(prompt)
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var single = saved
        single.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &single.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &single)
        var byte: UInt8 = 0
        while Foundation.read(STDIN_FILENO, &byte, 1) == -1, errno == EINTR {}
        tcflush(STDIN_FILENO, TCIFLUSH)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        writeRaw("\r\n")
    }

    /// Makes `C-z` a key like any other while the reader has the terminal, so that `suspend` is a
    /// keymap row: the terminal's suspend character is switched off in curses' program mode only,
    /// and the shell's mode (restored by `endwin`) keeps it.
    func readSuspendKeyAsKey() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        // _POSIX_VDISABLE is 0 on Linux.
        withUnsafeMutableBytes(of: &settings.c_cc) { $0[Int(VSUSP)] = 0 }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 else { return }
        def_prog_mode()
    }
}
