import Foundation
import Testing

@testable import AzadCore

/// `azad quote --paragraph` spans: parsing, and the entries a span quotes from an article.
@Suite struct ParagraphSpanTests {
    @Test(arguments: [
        ("3", [3...3], "3"), ("2-3", [2...3], "2-3"), ("2,5", [2...2, 5...5], "2,5"),
        (" 1 - 2 , 6 ", [1...2, 6...6], "1-2,6"), ("4–4", [4...4], "4"), ("۲-۳", [2...3], "2-3"),
        ("٢,٥", [2...2, 5...5], "2,5"), ("5,2", [5...5, 2...2], "5,2"), ("1-3,2", [1...3, 2...2], "1-3,2"),
    ])
    func parses(_ text: String, _ parts: [ClosedRange<Int>], _ written: String) throws {
        let span = try ParagraphSpan(text)
        #expect(span.parts == parts)
        #expect(span.description == written)
    }

    @Test(arguments: [
        ("", "takes a number"), ("0", "counts from 1"), ("3-2", "runs backwards"),
        ("a", "takes a number"), ("2-", "takes a number"), ("-2", "counts from 1"), ("-", "takes a number"),
        ("2,-3", "counts from 1"),
        ("2,,3", "takes a number"), ("2-3-4", "takes a number"),
        ("🙂", "takes a number"), ("2\u{0}", "takes a number"), ("دو", "takes a number"),
        ("漢", "takes a number"), ("1-0", "counts from 1"),
    ])
    func refuses(_ text: String, _ reason: String) {
        #expect {
            try ParagraphSpan(text)
        } throws: { error in
            "\(error)".contains(reason)
        }
    }

    static let article = Article(
        path: "/e/span.txt", title: "یک عنوان", authors: ["نویسنده"], date: CivilDate(year: 2016, month: 2, day: 21),
        language: "fa", section: "ادبی",
        blocks: [
            Block(.heading, "سرآغاز"),
            Block(.paragraph, "بند نخست با نیم‌فاصله و (پرانتز)."),
            Block(.verse, "نخستین مصراع\tمصراع دوم\nمصراع سوم\tمصراع چهارم"),
            Block(.paragraph, "English 漢字 🙂 e\u{301}te\u{301} in the last one."),
        ])

    @Test func aRangeIsOneEntryOfItsBlocksJoinedByABlankLine() throws {
        let entries = try #require(QuoteEntry.entries(try ParagraphSpan("2-3"), of: Self.article))
        #expect(entries.count == 1)
        #expect(
            entries[0].text == "بند نخست با نیم‌فاصله و (پرانتز).\n\nنخستین مصراع\tمصراع دوم\nمصراع سوم\tمصراع چهارم")
        #expect(entries[0].title == "یک عنوان")
        #expect(entries[0].solarDate == "۲ حوت ۱۳۹۴")
    }

    @Test func commasMakeOneEntryEach() throws {
        let entries = try #require(QuoteEntry.entries(try ParagraphSpan("4,1"), of: Self.article))
        #expect(entries.map(\.text) == ["English 漢字 🙂 e\u{301}te\u{301} in the last one.", "سرآغاز"])
        #expect(entries.allSatisfy { $0.path == "/e/span.txt" && $0.authors == ["نویسنده"] })
    }

    @Test(arguments: ["5", "1-5", "2,9"])
    func aBlockPastTheEndGivesNoEntries(_ text: String) throws {
        let span = try ParagraphSpan(text)
        #expect(QuoteEntry.entries(span, of: Self.article) == nil)
        #expect(span.firstOutOfRange(blockCount: 4) != nil)
    }

    @Test func severalEntriesGoInAsOneAppendAndReadBack() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("clipboard.txt")
        let entries = try #require(
            QuoteEntry.entries(
                try ParagraphSpan("1,2-3"), of: Self.article, exportedAt: Date(timeIntervalSince1970: 1_795_000_000)))
        try QuoteExporter(file: file).append(entries)
        let contents = try String(contentsOf: file, encoding: .utf8)
        #expect(contents == entries.map { $0.formatted() }.joined())
        #expect(try QuoteEntry.parse(contents) == entries)
    }

    @Test func noEntriesIsAnErrorAndWritesNothing() {
        let scratch = ScratchFolder()
        let file = scratch.file("clipboard.txt")
        #expect(throws: QuoteExportError.self) { try QuoteExporter(file: file).append([QuoteEntry]()) }
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
