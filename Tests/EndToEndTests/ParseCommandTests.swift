import Foundation
import Testing

/// `azad parse` as scripts use it: the JSON contract, the error element, the exit status.
@Suite struct ParseCommandTests {
    static let feed = AzadProcess.packageRoot.appendingPathComponent("sample-feed")
    static let keys = [
        "path", "title", "subtitle", "authors", "date", "dateText", "language", "section", "source", "blocks",
        "warnings", "contributors",
    ]

    static func sample(_ name: String) -> String { feed.appendingPathComponent(name).path }

    @Test func jsonHasEveryContractKeyForEveryFile() throws {
        let files = [
            Self.sample("2016-03-08-en-kabul-power-cuts.txt"),
            Self.sample("2016-02-21-fa-peace-talks-neighbours.txt"),
            Self.sample("2021-01-21-fa-mobile-libraries-utf16.txt"),
            Self.sample("2011-11-03-fa-poem-kabul-rain.txt"),
        ]
        let result = try AzadProcess.run(["parse", "--json"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == files.count)
        for (element, file) in zip(array, files) {
            #expect(Set(element.keys) == Set(Self.keys))
            #expect(element["path"] as? String == file)
            #expect(element["authors"] is [String])
            #expect(element["warnings"] is [String])
            let blocks = try #require(element["blocks"] as? [[String: String]])
            #expect(!blocks.isEmpty)
            for block in blocks {
                #expect(Set(block.keys) == ["kind", "text"])
                #expect(["heading", "paragraph", "verse"].contains(block["kind"] ?? ""))
            }
        }
        // Keys in the contract's order, missing values as explicit nulls.
        let first = result.stdout.components(separatedBy: "\n  },")[0]
        let positions = Self.keys.compactMap { first.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == Self.keys.count)
        #expect(positions == positions.sorted())
        #expect(array[1]["source"] is NSNull)
        #expect(array[1]["subtitle"] is NSNull)
        #expect(array[0]["date"] as? String == "2016-03-08")
        #expect(array[1]["date"] as? String == "2016-02-21")
        #expect(array[1]["dateText"] as? String == "۲ حوت ۱۳۹۴")
        #expect(array[1]["language"] as? String == "fa")
        #expect(array[2]["authors"] as? [String] == ["Helen Carter"])
        #expect(
            array[2]["contributors"] as? [[String: String]] == [
                ["name": "Helen Carter", "role": "author"], ["name": "نسرین حیدری", "role": "translator"],
            ])
        #expect((array[3]["blocks"] as? [[String: String]])?.contains { $0["kind"] == "verse" } == true)
    }

    @Test func anUnreadableFileIsAnErrorElementAndTheStatusIsNonZero() throws {
        let missing = "/nonexistent/afgazad/نامه.txt"
        let result = try AzadProcess.run(["parse", "--json", Self.sample("2014-05-12-de-herat-altstadt.txt"), missing])
        #expect(result.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect(array[0]["language"] as? String == "de")
        #expect(array[1]["path"] as? String == missing)
        #expect((array[1]["error"] as? String)?.isEmpty == false)
        #expect(array[1]["title"] == nil)
        #expect(result.stderr == "azad parse: 1 of 2 files could not be read\n")
    }

    /// The summary for a person is in the interface's language, its plural and digits too; the JSON
    /// error stays English for the programs that read it.
    @Test(
        arguments: [
            ("en", false, "  error: cannot read the file: no such file", "azad parse: 1 of 1 file could not be read\n"),
            ("fa", false, "  error: فایل خوانده نمی‌شود: چنین فایلی وجود ندارد", "azad parse: ۱ از ۱ فایل خوانده نشد\n"),
            ("ps", false, "  error: فایل نه لوستل کېږي: داسې فایل نشته", "azad parse: ۱ له ۱ فایل څخه ونه لوستل شو\n"),
            (
                "ps", true, "\"error\": \"cannot read the file: no such file\"",
                "azad parse: ۱ له ۱ فایل څخه ونه لوستل شو\n"
            ),
        ])
    func anUnreadableFileInTheInterfacesLanguage(language: String, json: Bool, error: String, summary: String) throws {
        let result = try AzadProcess.run(
            ["--ui-language=\(language)", "parse"] + (json ? ["--json"] : []) + ["/nonexistent/afgazad/نامه 🙂.txt"])
        #expect(result.status == 1)
        #expect(result.stdout.contains(error), "\(result.stdout)")
        #expect(result.stderr == summary, "\(result.stderr)")
    }

    @Test func pathsAreWrittenAsGiven() throws {
        let result = try AzadProcess.run(
            ["parse", "--json", "sample-feed/2014-05-12-de-herat-altstadt.txt", "sample-feed/missing.txt"],
            currentDirectory: AzadProcess.packageRoot)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(
            array.map { $0["path"] as? String } == [
                "sample-feed/2014-05-12-de-herat-altstadt.txt", "sample-feed/missing.txt",
            ])
        #expect(array[0]["title"] as? String == "Die Altstadt von Herat und ihre Baumeister")
    }

    @Test func aBinaryFileIsAnErrorToo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("azad-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("image.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0, 0]).write(to: binary)
        let result = try AzadProcess.run(["parse", "--json", binary.path])
        #expect(result.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect((array.first?["error"] as? String)?.contains("binary") == true)
    }

    @Test func withoutJSONASummaryPeopleRead() throws {
        let result = try AzadProcess.run(["parse", Self.sample("2024-03-12-en-returnees-crlf-page-breaks.txt")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("title: Back To A Home They Never Knew"))
        #expect(result.stdout.contains("date: 2024-03-12"))
        #expect(result.stdout.contains("section: European Languages"))
        #expect(result.stdout.contains("1 headings"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func controlCharactersInAFileNeverReachTheTerminal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("azad-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("escape.txt")
        try Data("Title \u{1B}]0;owned\u{07} here\n\nBody text.\n".utf8).write(to: file)
        let result = try AzadProcess.run(["parse", file.path])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{07}"))
        let json = try AzadProcess.run(["parse", "--json", file.path])
        #expect(!json.stdout.contains("\u{1B}"))
        #expect(json.stdout.contains("\\u001b"))
    }
}
