import Foundation
import Testing

/// The table of exit statuses in docs/hardening.md, held against the binary: each row's example runs
/// and ends with the row's status, and so do other commands of the same kind.
@Suite("Exit statuses as docs/hardening.md lists them", .serialized)
struct ExitStatusTests {
    static let page = AzadProcess.packageRoot.appendingPathComponent("docs/hardening.md")

    /// The table's rows, status to the example in its third column (the text between backticks).
    static func rows() throws -> [String: String] {
        let text = try String(contentsOf: page, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Exit statuses\n").dropFirst().first)
        var rows: [String: String] = [:]
        for line in section.split(separator: "\n").prefix(while: { !$0.hasPrefix("## ") }) where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3, cells[0].first?.isNumber == true else { continue }
            rows[cells[0]] = cells[2].split(separator: "`", omittingEmptySubsequences: false).dropFirst().first.map(
                String.init)
        }
        return rows
    }

    /// Runs `words` (after `azad`) from the package root, `CACHE` standing for a scratch cache folder.
    static func run(_ words: [String], scratch: ScratchFolder) throws -> AzadProcess.Result {
        let arguments = words.map { $0 == "CACHE" ? scratch.file("cache").path : $0 }
        return try AzadProcess.run(
            arguments,
            environment: ["XDG_DATA_HOME": scratch.file("data").path, "XDG_CONFIG_HOME": scratch.file("config").path],
            currentDirectory: AzadProcess.packageRoot)
    }

    /// The example of the row for `status`, run.
    static func example(_ status: String, scratch: ScratchFolder) throws -> AzadProcess.Result {
        let example = try #require(try rows()[status], "no row for \(status) in docs/hardening.md")
        let words = example.split(separator: " ").map(String.init)
        try #require(words.first == "azad", "\(example)")
        return try run(Array(words.dropFirst()), scratch: scratch)
    }

    @Test("0: done, also when nothing matches")
    func done() throws {
        let scratch = ScratchFolder()
        let example = try Self.example("0", scratch: scratch)
        #expect(example.status == 0)
        #expect(example.stderr == "azad: no articles match\n")
        let feed = ["--feed", "sample-feed", "--cache-dir", "CACHE"]
        for words in [["list", "--limit", "2"] + feed, ["search", "کابل"] + feed, ["themes"], ["version"]] {
            let result = try Self.run(words, scratch: scratch)
            #expect(result.status == 0, "\(words): \(result.stderr)")
        }
    }

    @Test("1: the command failed on a feed, file, cache or configuration")
    func failed() throws {
        let scratch = ScratchFolder()
        let example = try Self.example("1", scratch: scratch)
        #expect(example.status == 1)
        #expect(example.stderr == "azad: /etc/passwd: a file, not a folder: a feed is a folder of text exports\n")
        let missing = scratch.file("نیست.txt").path
        for words in [["show", missing], ["sync", "--feed", missing], ["list", "--config", missing]] {
            let result = try Self.run(words + ["--cache-dir", "CACHE"], scratch: scratch)
            #expect(result.status == 1, "\(words): \(result.stderr)")
            #expect(result.stderr.hasPrefix("azad: ") && result.stderr.filter { $0 == "\n" }.count == 1)
        }
    }

    @Test("2: the command line is wrong")
    func usage() throws {
        let scratch = ScratchFolder()
        let example = try Self.example("2", scratch: scratch)
        #expect(example.status == 2)
        #expect(example.stderr.hasPrefix("azad: unknown language xx; the known ones are ar (Arabic), "))
        for words in [["frobnicate"], ["list", "--limit", "-1"], ["show"], ["list", "--no-such-option"]] {
            let result = try Self.run(words, scratch: scratch)
            #expect(result.status == 2, "\(words): \(result.stderr)")
            #expect(result.stderr.hasPrefix("azad: ") && result.stderr.filter { $0 == "\n" }.count == 1)
        }
    }

    @Test("128+N: the reader ended by signal N", arguments: [("TERM", SIGTERM), ("HUP", SIGHUP)])
    func signalled(name: String, number: Int32) throws {
        #expect(try Self.rows()["128+N"]?.hasPrefix("azad read") == true)
        let scratch = ScratchFolder()
        let sampleFeed = AzadProcess.packageRoot.appendingPathComponent("sample-feed").path
        let session = try TmuxSession(
            ["read", "--feed", sampleFeed, "--cache-dir", scratch.file("cache").path], recordingTerminal: true)
        let pid = try session.readerPID()
        try session.waitFor("the article list", ReaderHardeningTests.readerIsUp)
        #expect(kill(pid, number) == 0)
        #expect(try session.recordedExit() == 128 + Int(number), "SIG\(name)")
    }
}
