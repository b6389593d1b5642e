import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The reading cursor: a paragraph marked in the pane, moved by `{` and `}`, kept on screen by
/// scrolling, put under a click and on a search match; `v` starts a selection there.
@Suite struct ReadingCursorTests {
    /// Three paragraphs in each script the reader meets, long enough to wrap at width 40.
    static let scripts: [[String]] = [
        [
            "The first paragraph opens the article and wraps over a few lines of the pane.",
            "The second paragraph follows it, and it wraps over more than one line as well.",
            "The third paragraph closes the article: it is the one a reader wants to quote.",
        ],
        [
            "بند نخست مقاله را می‌گشاید و در چند سطر پنجره شکسته می‌شود تا خواننده بخواند.",
            "بند دوم پس از آن می‌آید و آن هم در بیش از یک سطر شکسته می‌شود، (با پرانتز).",
            "بند سوم مقاله را می‌بندد: همان که خواننده می‌خواهد از آن نقل کند، با ۱۳۹۴.",
        ],
        [
            "لومړی پراګراف لیکنه پرانیزي او د کړکۍ په څو کرښو کې ماتېږي چې لوستونکی یې ولولي.",
            "دویم پراګراف ورپسې راځي او هغه هم له یوې کرښې ډېر ماتېږي، ښه ده.",
            "درېیم پراګراف لیکنه تړي: هغه چې لوستونکی یې غواړي نقل کړي.",
        ],
        [
            "漢字の段落 one 🙂 with e\u{301}te\u{301} combining marks and words enough to wrap here.",
            "第二の段落 two 👍🏽 with more words so that it wraps at forty columns as well.",
            "第三の段落 three 🇦🇫 closing the article with a flag and a few words more.",
        ],
    ]

    static func reader(_ paragraphs: [String], language: String = "en", width: Int = 40, height: Int = 30) -> Reader {
        let article = Article(
            path: "/feed/three.txt", title: "Three", language: language,
            blocks: paragraphs.map { Block(.paragraph, $0) })
        let reader = ReaderFixture.reader(width: width, height: height, library: FixtureLibrary([article]))
        reader.handle(.enter)
        return reader
    }

    static func cursorBlock(_ reader: Reader) -> Int? {
        reader.state.opened.flatMap { $0.lines[$0.cursor].blockIndex }
    }

    static func quote(_ reader: Reader) -> QuoteRequest? {
        guard case .quote(let request) = reader.handle(.character("y")) else { return nil }
        return request
    }

    @Test(arguments: scripts)
    func openingPutsTheCursorOnTheFirstParagraphAndBracesMoveIt(_ paragraphs: [String]) {
        let reader = Self.reader(paragraphs)
        #expect(Self.cursorBlock(reader) == 0)
        reader.handle(.character("}"))
        #expect(Self.cursorBlock(reader) == 1)
        reader.handle(.character("}"))
        #expect(Self.cursorBlock(reader) == 2)
        reader.handle(.character("}"))
        #expect(Self.cursorBlock(reader) == 2)
        #expect(reader.state.message == "the last paragraph")
        reader.handle(.character("{"))
        #expect(Self.cursorBlock(reader) == 1)
        // The cursor sits on its paragraph's first line.
        let opened = reader.state.opened!
        #expect(opened.lines[opened.cursor - 1].blockIndex != 1)
    }

    @Test(arguments: scripts)
    func twoBracesThenVAndYQuoteTheThirdParagraphAlone(_ paragraphs: [String]) throws {
        let reader = Self.reader(paragraphs)
        reader.handle(.character("}"))
        reader.handle(.character("}"))
        reader.handle(.character("v"))
        #expect(reader.state.mode == .select)
        let request = try #require(Self.quote(reader))
        #expect(request.text == paragraphs[2])
        #expect(request.blockIndices == [2])
        #expect(reader.state.mode == .browse)
        // The cursor stays on the paragraph quoted.
        #expect(Self.cursorBlock(reader) == 2)
    }

    @Test func oSwapsTheEndsSoBraceExtendsTheOtherWay() throws {
        let paragraphs = Self.scripts[1]
        let reader = Self.reader(paragraphs, language: "fa")
        reader.handle(.character("}"))
        reader.handle(.character("v"))
        reader.handle(.character("}"))
        reader.handle(.character("o"))
        reader.handle(.character("{"))
        let request = try #require(Self.quote(reader))
        #expect(request.blockIndices == [0, 1, 2])
        #expect(request.text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func afterOTheAnchorIsTheEndThatStays() throws {
        let paragraphs = Self.scripts[0]
        let reader = Self.reader(paragraphs)
        reader.handle(.character("v"))
        reader.handle(.character("}"))
        reader.handle(.character("o"))
        // The free end is now paragraph 1: moving it down past paragraph 2 leaves paragraph 2 alone.
        reader.handle(.character("}"))
        let request = try #require(Self.quote(reader))
        #expect(request.text == paragraphs[1])
    }

    @Test func jAndKStepByParagraphInAParagraphSelectionAndByLineInALineSelection() throws {
        let paragraphs = Self.scripts[0]
        let reader = Self.reader(paragraphs)
        reader.handle(.character("v"))
        reader.handle(.character("j"))
        #expect(StatusLineView.selectedCount(reader.state) == "2 paragraphs")
        let both = try #require(Self.quote(reader))
        #expect(both.blockIndices == [0, 1])
        reader.handle(.character("{"))
        reader.handle(.character("V"))
        reader.handle(.character("j"))
        #expect(StatusLineView.selectedCount(reader.state) == "2 lines")
        let lines = try #require(Self.quote(reader))
        #expect(lines.blockIndices == [0])
        #expect(paragraphs[0].hasPrefix(lines.text) && lines.text.count < paragraphs[0].count)
    }

    @Test func theSelectionKeyOfTheOtherUnitSwitchesAndItsOwnCancels() {
        let reader = Self.reader(Self.scripts[0])
        reader.handle(.character("v"))
        reader.handle(.character("V"))
        #expect(reader.state.selection?.unit == .line)
        reader.handle(.character("v"))
        #expect(reader.state.selection?.unit == .block)
        reader.handle(.character("v"))
        #expect(reader.state.mode == .browse)
        #expect(reader.state.selection == nil)
        #expect(reader.state.message == "selection cancelled")
    }

    @Test func scrollingKeepsTheCursorOnScreenAndOnAParagraph() {
        let long = (1...12).map { "Paragraph \($0) of a long article, written to wrap over two lines at forty." }
        let reader = Self.reader(long, height: 16)
        for _ in 0..<25 {
            reader.handle(.character("j"))
            let opened = reader.state.opened!
            #expect(opened.scroll.visibleRows.contains(opened.cursor))
            #expect(opened.lines[opened.cursor].blockIndex != nil)
        }
        reader.handle(.character(" "))
        reader.handle(.character("G"))
        let opened = reader.state.opened!
        #expect(opened.scroll.visibleRows.contains(opened.cursor))
        reader.handle(.character("g"))
        #expect(Self.cursorBlock(reader) == 0)
    }

    @Test func aClickPutsTheCursorUnderThePointer() throws {
        let reader = Self.reader(Self.scripts[0])
        let opened = reader.state.opened!
        let line = try #require(opened.lines.firstIndex { $0.blockIndex == 2 }) + 1
        let pane = reader.state.layout.pane
        reader.handle(MouseEvent(.press, row: pane.row + line - opened.scroll.top, column: pane.column + 3, time: 1))
        reader.handle(MouseEvent(.release, row: pane.row + line - opened.scroll.top, column: pane.column + 3, time: 1))
        #expect(reader.state.opened?.cursor == line)
        #expect(Self.cursorBlock(reader) == 2)
        reader.handle(.character("v"))
        #expect(try #require(Self.quote(reader)).blockIndices == [2])
    }

    @Test func aSearchMatchPutsTheCursorOnIt() throws {
        let reader = ReaderFixture.reader(width: 100, height: 30)
        reader.handle(.character("/"))
        for character in "markets" { reader.handle(.character(character)) }
        reader.handle(.enter)
        reader.handle(.enter)
        let opened = try #require(reader.state.opened)
        let match = try #require(
            opened.currentMatch.flatMap { ReaderLogic.line(of: opened.matches[$0], in: opened.lines) })
        #expect(opened.cursor == match)
        #expect(opened.lines[match].line.text.contains("markets"))
    }

    @Test(arguments: [("en", "▌", false), ("fa", "▐", true)])
    func theCursorIsABarInTheMarginOnItsParagraphsSide(language: String, bar: String, rightToLeft: Bool) {
        let paragraphs = language == "fa" ? Self.scripts[1] : Self.scripts[0]
        let reader = Self.reader(paragraphs, language: language)
        reader.handle(.character("}"))
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let pane = reader.state.layout.pane
        let column = rightToLeft ? pane.column + pane.width - 1 : pane.column
        let opened = reader.state.opened!
        let marked = (pane.row..<(pane.row + pane.height)).filter { grid[$0, column].text == bar }
        let expected = opened.lines.indices.filter { opened.lines[$0].blockIndex == 1 }
            .map { pane.row + $0 - opened.scroll.top }
        #expect(marked == expected)
        #expect(expected.count >= 2)
    }

    @Test(arguments: scripts)
    func aResizeKeepsTheCursorOnItsParagraph(_ paragraphs: [String]) {
        let reader = Self.reader(paragraphs, width: 60)
        reader.handle(.character("}"))
        reader.handle(.character("}"))
        reader.resize(width: 44, height: 30)
        #expect(reader.state.opened?.layoutWidth != 58)
        #expect(Self.cursorBlock(reader) == 2)
    }
}
