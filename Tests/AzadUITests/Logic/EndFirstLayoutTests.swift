import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// `G` in a long article lays out its end alone: the pane shows the same last lines a whole layout
/// would, the lines between are an estimate, and as layout goes on from the top and from the tail
/// up, every line ends up the whole layout's, the view kept on its lines.
@Suite struct EndFirstLayoutTests {
    /// About 2 MB of paragraphs in Persian, English, Pashto, CJK and emoji, headings and verse among them.
    static let article = ProgressiveLayoutTests.longArticle(paragraphs: 24_000)

    /// The pane's rows as text: what the screen shows of the article.
    static func rows(_ opened: OpenArticle) -> [String] {
        opened.scroll.visibleRows.map { opened.lines[$0].line.text }
    }

    @Test("the article is long enough to lay out its end first")
    func articleIsLong() {
        let bytes = Self.article.blocks.reduce(0) { $0 + $1.text.utf8.count + 1 }
        #expect(bytes > 2 * ReaderLogic.endFirstBytes)
    }

    @Test("G shows the whole layout's last lines without laying out what lies between", arguments: [60, 100])
    func endShowsTheLastLines(width: Int) throws {
        let reader = ProgressiveLayoutTests.openedReader(Self.article, width: width)
        reader.perform(.bottom)
        let opened = try #require(reader.state.opened)
        let whole = ArticleLayout.lines(for: Self.article, width: opened.layoutWidth)
        #expect(opened.lines.hasGap)
        #expect(!opened.isComplete)
        #expect(opened.lines.head.count + opened.lines.tail.count < whole.count / 20)
        #expect(opened.scroll.top == opened.scroll.maxTop)
        #expect(opened.cursor == opened.lines.count - 1)
        let shown = Self.rows(opened)
        #expect(shown == whole.suffix(shown.count).map(\.line.text))
        #expect(ReadingPaneView.position(of: opened) == "End")
        // The estimate is near the truth: the scroll bar is about right.
        #expect(abs(opened.lines.count - whole.count) < whole.count / 10)
    }

    /// A reader on the article laid out whole before any key: what every key must show.
    static func wholeReader(width: Int = 100) -> Reader {
        let reader = ProgressiveLayoutTests.openedReader(article, width: width)
        while reader.continueLayout() {}
        return reader
    }

    @Test("layout between keys closes the gap: the lines become the whole layout and the view stays put")
    func continuingLayoutMakesTheNumbersExact() throws {
        let reader = ProgressiveLayoutTests.openedReader(Self.article)
        let reference = Self.wholeReader()
        for operation in [Operation.bottom, .pageUp, .pageUp, .pageUp] {
            reader.perform(operation)
            reference.perform(operation)
        }
        let before = Self.rows(try #require(reader.state.opened))
        #expect(before == Self.rows(try #require(reference.state.opened)))
        var slices = 0
        while reader.continueLayout() { slices += 1 }
        let opened = try #require(reader.state.opened)
        let whole = ArticleLayout.lines(for: Self.article, width: opened.layoutWidth)
        #expect(slices > 10)
        #expect(!opened.lines.hasGap)
        #expect(opened.isComplete)
        #expect(Array(opened.lines) == whole)
        #expect(opened.scroll.count == whole.count)
        #expect(Self.rows(opened) == before)
        #expect(opened.scroll == reference.state.opened?.scroll)
    }

    @Test("at the end, the slices between keys keep the view at the end and the cursor on the last line")
    func endStaysTheEnd() throws {
        let reader = ProgressiveLayoutTests.openedReader(Self.article)
        reader.perform(.bottom)
        let shown = Self.rows(try #require(reader.state.opened))
        for _ in 0..<20 {
            #expect(reader.continueLayout())
            let opened = try #require(reader.state.opened)
            #expect(opened.lines.hasGap)
            #expect(opened.scroll.top == opened.scroll.maxTop)
            #expect(opened.cursor == opened.lines.count - 1)
            #expect(Self.rows(opened) == shown)
            #expect(ReadingPaneView.position(of: opened) == "End")
        }
    }

    @Test("scrolling up from the end lays out the blocks above the tail, each screen the whole layout's")
    func scrollingUpFromTheEnd() throws {
        let reader = ProgressiveLayoutTests.openedReader(Self.article, width: 80)
        let reference = Self.wholeReader(width: 80)
        reader.perform(.bottom)
        reference.perform(.bottom)
        for _ in 1...40 {
            reader.perform(.pageUp)
            reference.perform(.pageUp)
            let opened = try #require(reader.state.opened)
            let whole = try #require(reference.state.opened)
            // Counted from the end, the screen and the cursor are where the whole layout has them.
            #expect(opened.lines.count - opened.scroll.top == whole.lines.count - whole.scroll.top)
            #expect(opened.lines.count - opened.cursor == whole.lines.count - whole.cursor)
            #expect(Self.rows(opened) == Self.rows(whole))
        }
        #expect(try #require(reader.state.opened).lines.hasGap)
    }

    @Test("{ past the tail's top lays out the paragraphs above; } and v still work", arguments: [150, 600])
    func paragraphKeysAcrossTheTailsTop(presses: Int) throws {
        let reader = ProgressiveLayoutTests.openedReader(Self.article)
        reader.perform(.bottom)
        let tailStart = try #require(reader.state.opened?.lines.tailStart)
        for _ in 0..<presses { reader.perform(.previousParagraph) }
        let opened = try #require(reader.state.opened)
        let block = try #require(opened.lines[opened.cursor].blockIndex)
        let whole = ArticleLayout.lines(for: Self.article, width: opened.layoutWidth)
        // The cursor is on the first line of its block, as in the whole layout.
        let first = try #require(whole.firstIndex { $0.blockIndex == block })
        #expect(opened.lines[opened.cursor] == whole[first])
        #expect(opened.lines.count - opened.cursor == whole.count - first)
        if presses > 300 { #expect(block < tailStart) }
        reader.perform(.nextParagraph)
        let next = try #require(reader.state.opened)
        #expect(next.lines[next.cursor].blockIndex.map { $0 > block } == true)
        // A selection needs every line: it lays out the rest and quotes from the whole.
        reader.perform(.startSelection)
        let selecting = try #require(reader.state.opened)
        #expect(selecting.isComplete)
        #expect(Array(selecting.lines) == ArticleLayout.lines(for: Self.article, width: selecting.layoutWidth))
        #expect(selecting.lines[reader.state.selection!.cursor].blockIndex == next.lines[next.cursor].blockIndex)
    }

    @Test("an article with less than the threshold left lays out all of it on G, as before")
    func shortRestLaysOutAll() throws {
        let reader = ProgressiveLayoutTests.openedReader(ProgressiveLayoutTests.longArticle(paragraphs: 5_000))
        reader.perform(.bottom)
        let opened = try #require(reader.state.opened)
        #expect(opened.isComplete)
        #expect(!opened.lines.hasGap)
    }
}
