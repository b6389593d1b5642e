import Foundation
import Testing

/// `azad quote` against a clipboard file another program holds locked: it waits, then appends.
@Suite struct QuoteLockTests {
    /// Whether the kernel's lock table lists `pid` as waiting for a lock (`/proc/locks` marks a
    /// blocked request with `->`).
    static func isWaitingForALock(_ pid: Int32) -> Bool {
        let table = (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) ?? ""
        return table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ")
            return fields.count > 5 && fields[1] == "->" && fields[2] == "FLOCK" && fields[5] == "\(pid)"
        }
    }

    @Test(arguments: [
        (0, "held by another program\n"), (1, "یادداشت پیشین 🌧 e\u{301}\n"), (2, "漢字 \u{1}note\n"),
    ])
    func quoteWaitsForTheClipboardLockThenAppends(export index: Int, earlier: String) throws {
        let scratch = ScratchFolder()
        let export = QuoteCommandTests.exports[index]
        let article = scratch.file(export.name)
        try QuoteCommandTests.write(export.text, to: article)
        let clipboard = scratch.file("clipboard.txt")
        try QuoteCommandTests.write(earlier, to: clipboard)
        // The same lock azad takes: flock(2), exclusive, on the clipboard file itself.
        let holder = open(clipboard.path, O_WRONLY | O_APPEND | O_CLOEXEC)
        try #require(holder >= 0)
        defer { close(holder) }
        try #require(flock(holder, LOCK_EX) == 0)
        let running = try AzadProcess.start(
            ["quote", article.path, "--paragraph", "\(export.paragraph)", "--to", clipboard.path],
            environment: QuoteCommandTests.environment(scratch))
        let pid = running.process.processIdentifier
        // A positive sign that it waits: the kernel lists it as blocked on the lock.
        let deadline = Date().addingTimeInterval(15 * TmuxSession.deadlineScale)
        while !Self.isWaitingForALock(pid), running.process.isRunning, Date() < deadline { usleep(10_000) }
        #expect(Self.isWaitingForALock(pid))
        #expect(running.process.isRunning)
        #expect(try String(contentsOf: clipboard, encoding: .utf8) == earlier)
        #expect(flock(holder, LOCK_UN) == 0)
        let result = running.wait()
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: clipboard, encoding: .utf8)
        #expect(text.hasPrefix(earlier + "--- azad quote "))
        #expect(text.contains("\n\(export.expected)\n--- from\n"))
        #expect(text.hasSuffix("--- end\n\n"))
    }
}
