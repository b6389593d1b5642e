import Testing

@testable import AzadCore

@Suite struct BodyBuilderTests {
    static func blocks(_ body: String) throws -> [Block] {
        try ExportParser.parse(text: Fixture.masthead() + "\n\nTitle\n\n2016-02-21\n\n" + body, path: "body.txt").blocks
    }

    @Test(arguments: [
        ("OBAMA AND PUTIN TO TALK", true), ("LE DÉFI DE L'EAU", true), ("WHAT COMES NEXT?", true),
        ("Obama And Putin To Talk", false), ("NATO", true),
        ("THIS IS A SENTENCE IN CAPITALS THAT GOES ON AND ON FOREVER AND EVER.", false),
        ("صلح", false), ("AB", false), ("UN ✅ US", true),
    ])
    func capsHeadings(line: String, heading: Bool) {
        #expect(BodyBuilder.isCapsHeading(line) == heading)
    }

    @Test func hardWrapsJoinAndHeadingsSplitOff() throws {
        let body =
            "WHAT HAPPENED\nThe first line of the paragraph\nand its second line.\n\nAnother paragraph, one line."
        #expect(
            try Self.blocks(body) == [
                Block(.heading, "WHAT HAPPENED"),
                Block(.paragraph, "The first line of the paragraph and its second line."),
                Block(.paragraph, "Another paragraph, one line."),
            ])
    }

    @Test func persianWrapsJoinWithASpaceAndZWNJWithout() throws {
        let body = "این جمله در دو خط آمده است و باید\nبا یک فاصله به هم بپیوندد.\n\nکتاب\u{200C}\nها را بخوان."
        #expect(
            try Self.blocks(body) == [
                Block(.paragraph, "این جمله در دو خط آمده است و باید با یک فاصله به هم بپیوندد."),
                Block(.paragraph, "کتاب\u{200C}ها را بخوان."),
            ])
    }

    @Test func longLinesWithoutBlankLinesAreParagraphsOfTheirOwn() throws {
        let first = String(repeating: "A long sentence that is a paragraph on one line. ", count: 4) + "End."
        let second = String(repeating: "Another long line that is its own paragraph too. ", count: 4) + "Done."
        #expect(try Self.blocks(first + "\n" + second) == [Block(.paragraph, first), Block(.paragraph, second)])
    }

    @Test func listItemsStayApart() throws {
        let body = "- first item of the list\n- second item, which wraps\n  onto another line\n- third item"
        #expect(
            try Self.blocks(body).map(\.text) == [
                "- first item of the list", "- second item, which wraps onto another line", "- third item",
            ])
    }

    @Test func shortPersianLinesAreVerseAndTabsSplitHalves() throws {
        let body = "ز کوه آمد باد بهاری\nبه دشت افتاد بوی یاری\n\nنیمه نخست\t\tنیمه دوم\nمصراع سوم    مصراع چهارم"
        let blocks = try Self.blocks(body)
        #expect(
            blocks == [
                // A couplet written one hemistich per line: paired, a tab between.
                Block(.verse, "ز کوه آمد باد بهاری\tبه دشت افتاد بوی یاری"),
                Block(.verse, "نیمه نخست\tنیمه دوم\nمصراع سوم\tمصراع چهارم"),
            ])
    }

    @Test func controlCharactersAndEmojiSurviveUntouched() throws {
        let body = "A paragraph with an emoji 🌸, a combining e\u{301}, CJK 北京 and an escape \u{1B}[31m kept as data."
        #expect(try Self.blocks(body) == [Block(.paragraph, body)])
    }
}
