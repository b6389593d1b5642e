import Foundation
import Testing

@testable import AzadCore

@Suite struct ArticleJSONTests {
    static let article = Article(
        path: "/feed/a.txt", title: "صلح \"در\" گرو", subtitle: nil, authors: ["A", "ب"],
        date: CivilDate(year: 2016, month: 2, day: 21), dateText: "۲ حوت ۱۳۹۴", language: "fa", section: "سیاسی",
        source: nil, blocks: [Block(.verse, "نیم\tنیم\nline 🌸"), Block(.heading, "H\u{1B}[31m")],
        warnings: ["w"])

    @Test func writesTheContractKeysInOrderWithExplicitNulls() throws {
        let text = Self.article.json.serialized()
        let keys = [
            "path", "title", "subtitle", "authors", "date", "dateText", "language", "section", "source", "blocks",
            "warnings",
        ]
        let positions = keys.map { text.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(text.contains("\"subtitle\": null"))
        #expect(text.contains("\"source\": null"))
        #expect(text.contains("\"date\": \"2016-02-21\""))
        #expect(text.contains("\\u001b[31m"))
        #expect(text.contains("\"kind\": \"verse\""))
    }

    @Test func roundTripsThroughFoundationsParser() throws {
        let data = Data(Self.article.json.serialized().utf8)
        let decoded = try JSONDecoder().decode(Article.self, from: data)
        #expect(decoded == Self.article)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["subtitle"] is NSNull)
        #expect((object["blocks"] as? [[String: String]])?.first?["text"] == "نیم\tنیم\nline 🌸")
    }

    @Test(arguments: [JSONValue.null, .bool(true), .number(-3), .string("\u{2028}\u{0}"), .array([]), .object([])])
    func compactScalarsAreValidJSON(value: JSONValue) throws {
        let text = "[" + value.serialized(pretty: false) + "]"
        #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
    }
}
