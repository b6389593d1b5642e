import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// A long article opens with only what fills the pane laid out; the rest comes a slice at a time and
/// ends up exactly the one layout of the whole article.
@Suite struct ProgressiveLayoutTests {
    /// An article of `paragraphs` paragraphs in Persian, English, Pashto, CJK and emoji, with
    /// headings and verse among them.
    static func longArticle(paragraphs: Int) -> Article {
        let texts = [
            "باد پاییزی از دره گذشت و برگ‌های زرد را تا کنار جوی آب برد.",
            "The night train stopped twice before the border, and the guards walked its length with lamps.",
            "ښوونکي ویل چې زده کړه د ټولو حق دی او هر ماشوم باید ښوونځي ته ولاړ شي.",
            "喀布尔的夜晚很安静 🌙 e\u{301}te\u{301} and a flag 🇦🇫 in one line.",
        ]
        var blocks: [Block] = []
        for index in 0..<paragraphs {
            if index % 50 == 0 { blocks.append(Block(.heading, "بخش \(index / 50 + 1)")) }
            if index % 70 == 0 { blocks.append(Block(.verse, "نخستین مصراع\tمصراع دوم\nمصراع سوم\tمصراع چهارم")) }
            blocks.append(Block(.paragraph, texts[index % texts.count] + " \(index)"))
        }
        return Article(
            path: "/feed/long.txt", title: "گزارش بسیار بلند", authors: ["مینا رحیمی"],
            date: CivilDate(year: 2020, month: 5, day: 1), language: "fa", section: "اجتماعی", blocks: blocks)
    }

    static func openedReader(_ article: Article, width: Int = 100, height: Int = 30) -> Reader {
        let reader = Reader(
            library: FixtureLibrary([article]), memory: TransientReadingMemory(), width: width, height: height)
        reader.start()
        reader.resize(width: width, height: height)
        reader.perform(.open)
        return reader
    }

    /// A reader on a 5,000-paragraph article, moved `pages` pages down from its top.
    static func readerPagedDown(_ pages: Int) -> Reader {
        let reader = openedReader(longArticle(paragraphs: 5_000))
        #expect(reader.state.focus == .reader)
        for _ in 0..<pages { reader.perform(.pageDown) }
        return reader
    }

    @Test("header and consecutive block ranges laid out apart join into the whole layout", arguments: [1, 7, 64])
    func slicesJoinIntoTheWholeLayout(sliceBlocks: Int) {
        let article = Self.longArticle(paragraphs: 300)
        var joined = ArticleLayout.lines(for: article, header: true, blocks: 0..<0, width: 70)
        for start in stride(from: 0, to: article.blocks.count, by: sliceBlocks) {
            joined += ArticleLayout.lines(
                for: article, header: false, blocks: start..<min(article.blocks.count, start + sliceBlocks), width: 70)
        }
        #expect(joined == ArticleLayout.lines(for: article, width: 70))
    }

    @Test("opening a long article lays out a screen or two, and the rest slice by slice becomes the whole")
    func openLaysOutOnlyWhatShowsThenTheRest() throws {
        let article = Self.longArticle(paragraphs: 5_000)
        let reader = Self.openedReader(article)
        let opened = try #require(reader.state.opened)
        let whole = ArticleLayout.lines(for: article, width: opened.layoutWidth)
        #expect(!opened.isComplete)
        #expect(opened.lines.count >= 2 * opened.scroll.viewport)
        #expect(opened.lines.count < whole.count / 10)
        #expect(ReadingPaneView.position(of: opened) == "Top")
        #expect(reader.isLayingOut)
        var slices = 0
        while reader.continueLayout() { slices += 1 }
        #expect(slices > 10)
        #expect(!reader.isLayingOut)
        #expect(reader.state.opened.map { Array($0.lines) } == whole)
        #expect(reader.state.opened?.scroll.count == whole.count)
    }

    @Test("moving down keeps the next screens laid out; the end lays out everything")
    func movesLayOutWhatTheyNeed() throws {
        let reader = Self.readerPagedDown(20)
        let opened = try #require(reader.state.opened)
        #expect(opened.scroll.top > 0)
        #expect(opened.lines.count >= opened.scroll.top + 2 * opened.scroll.viewport)
        #expect(!opened.isComplete)
        #expect(ReadingPaneView.position(of: opened).hasSuffix("%"))
        reader.perform(.bottom)
        let end = try #require(reader.state.opened)
        #expect(end.isComplete)
        #expect(end.scroll.top == end.scroll.maxTop)
        #expect(ReadingPaneView.position(of: end) == "End")
    }

    @Test("a resize while half laid out keeps the block on top and lays out again from the start")
    func resizeKeepsTheBlockOnTop() throws {
        let reader = Self.readerPagedDown(30)
        let before = try #require(reader.state.opened)
        let block = try #require(before.lines[before.scroll.top].blockIndex)
        reader.resize(width: 80, height: 30)
        let after = try #require(reader.state.opened)
        #expect(after.layoutWidth != before.layoutWidth)
        #expect(after.lines[after.scroll.top].blockIndex == block)
        while reader.continueLayout() {}
        #expect(
            reader.state.opened.map { Array($0.lines) }
                == ArticleLayout.lines(for: before.article, width: after.layoutWidth))
    }
}
