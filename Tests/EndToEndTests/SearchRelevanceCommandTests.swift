import AzadTestSupport
import Foundation
import Testing

/// The relevance set through the `azad` binary: `azad search QUERY --json --limit 0` on the archive.
@Suite struct SearchRelevanceCommandTests {
    /// One feed, cache and data folder for every case, synced once.
    static let setup: (ScratchFolder, [String: String]) = {
        let root = ScratchFolder.keptForTheRun()
        let feed = root.file("feed")
        try! FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try! RelevanceArchive.write(into: feed)
        let environment = ["AZAD_CACHE_DIR": root.file("cache").path, "XDG_DATA_HOME": root.file("data").path]
        let sync = try! AzadProcess.run(["sync", "--feed", feed.path], environment: environment)
        precondition(sync.status == 0, sync.stderr)
        return (root, environment)
    }()

    static func search(_ query: String) throws -> (status: Int32, names: [String], stderr: String) {
        let (root, environment) = setup
        let result = try AzadProcess.run(
            ["search", query, "--json", "--limit", "0", "--feed", root.file("feed").path], environment: environment)
        let array = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]) ?? []
        let names = array.compactMap { $0["path"] as? String }.map {
            URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent
        }
        return (result.status, names, result.stderr)
    }

    @Test(arguments: RelevanceCase.all)
    func queryFindsWhatItMust(_ item: RelevanceCase) throws {
        let result = try Self.search(item.query)
        // A query that finds nothing is no error either (`azad search` says so on stderr).
        #expect(result.status == 0, "\(result.stderr)")
        #expect(item.problems(result.names) == [])
    }

    @Test func helpListsEveryField() throws {
        let help = try AzadProcess.run(["search", "--help"])
        #expect(help.status == 0)
        for field in [
            "title:", "author:", "lang:", "section:", "year:", "after:", "before:", "is:unread", "is:starred",
        ] {
            #expect(help.stdout.contains(field), "\(field)")
        }
    }
}

extension RelevanceCase: CustomTestStringConvertible {}
