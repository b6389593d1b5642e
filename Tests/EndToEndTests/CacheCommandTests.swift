import Foundation
import Testing

/// `azad sync`, `list`, `search` and `show` against a temporary feed and cache.
@Suite final class CacheCommandTests {
    /// Removed when the suite's instance goes, after each test: its processes have ended by then.
    let folder: TemporaryFolder
    let root: URL
    let feed: URL
    let environment: [String: String]

    init() throws {
        folder = try TemporaryFolder()
        root = folder.url
        feed = root.appendingPathComponent("feed", isDirectory: true)
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        environment = [
            "AZAD_CACHE_DIR": root.appendingPathComponent("cache").path,
            "XDG_DATA_HOME": root.appendingPathComponent("data").path,
        ]
        try write("2016/kabul.txt", "Kabul water supply\n\n02/21/2016\n\nThe reservoir level fell again this winter.\n")
        try write("2016/herat.txt", "گزارش هرات\n\n۱۳۹۴/۱۲/۰۲\n\nاین گزارش‌ها خوانده می‌شود.\n")
        try Data([0xFF, 0xFE, 0x00, 0xD8]).write(to: feed.appendingPathComponent("broken.txt"))
    }

    func write(_ name: String, _ text: String) throws {
        let url = feed.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func azad(_ arguments: [String]) throws -> AzadProcess.Result {
        try AzadProcess.run(arguments + ["--feed", feed.path], environment: environment)
    }

    @Test func syncCountsAndNamesUnreadableFiles() throws {
        let first = try azad(["sync"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 new, 0 changed, 0 removed, 1 unreadable"))
        #expect(first.stderr.contains(feed.appendingPathComponent("broken.txt").path))
        #expect(!first.stderr.contains("["), "no progress bar when stderr is not a terminal")
        let second = try azad(["sync"])
        #expect(second.stdout.contains("0 new, 0 changed, 0 removed, 1 unreadable"))
    }

    @Test func missingFeedIsNamedWithAFailingStatus() throws {
        let missing = root.appendingPathComponent("nowhere").path
        let result = try AzadProcess.run(["sync", "--feed", missing], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains(missing))
    }

    @Test func listSyncsFirstAndPrintsJSON() throws {
        let result = try azad(["list", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array.map { $0["title"] as? String } == ["Kabul water supply", "گزارش هرات"])
        for element in array {
            for key in ["id", "path", "title", "date"] { #expect(element.keys.contains(key), "\(key)") }
        }
        #expect(try azad(["list", "--limit", "1"]).stdout.split(separator: "\n").count == 1)
    }

    @Test func searchFindsAcrossSpellingsWithSnippets() throws {
        let result = try azad(["search", "میشود", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        #expect((array.first?["snippet"] as? String)?.contains("می‌شود") == true)
        for key in ["id", "path", "title", "date", "snippet"] { #expect(array.first?.keys.contains(key) == true) }
        let hostile = try azad(["search", "NEAR( \"reservoir title: OR"])
        #expect(hostile.status == 0, "\(hostile.stderr)")
        #expect(try azad(["search", "RESERVOIR"]).stdout.contains("Kabul water supply"))
    }

    @Test(arguments: [
        ("امان الله", "amanullah.txt", "امان‌الله"), ("امانالله", "amanullah.txt", "امان‌الله"),
        ("عبدالرحمن", "abdulrahman.txt", "عبد الرحمن"), ("München", "muenchen.txt", "Muenchen"),
        ("Gespraechsrunde", "gespraechsrunde.txt", "Gesprächsrunde"), ("ننگرهار", "nangarhar.txt", "ننګرهار"),
        ("اعضا", "aazaa.txt", "اعضاء"),
    ])
    func searchFindsNamesUmlautsAndPashtoWrittenEitherWay(query: String, file: String, written: String) throws {
        try write("names/amanullah.txt", "شاه و اصلاحات\n\nشاه امان‌الله اصلاحات را آغاز کرد.\n")
        try write("names/abdulrahman.txt", "امیر کابل\n\nامیر عبد الرحمن خان به کابل آمد.\n")
        try write("de/muenchen.txt", "Reise\n\nDer Zug fuhr nach Muenchen.\n")
        try write("de/gespraechsrunde.txt", "Runde\n\nDie Gesprächsrunde dauerte lange.\n")
        try write("ps/nangarhar.txt", "د ننګرهار خبرونه\n\nپه ننګرهار کې باران وشو.\n")
        try write("fa/aazaa.txt", "شورا\n\nاعضاء شورا امروز دیدار کردند.\n")
        let result = try azad(["search", query, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(
            array.compactMap { ($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } } == [file])
        #expect((array.first?["snippet"] as? String)?.contains(written) == true)
    }

    @Test func showPrintsTheLaidOutArticleByIdAndPath() throws {
        let list = try azad(["list", "--json"])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let id = try #require(array.first?["id"] as? Int)
        let byID = try azad(["show", String(id), "--width", "30"])
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(byID.stdout.contains("Kabul water supply"))
        #expect(byID.stdout.split(separator: "\n").allSatisfy { $0.count <= 30 })
        let byPath = try azad(["show", feed.appendingPathComponent("2016/kabul.txt").path, "--width", "30"])
        #expect(byPath.stdout == byID.stdout)
        #expect(try azad(["show", "999999"]).status == 1)
    }

    @Test func concurrentProcessesNeverFail() throws {
        let feedPath = feed.path
        let environment = environment
        // Every process is started before any is waited on, so all five overlap.
        let running = try [["sync"], ["sync"], ["list"], ["search", "reservoir"], ["list", "--json"]].map {
            try AzadProcess.start($0 + ["--feed", feedPath], environment: environment)
        }
        let runs = running.map { $0.wait() }
        for run in runs {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stderr.contains("locked"))
        }
    }
}
