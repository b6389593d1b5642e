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

    /// The probe's keys for each crash, raised on a thread of its own by the faulting instruction.
    static let threadCrashes: [(key: String, name: String, number: Int32)] = [
        ("s", "SEGV", SIGSEGV), ("b", "BUS", SIGBUS), ("i", "ILL", SIGILL), ("t", "TRAP", SIGTRAP),
        ("f", "FPE", SIGFPE),
        ("a", "ABRT", SIGABRT),
    ]

    /// A crash on a thread other than the one that draws is handed to that one, which gives the terminal
    /// back and ends the process: the crash handler under `CrashProbe`, which crashes a new thread on a
    /// key while its first thread keeps drawing in curses.
    @Test(
        "a crash on a thread other than the one that draws ends the process, the terminal given back",
        arguments: threadCrashes)
    func crashOnAnotherThread(crash: (key: String, name: String, number: Int32)) throws {
        let session = try TmuxSession([], recordingTerminal: true, program: AzadProcess.crashProbe)
        try session.waitFor("frame 2")
        #expect(try session.format("#{alternate_on}") == "1", "the probe is on the alternate screen")
        #expect(try session.format("#{mouse_button_flag}") == "1", "the probe asks for drags")
        try session.type(crash.key)
        #expect(try session.recordedExit() == 128 + Int(crash.number), "SIG\(crash.name)")
        let settings = try session.terminalSettings()
        #expect(settings.after == settings.before, "SIG\(crash.name)")
        #expect(try session.terminalIsRestored(), "SIG\(crash.name)")
        try session.type("echoed-after-crash")
        try session.waitFor("echoed-after-crash")
    }
}
