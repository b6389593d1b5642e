import AzadCore
import Testing

@testable import AzadUI

/// The masthead hidden and shown, and the reading width that centres the text block in a wide pane.
@Suite struct PageLayoutTests {
    @Test(arguments: [(100, 30), (130, 40), (80, 24), (200, 50)])
    func hidingTheMastheadGivesItsRowsToTheBody(width: Int, height: Int) {
        let memory = TransientReadingMemory()
        let reader = PageFixture.reader(width: width, height: height, memory: memory)
        let shown = reader.state.layout
        #expect(shown.masthead.height > 0)
        #expect(!Screen.render(reader.state, keymap: reader.keymap).lines[0].contains("articles"))
        reader.handle(.character("H"))
        let hidden = reader.state.layout
        #expect(hidden.masthead.height == 0)
        #expect(hidden.body.row == 0 && hidden.body.height == height - 1)
        let screen = Screen.render(reader.state, keymap: reader.keymap)
        #expect(screen.lines[0].contains("articles"), "\(screen.lines[0])")
        // Remembered, and restored by the next reader.
        #expect(memory.load().mastheadHidden)
        let next = PageFixture.reader(width: width, height: height, memory: memory)
        #expect(next.state.layout.masthead.height == 0)
        // `m` still switches the language, and the masthead comes back with `H`.
        next.handle(.character("m"))
        next.handle(.character("H"))
        #expect(next.state.layout.masthead.height == shown.masthead.height)
        #expect(!memory.load().mastheadHidden)
        #expect(Screen.render(next.state, keymap: next.keymap).lines.joined().contains("Afghanistan"))
    }

    /// The pane's text block: at most the reading width, centred in a wider pane; the whole pane
    /// (less its margins) with 0 or a narrower pane.
    @Test(arguments: [
        // pane width, reading width, text width, margin before the text
        (198, 80, 80, 59), (127, 80, 80, 23), (100, 80, 80, 10), (82, 80, 80, 1), (60, 80, 58, 1),
        (198, 0, 196, 1), (30, 80, 30, 0), (121, 100, 100, 10),
    ])
    func readingWidthCentresTheTextBlock(pane: Int, reading: Int, text: Int, margin: Int) {
        var layout = ScreenLayout(width: pane, height: 40, paneOnly: true)
        layout.readingWidth = reading
        #expect(layout.paneTextWidth == text)
        #expect(layout.paneMargin == margin)
    }

    /// At 200 columns the lines are at most 80 columns, in a block centred in the pane; Persian lines
    /// end at the block's right edge, English ones start at its left edge.
    @Test(arguments: [0, 1])
    func aWidePaneLaysOutAtTheReadingWidth(row: Int) throws {
        let reader = PageFixture.reader(width: 200, height: 40)
        if row == 1 { reader.handle(.character("j")) }
        reader.handle(.character("z"))
        let layout = reader.state.layout
        let opened = try #require(reader.state.opened)
        #expect(opened.layoutWidth == 80)
        let left = layout.pane.column + layout.paneMargin
        #expect(left == 60)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let rightToLeft = opened.article.language == "fa"
        var checked = 0
        for offset in 0..<layout.pane.height {
            let index = opened.scroll.top + offset
            guard opened.lines.indices.contains(index), opened.lines[index].style == .paragraph,
                opened.lines[index].line.width > 40
            else { continue }
            let text = grid.lines[layout.pane.row + offset]
            // The reading cursor's bar sits beside the block, outside it.
            let cells = Array(text).map { $0 == "▌" || $0 == "▐" ? " " : $0 }
            let first = cells.firstIndex { $0 != " " }!
            let last = cells.lastIndex { $0 != " " }!
            #expect(last - first < 80)
            if rightToLeft {
                #expect(last == left + 79, "\(text)")
            } else {
                #expect(first == left, "\(text)")
            }
            checked += 1
        }
        #expect(checked > 5)
    }
}
