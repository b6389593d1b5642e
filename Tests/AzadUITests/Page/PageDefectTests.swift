import AzadCore
import Testing

@testable import AzadUI

/// The status line and the pane after the keys that used to lose their place, and the hint an
/// unbound key gives.
@Suite struct PageDefectTests {
    /// After leaving an article for the list, the status line shows the list's place, not the
    /// article's `End`.
    @Test(arguments: [(100, 30), (130, 30), (80, 24)])
    func leavingAnArticleTakesItsPositionOffTheStatusLine(width: Int, height: Int) {
        let reader = ReaderFixture.reader(width: width, height: height)
        reader.handle(.enter)
        reader.handle(.character("G"))
        #expect(StatusLineView.right(reader.state).hasSuffix("End"))
        reader.handle(.escape)
        #expect(reader.state.focus == .list)
        let right = StatusLineView.right(reader.state)
        #expect(!right.contains("End") && right.hasPrefix("1/"), "\(right)")
        reader.handle(.tab)
        #expect(StatusLineView.right(reader.state).hasSuffix("End"))
    }

    /// `z` and `z` again leave the article where it was scrolled, from either pane and at any size.
    @Test(arguments: [(100, 30, 6), (130, 30, 9), (80, 24, 3), (60, 16, 11), (200, 30, 12)])
    func readingPaneOnlyTwiceKeepsTheScroll(width: Int, height: Int, down: Int) throws {
        let reader = PageFixture.reader(width: width, height: height)
        reader.handle(.enter)
        for _ in 0..<down { reader.handle(.character("j")) }
        let top = try #require(reader.state.opened?.scroll.top)
        #expect(top > 0)
        let before = try #require(reader.state.opened)
        let line = before.lines[top...].first { $0.blockIndex != nil }
        reader.handle(.character("z"))
        #expect(reader.state.paneOnly)
        reader.handle(.character("z"))
        #expect(!reader.state.paneOnly)
        let after = try #require(reader.state.opened)
        #expect(after.scroll.top > 0, "scrolled back to Top")
        #expect(after.lines[after.scroll.top...].first { $0.blockIndex != nil }?.blockIndex == line?.blockIndex)
        if after.layoutWidth == before.layoutWidth { #expect(after.scroll.top == top) }
        #expect(ReadingPaneView.position(of: after) != "Top")
    }

    /// An unbound key says once per run that `?` lists the keys; later ones say nothing.
    @Test(arguments: [Key.character("x"), .character("ش"), .character("漢"), .function(9), .control("g")])
    func anUnboundKeyHintsAtHelpOnce(key: Key) {
        let reader = ReaderFixture.reader()
        reader.handle(key)
        #expect(reader.state.message == "? for help")
        reader.handle(.character("j"))
        #expect(reader.state.message == nil)
        reader.handle(key)
        #expect(reader.state.message == nil)
    }

    /// The hint names the help key as bound.
    @Test func theHintNamesTheReboundHelpKey() throws {
        let reader = ReaderFixture.reader(keymap: try Keymap(bindings: ["help": ["F1"]]))
        reader.handle(.character("?"))
        #expect(reader.state.message == "F1 for help")
    }
}
