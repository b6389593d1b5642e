import Foundation
import Testing

/// `azad parse --json` on PDF-to-text output: the same header as the clean export, no bidi control left.
@Suite struct PdftotextParseCommandTests {
    static let fixtures = AzadProcess.packageRoot.appendingPathComponent("Tests/AzadCoreTests/Fixtures/pdftotext")

    static func files(in folder: String) throws -> [String] {
        let url = fixtures.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { url.appendingPathComponent($0).path }
    }

    @Test func damagedExportsParseLikeTheirCleanOnes() throws {
        let clean = try Self.files(in: "clean")
        let damaged = try ["extracted", "layout", "variants"].flatMap { try Self.files(in: $0) }
        #expect(clean.count >= 5 && damaged.count == clean.count * 6)
        let result = try AzadProcess.run(["parse", "--json"] + clean + damaged)
        #expect(result.status == 0, "\(result.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == clean.count + damaged.count)
        let header = { (element: [String: Any]) -> [String] in
            ["title", "date", "dateText", "language", "section"].map { "\(element[$0] ?? "")" }
                + ((element["authors"] as? [String]) ?? ["no authors"])
        }
        var cleanHeaders: [String: [String]] = [:]
        for element in array.prefix(clean.count) {
            let path = try #require(element["path"] as? String)
            cleanHeaders[URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent] = header(element)
        }
        let controls = try Regex("[\u{202A}-\u{202E}\u{2066}-\u{2069}]")
        for element in array.dropFirst(clean.count) {
            let path = try #require(element["path"] as? String)
            let name = try #require(URL(fileURLWithPath: path).lastPathComponent.split(separator: ".").first)
            #expect(header(element) == cleanHeaders[String(name)], "\(path)")
            let title = try #require(element["title"] as? String)
            let blocks = try #require(element["blocks"] as? [[String: String]])
            #expect(title.firstMatch(of: controls) == nil, "\(path)")
            #expect(blocks.allSatisfy { ($0["text"] ?? "").firstMatch(of: controls) == nil }, "\(path)")
            let warnings = try #require(element["warnings"] as? [String])
            #expect(warnings.first?.hasPrefix("repaired PDF-to-text output") == true, "\(path)")
        }
    }
}
