import Foundation
import Testing

/// A crash gives the terminal back: the signals a crash raises end the reader through its C handler,
/// which restores the terminal before the signal's default action (README: "the terminal is always
/// given back … and on a crash").
///
/// Each signal is sent with `kill` to the reader in tmux, with the list up and with an article open;
/// the shell that started it then finds the settings it had (`stty -g`, echo and canonical input on),
/// the normal screen, no mouse reporting and a visible cursor.
@Suite struct ReaderCrashTmuxTests {
    /// SIGSEGV, SIGBUS, SIGILL, SIGTRAP (Swift's traps), SIGFPE and SIGABRT (`fatalError`, `abort`).
    static let crashes: [(name: String, number: Int32)] = [
        ("SEGV", SIGSEGV), ("BUS", SIGBUS), ("ILL", SIGILL), ("TRAP", SIGTRAP), ("FPE", SIGFPE), ("ABRT", SIGABRT),
    ]

    /// The local modes of a `stty -g` line (its fourth field, hexadecimal).
    static func localModes(_ settings: String) -> UInt? {
        let fields = settings.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":")
        return fields.count > 3 ? UInt(fields[3], radix: 16) : nil
    }

    /// The reader on the sample feed in a recording shell's terminal, its cache in `folder`, with its
    /// list up: the session and the reader's process id.
    static func readerUp(caching folder: ScratchFolder) throws -> (TmuxSession, pid_t) {
        let session = try TmuxSession(
            ["--feed", ReaderHardeningTests.sampleFeed, "--cache-dir", folder.file("cache").path],
            recordingTerminal: true)
        let pid = try session.readerPID()
        try session.waitFor("the article list", ReaderHardeningTests.readerIsUp)
        return (session, pid)
    }

    @Test(
        "a crash signal ends the reader with 128+signal and the terminal given back", arguments: crashes, [false, true])
    func crashRestoresTerminal(signal: (name: String, number: Int32), articleOpen: Bool) throws {
        let folder = ScratchFolder()
        let (session, pid) = try Self.readerUp(caching: folder)
        if articleOpen {
            try session.send("Enter")
            try session.waitFor("ARTICLE")
        }
        #expect(try session.format("#{alternate_on}") == "1", "the reader is on the alternate screen")
        // Button-event tracking: what makes a terminal report a drag, and what the crash must undo.
        #expect(try session.format("#{mouse_button_flag}") == "1", "the reader asks for drags")
        #expect(kill(pid, signal.number) == 0)
        #expect(try session.recordedExit() == 128 + Int(signal.number), "SIG\(signal.name)")
        let settings = try session.terminalSettings()
        #expect(settings.after == settings.before, "SIG\(signal.name)")
        let modes = try #require(Self.localModes(settings.after), "stty -g: \(settings.after)")
        #expect(modes & UInt(ECHO) != 0, "echo is on after SIG\(signal.name)")
        #expect(modes & UInt(ICANON) != 0, "canonical input is on after SIG\(signal.name)")
        #expect(try session.terminalIsRestored(), "SIG\(signal.name)")
        // Echo on means what is typed shows again, as it does at a shell prompt.
        try session.type("echoed-after-crash")
        try session.waitFor("echoed-after-crash")
    }

    /// `tgkill(2)`, which glibc has but does not show Swift: a signal to one thread of a process.
    static let signalThread = unsafeBitCast(
        dlsym(nil, "tgkill"), to: (@convention(c) (pid_t, pid_t, Int32) -> Int32)?.self)

    /// The reader's threads other than the one that draws (whose thread id is the process's) that do
    /// not block `signal` (`SigBlk` in their status): Dispatch's threads block SIGABRT, which `abort`
    /// unblocks before it raises it, so only the signals a fault raises reach them from outside.
    static func otherThreads(of pid: pid_t, taking signal: Int32) throws -> [pid_t] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task").compactMap { pid_t($0) }
            .filter { thread in
                guard thread != pid,
                    let status = try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/status", encoding: .utf8),
                    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigBlk:") }),
                    let mask = line.split(separator: "\t").last, let blocked = UInt64(mask, radix: 16)
                else { return false }
                return blocked & (1 << UInt64(signal - 1)) == 0
            }.sorted()
    }

    @Test(
        "a crash on a thread other than the one that draws ends the reader the same way",
        arguments: [("SEGV", SIGSEGV), ("ILL", SIGILL)] as [(String, Int32)])
    func crashOnAnotherThreadRestoresTerminal(name: String, number: Int32) throws {
        let signalThread = try #require(Self.signalThread, "glibc has tgkill")
        let folder = ScratchFolder()
        let (session, pid) = try Self.readerUp(caching: folder)
        let thread = try #require(
            try Self.otherThreads(of: pid, taking: number).first, "the reader has a thread besides its first")
        #expect(signalThread(pid, thread, number) == 0)
        #expect(try session.recordedExit() == 128 + Int(number), "SIG\(name) on thread \(thread)")
        let settings = try session.terminalSettings()
        #expect(settings.after == settings.before, "SIG\(name) on thread \(thread)")
        #expect(try session.terminalIsRestored(), "SIG\(name) on thread \(thread)")
        try session.type("echoed-after-crash")
        try session.waitFor("echoed-after-crash")
    }
}
