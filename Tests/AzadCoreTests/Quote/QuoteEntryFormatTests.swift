import Foundation
import Testing

@testable import AzadCore

@Suite struct QuoteEntryFormatTests {
    static let exportedAt = Date(timeIntervalSince1970: 1_795_000_000)

    /// Quoted texts that must come back byte for byte, whatever they hold.
    static let texts: [String] = [
        "Freedom of the press is not a favour granted by the powerful.",
        "ما می‌خواهیم که صدای مردم شنیده شود.",
        "ژبه د یو ولس پېژندګلوي ده، او ښځې یې ساتي.",
        "In Kabul they said \"آزادی\" (azadi) — 2016 و ۱۳۹۴ — was the word of the year.",
        "first line\nsecond line\n\nafter a blank line",
        "--- end\n--- from\n--- azad quote 2020-01-01T00:00:00Z, 1 line",
        "ends with a newline\n",
        "crlf\r\ninside\r\n",
        "tab\there, bell \u{07}, escape \u{1B}[31m, nul \u{00}",
        "漢字とかな 😀👍🏽 e\u{301}te\u{301}",
        "\u{200F}نیم‌فاصله\u{200C}\u{200D}",
    ]

    @Test(arguments: texts)
    func entryRoundTrips(text: String) throws {
        let entry = QuoteEntry(
            text: text, title: "عنوان: یک آزمون", authors: ["نویسنده اول", "Second Author"],
            date: CivilDate(year: 2016, month: 2, day: 21), solarDate: "۲ حوت ۱۳۹۴", section: "سیاسی",
            source: "http://www.example.org/a_b.html", path: "/exports/000_test.txt", language: "fa",
            exportedAt: Self.exportedAt)
        let formatted = entry.formatted()
        #expect(try QuoteEntry.parse(formatted) == [entry])
        // The quoted text is in the file byte for byte, right after the header line.
        let bytes = Array(formatted.utf8)
        let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1
        #expect(Array(bytes[headerEnd..<(headerEnd + text.utf8.count)]) == Array(text.utf8))
    }

    @Test func formatIsTheDocumentedOne() {
        let entry = QuoteEntry(
            text: "one\ntwo", title: "A title", authors: ["A. Writer"], date: CivilDate(year: 2016, month: 2, day: 21),
            section: "European Languages", source: "http://example.org/x", path: "/e/1.txt", language: "en",
            exportedAt: Self.exportedAt)
        #expect(
            entry.formatted() == """
                --- azad quote 2026-11-18T11:06:40Z, 2 lines
                one
                two
                --- from
                title: A title
                author: A. Writer
                date: 2016-02-21
                section: European Languages
                source: http://example.org/x
                file: /e/1.txt
                language: en
                --- end


                """)
    }

    @Test func attributionValuesAreKeptToOneLine() throws {
        let entry = QuoteEntry(
            text: "x", title: "two\nlines\u{2028}and\rmore", authors: ["a\nb"], exportedAt: Self.exportedAt)
        let parsed = try QuoteEntry.parse(entry.formatted())
        #expect(parsed.map(\.title) == ["two lines and more"])
        #expect(parsed.map(\.authors) == [["a b"]])
    }

    @Test func severalEntriesAndNotesBetweenThem() throws {
        let first = QuoteEntry(text: "first", title: "One", exportedAt: Self.exportedAt)
        let second = QuoteEntry(text: "دوم", title: "دو", language: "fa", exportedAt: Self.exportedAt + 60)
        let file = "a note typed by hand\n" + first.formatted() + "another note\n" + second.formatted()
        #expect(try QuoteEntry.parse(file) == [first, second])
    }

    @Test(arguments: [
        ("--- azad quote yesterday, 1 line\nx\n--- from\ntitle: t\n--- end\n", 1, "unreadable entry header"),
        ("--- azad quote 2026-11-18T11:06:40Z, 2 lines\nx\n--- from\ntitle: t\n--- end\n", 4, "expected “--- from”"),
        ("--- azad quote 2026-11-18T08:26:40Z, 1 line\nx\n--- from\ntitle: t\n", 5, "has no “--- end”"),
        ("--- azad quote 2026-11-18T08:26:40Z, 1 line\nx\n--- from\ntitle t\n--- end\n", 4, "expected “key: value”"),
        ("--- azad quote 2026-11-18T08:26:40Z, 1 line\nx\n--- from\ncolour: red\n--- end\n", 4, "unknown attribution"),
        ("--- azad quote 2026-11-18T08:26:40Z, 1 line\nx\n--- from\ndate: 21.02.2016\n--- end\n", 4, "not YYYY-MM-DD"),
        ("--- azad quote 2026-11-18T08:26:40Z, 1 line\nx\n--- from\nauthor: a\n--- end\n", 1, "has no title"),
    ])
    func malformedEntriesNameTheirLine(text: String, line: Int, message: String) {
        #expect {
            try QuoteEntry.parse(text)
        } throws: { error in
            guard let error = error as? QuoteFormatError else { return false }
            return error.line == line && error.message.contains(message)
        }
    }

    @Test(arguments: [
        ("fa", CivilDate(year: 2016, month: 2, day: 21)!, "۲ حوت ۱۳۹۴"),
        ("fa", CivilDate(year: 2026, month: 3, day: 21)!, "۱ حمل ۱۴۰۵"),
        ("ps", CivilDate(year: 2016, month: 2, day: 21)!, "۲ کب ۱۳۹۴"),
        ("ps", CivilDate(year: 2024, month: 9, day: 22)!, "۱ تله ۱۴۰۳"),
    ])
    func persianAndPashtoArticlesGetTheSolarDate(language: String, date: CivilDate, solar: String) {
        let article = Article(path: "/e/x.txt", title: "t", date: date, language: language)
        #expect(QuoteEntry(text: "x", article: article).solarDate == solar)
    }

    @Test func europeanArticlesHaveNoSolarDate() {
        let article = Article(
            path: "/e/x.txt", title: "t", date: CivilDate(year: 2016, month: 2, day: 21), language: "de")
        #expect(QuoteEntry(text: "x", article: article).solarDate == nil)
    }
}
