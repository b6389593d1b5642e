import AzadCore
import Foundation
import Testing

/// `list --json` and `search --json` carry the reader's read and starred marks and the date as the
/// export wrote it; `--unread` and `--starred` filter by the marks.
@Suite("The command line: read and starred in list and search", .serialized)
struct ListReadingMarksTests {
    static let sampleFeed = AzadProcess.packageRoot.appendingPathComponent("sample-feed")

    static func azad(_ arguments: [String], scratch: ScratchFolder) throws -> AzadProcess.Result {
        try AzadProcess.run(
            arguments + ["--feed", sampleFeed.path, "--cache-dir", scratch.file("cache").path],
            environment: ["XDG_DATA_HOME": scratch.file("data").path, "XDG_CONFIG_HOME": scratch.file("config").path])
    }

    static func elements(_ result: AzadProcess.Result) throws -> [[String: Any]] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    static func paths(_ result: AzadProcess.Result) throws -> [String] {
        try elements(result).compactMap { $0["path"] as? String }
    }

    @Test(
        "every element carries dateText, read, starred and contributors among the keys it always had, sorted as they are"
    )
    func keysInOrder() throws {
        let scratch = ScratchFolder()
        let common = ["authors", "contributors", "date", "dateText", "id", "language", "path", "read"]
        for (arguments, keys) in [
            (["list", "--json", "--limit", "3"], common + ["section", "starred", "title"]),
            (["search", "Kabul", "--json"], common + ["rank", "section", "snippet", "starred", "title"]),
        ] {
            let result = try Self.azad(arguments, scratch: scratch)
            #expect(result.status == 0, "\(result.stderr)")
            // The first element's own keys, as printed: indented four spaces inside the array.
            let first = result.stdout.components(separatedBy: "\n  },\n").first ?? ""
            let printed = first.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("    \""), let end = line.dropFirst(5).firstIndex(of: "\"") else { return nil }
                return String(line[line.index(line.startIndex, offsetBy: 5)..<end])
            }
            #expect(printed == keys.sorted(), "\(first)")
            for element in try Self.elements(result) {
                #expect(element["read"] as? Bool == false)
                #expect(element["starred"] as? Bool == false)
            }
        }
    }

    @Test("dateText is the date as the export wrote it")
    func dateTextIsTheExportsWords() throws {
        let scratch = ScratchFolder()
        let list = try Self.elements(try Self.azad(["list", "--json"], scratch: scratch))
        let dated = list.filter { $0["dateText"] is String }
        #expect(!dated.isEmpty)
        for element in dated.prefix(4) {
            let path = try #require(element["path"] as? String)
            let parsed = try AzadProcess.run(["parse", "--json", path])
            let articles = try #require(
                try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String: Any]])
            let article = try #require(articles.first)
            #expect(article["dateText"] as? String == element["dateText"] as? String, "\(path)")
        }
    }

    @Test("marks set in the reading state show in list and search, and --unread and --starred filter by them")
    func marksShowAndFilter() throws {
        let scratch = ScratchFolder()
        let all = try Self.paths(try Self.azad(["list", "--json"], scratch: scratch))
        try #require(all.count >= 3)
        let state = try ReadingState(directory: scratch.file("data/azad"))
        try state.setRead(all[0], true)
        try state.setRead(all[1], true)
        try state.setStarred(all[1], true)
        try state.setStarred(all[2], true)
        let list = try Self.elements(try Self.azad(["list", "--json"], scratch: scratch))
        let marks = Dictionary(
            uniqueKeysWithValues: list.map {
                ($0["path"] as? String ?? "", [$0["read"] as? Bool, $0["starred"] as? Bool])
            })
        #expect(marks[all[0]] == [true, false])
        #expect(marks[all[1]] == [true, true])
        #expect(marks[all[2]] == [false, true])
        #expect(all.dropFirst(3).allSatisfy { marks[$0] == [false, false] })
        #expect(
            try Self.paths(try Self.azad(["list", "--json", "--unread"], scratch: scratch)) == Array(all.dropFirst(2)))
        #expect(try Self.paths(try Self.azad(["list", "--json", "--starred"], scratch: scratch)) == [all[1], all[2]])
        #expect(
            try Self.paths(try Self.azad(["list", "--json", "--starred", "--unread"], scratch: scratch)) == [all[2]])
        #expect(
            try Self.paths(try Self.azad(["list", "--json", "--unread", "--limit", "1"], scratch: scratch)) == [all[2]])
        let plain = try Self.azad(["list", "--starred"], scratch: scratch)
        #expect(plain.stdout.split(separator: "\n").count == 2)
        // The search sees the same marks, and filters the same way.
        let search = try Self.elements(try Self.azad(["search", "Kabul", "--json"], scratch: scratch))
        for hit in search {
            let path = try #require(hit["path"] as? String)
            #expect([hit["read"] as? Bool, hit["starred"] as? Bool] == marks[path], "\(path)")
        }
        let starredHits = try Self.paths(try Self.azad(["search", "Kabul", "--json", "--starred"], scratch: scratch))
        #expect(starredHits == search.compactMap { $0["path"] as? String }.filter { [all[1], all[2]].contains($0) })
        // Read marks cleared again are gone from the next listing.
        try state.setRead(all[0], false)
        #expect(try Self.paths(try Self.azad(["list", "--json", "--unread"], scratch: scratch)).first == all[0])
    }

    @Test("a filter that keeps nothing says nothing matches")
    func filterKeepingNothing() throws {
        let scratch = ScratchFolder()
        let result = try Self.azad(["list", "--json", "--starred"], scratch: scratch)
        #expect(result.status == 0)
        #expect(result.stdout == "[]\n")
        #expect(result.stderr == "azad: no articles match\n")
        // A listing never creates the reading state.
        #expect(!FileManager.default.fileExists(atPath: scratch.file("data/azad/state.sqlite").path))
    }
}
