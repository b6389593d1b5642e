import Foundation
import Testing

/// `azad quote --paragraph` with spans: `2-3` as one entry, `1,3` as one entry each, `--stdout`
/// printing instead of appending, and spans the article does not have refused with nothing written.
@Suite struct QuoteSpanCommandTests {
    static let paragraphs = [
        "بند نخست با نیم‌فاصله: کتابخانه‌های شهر باز اند.",
        "بند دوم (با پرانتز) و عدد ۱۳۹۴ در میان.",
        "هر آن کس که دانش بیاموزد\tفرا گیرد او گنج بی‌رنج را\nدومین بیت این شعر بلند\tمصراع پایانی همان بیت",
    ]

    static func export(_ scratch: ScratchFolder) throws -> URL {
        let file = scratch.file("three-blocks.txt")
        let text =
            QuoteCommandTests.masthead + "ادبی\n\nسه بند برای نقل\n\nنویسنده: نویسنده آزمایشی\n\n۲ حوت ۱۳۹۴\n\n"
            + paragraphs.joined(separator: "\n\n") + "\n"
        try QuoteCommandTests.write(text, to: file)
        return file
    }

    @Test func aRangeIsOneEntryInLogicalOrderWithItsAttribution() throws {
        let scratch = ScratchFolder()
        let file = try Self.export(scratch)
        let result = try AzadProcess.run(
            ["quote", file.path, "--paragraph", "2-3"], environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: scratch.file("data/azad/clipboard.txt"), encoding: .utf8)
        let body = Self.paragraphs[1] + "\n\n" + Self.paragraphs[2]
        #expect(text.hasPrefix("--- azad quote "))
        #expect(text.contains(", 4 lines\n" + body + "\n--- from\ntitle: سه بند برای نقل\n"))
        #expect(text.contains("\nsolar date: ۲ حوت ۱۳۹۴\n"))
        #expect(text.components(separatedBy: "--- end\n").count == 2)
    }

    @Test func commasMakeAnEntryEach() throws {
        let scratch = ScratchFolder()
        let file = try Self.export(scratch)
        let clipboard = scratch.file("quotes.txt")
        let result = try AzadProcess.run(
            ["quote", file.path, "--paragraph", "3,1", "--to", clipboard.path],
            environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: clipboard, encoding: .utf8)
        let entries = text.components(separatedBy: "--- end\n\n").filter { !$0.isEmpty }
        #expect(entries.count == 2)
        #expect(entries[0].contains(", 2 lines\n" + Self.paragraphs[2] + "\n--- from\n"))
        #expect(entries[1].contains(", 1 line\n" + Self.paragraphs[0] + "\n--- from\n"))
        #expect(entries.allSatisfy { $0.contains("\nfile: \(file.path)\n") })
    }

    @Test func stdoutPrintsTheEntryAndWritesNothing() throws {
        let scratch = ScratchFolder()
        let file = try Self.export(scratch)
        let result = try AzadProcess.run(
            ["quote", file.path, "--paragraph", "1-2", "--stdout"], environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("--- azad quote "))
        #expect(
            result.stdout.contains(", 3 lines\n" + Self.paragraphs[0] + "\n\n" + Self.paragraphs[1] + "\n--- from\n"))
        #expect(result.stdout.hasSuffix("--- end\n\n"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("data/azad/clipboard.txt").path))
    }

    @Test(arguments: [
        ("2-9", 1, "has 3 blocks: --paragraph 2-9 is out of range"),
        ("1,4", 1, "has 3 blocks: --paragraph 1,4 is out of range"),
        ("3-2", 2, "--paragraph runs backwards at 3-2"),
        ("0-2", 2, "--paragraph counts from 1"),
        ("دو", 2, "--paragraph takes a number"),
    ])
    func aSpanTheArticleDoesNotHaveWritesNothing(span: String, status: Int32, message: String) throws {
        let scratch = ScratchFolder()
        let file = try Self.export(scratch)
        let clipboard = scratch.file("clipboard.txt")
        try QuoteCommandTests.write("earlier\n", to: clipboard)
        let result = try AzadProcess.run(
            ["quote", file.path, "--paragraph", span, "--to", clipboard.path],
            environment: QuoteCommandTests.environment(scratch))
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try String(contentsOf: clipboard, encoding: .utf8) == "earlier\n")
    }
}
