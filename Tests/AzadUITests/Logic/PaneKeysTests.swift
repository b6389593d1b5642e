import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Keys while the reading pane has the keyboard.
@Suite struct PaneKeysTests {
    @Test func pageKeysScrollTheArticleInThePane() {
        let reader = ReaderFixture.reader(height: 24)
        reader.handle(.enter)
        let viewport = reader.state.opened!.scroll.viewport
        #expect(reader.state.opened!.scroll.count > viewport)
        reader.handle(.character(" "))
        #expect(reader.state.opened!.scroll.top == viewport - 1)
        reader.handle(.character("b"))
        #expect(reader.state.opened!.scroll.top == 0)
        reader.handle(.pageDown)
        reader.handle(.pageUp)
        #expect(reader.state.opened!.scroll.top == 0)
        reader.handle(.character("j"))
        #expect(reader.state.opened!.scroll.top == 1)
        reader.handle(.character("G"))
        #expect(reader.state.opened!.scroll.top == reader.state.opened!.scroll.maxTop)
        reader.handle(.character("g"))
        #expect(reader.state.opened!.scroll.top == 0)
    }

    @Test func matchesAreFoundAndNJumpsBetweenThem() throws {
        let reader = ReaderFixture.reader(height: 24)
        reader.handle(.character("/"))
        for character in "snow" { reader.handle(.character(character)) }
        reader.handle(.enter)
        reader.handle(.enter)
        let opened = try #require(reader.state.opened)
        #expect(opened.matches.count >= 3)
        #expect(opened.currentMatch == 0)
        reader.handle(.character("n"))
        #expect(reader.state.opened?.currentMatch == 1)
        reader.handle(.character("N"))
        reader.handle(.character("N"))
        #expect(reader.state.opened?.currentMatch == opened.matches.count - 1)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let highlighted = (0..<grid.height).contains { row in
            (0..<grid.width).contains { grid[row, $0].style == .searchMatch }
        }
        #expect(highlighted)
    }

    @Test func resizingKeepsTheTopLineOfTheArticle() {
        let reader = ReaderFixture.reader(width: 100, height: 24)
        reader.handle(.enter)
        for _ in 0..<8 { reader.handle(.character("j")) }
        let before = reader.state.opened!.lines[reader.state.opened!.scroll.top]
        reader.resize(width: 60, height: 24)
        let after = reader.state.opened!.lines[reader.state.opened!.scroll.top]
        #expect(before.blockIndex == after.blockIndex)
        reader.resize(width: 5, height: 3)
        #expect(reader.state.layout.isTooSmall)
        #expect(Screen.render(reader.state, keymap: reader.keymap).lines.joined().contains("small"))
    }
}
