import Foundation
import Testing

/// `u` and `s` in the reader change what `list --json` says of the article: both read the same
/// reading state.
@Suite("The reader's read and starred marks in list --json", .serialized)
struct ReaderMarksListTmuxTests {
    /// `(read, starred)` of every article `list --json` prints, by path.
    static func marks(session: TmuxSession, cache: String) throws -> [String: [Bool]] {
        let result = try AzadProcess.run(
            ["list", "--json", "--feed", ReaderHardeningTests.sampleFeed, "--cache-dir", cache],
            environment: ["XDG_DATA_HOME": session.environment["XDG_DATA_HOME"] ?? "", "HOME": session.home.path])
        #expect(result.status == 0, "\(result.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: array.map {
                ($0["path"] as? String ?? "", [$0["read"] as? Bool ?? false, $0["starred"] as? Bool ?? false])
            })
    }

    /// Polls `list --json` until `check` holds of the marks, or fails at the deadline.
    static func waitForMarks(
        _ what: String, session: TmuxSession, cache: String, _ check: ([String: [Bool]]) -> Bool
    ) throws -> [String: [Bool]] {
        let deadline = Date().addingTimeInterval(15)
        var last: [String: [Bool]] = [:]
        while Date() < deadline {
            last = try marks(session: session, cache: cache)
            if check(last) { return last }
            usleep(100_000)
        }
        Issue.record("list --json never showed \(what): \(last.filter { $0.value != [false, false] })")
        return last
    }

    @Test("u marks the selected article read and s stars it, as list --json then says; u again unmarks it")
    func toggles() throws {
        let scratch = ScratchFolder()
        let cache = scratch.file("cache").path
        let session = try TmuxSession(["read", "--feed", ReaderHardeningTests.sampleFeed, "--cache-dir", cache])
        try session.waitFor("the article list", ReaderHardeningTests.readerIsUp)
        let before = try Self.marks(session: session, cache: cache)
        #expect(before.count == 15)
        #expect(before.values.allSatisfy { $0 == [false, false] })
        try session.send("u")
        let read = try Self.waitForMarks("one article read", session: session, cache: cache) {
            $0.values.filter { $0 == [true, false] }.count == 1
        }
        let path = try #require(read.first { $0.value == [true, false] }?.key)
        #expect(read.values.filter { $0 != [false, false] }.count == 1)
        try session.send("s")
        _ = try Self.waitForMarks("the article starred", session: session, cache: cache) { $0[path] == [true, true] }
        try session.send("u")
        let last = try Self.waitForMarks("the article unread", session: session, cache: cache) {
            $0[path] == [false, true]
        }
        #expect(last.values.filter { $0 != [false, false] }.count == 1)
        try session.send("q")
        _ = try session.waitForExit()
    }
}
