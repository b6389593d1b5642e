import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Keys during a quote selection in the reading pane: what `y` exports is the logical text.
@Suite struct SelectionKeysTests {
    static func openedReader(_ article: Article, width: Int = 40) -> Reader {
        let reader = ReaderFixture.reader(width: width, height: 30, library: FixtureLibrary([article]))
        reader.handle(.enter)
        return reader
    }

    @Test(arguments: [
        "The passes were closed for three weeks and traders waited in the valley towns while snow fell.",
        "باران امسال زود آمد و کشاورزان دره‌ها را خوشحال کرد؛ جوی‌ها پر شد و کاروان‌ها راه افتادند.",
        "دا یوه ازمایښتي لیکنه ده چې د ښار د نویو ودانیو په اړه لیکل شوې او ډېره اوږده ده.",
        "Mixed متن فارسی with English words (and brackets) 漢字 and 🙂 emoji in one paragraph here.",
    ])
    func wholeParagraphRoundTripsToLogicalText(_ text: String) throws {
        let article = Article(path: "/p.txt", title: "T", language: "fa", blocks: [Block(.paragraph, text)])
        let reader = Self.openedReader(article)
        reader.handle(.character("v"))
        #expect(reader.state.mode == .select)
        // The selection starts on the body's first line; } takes in the whole paragraph.
        #expect(reader.state.selection.map { reader.state.opened!.lines[$0.anchor].blockIndex } == 0)
        reader.handle(.character("}"))
        let effect = reader.handle(.character("y"))
        guard case .quote(let request) = effect else {
            Issue.record("no quote: \(effect)")
            return
        }
        #expect(request.text == text)
        #expect(request.blockIndices == [0])
    }

    @Test func verseKeepsItsLineBreaks() {
        let verse = "نخستین مصراع\tمصراع دوم\nمصراع سوم\tمصراع چهارم"
        let article = Article(path: "/v.txt", title: "T", language: "fa", blocks: [Block(.verse, verse)])
        let reader = Self.openedReader(article, width: 80)
        reader.handle(.character("v"))
        reader.handle(.character("j"))
        guard case .quote(let request) = reader.handle(.character("y")) else {
            Issue.record("no quote")
            return
        }
        #expect(request.text == verse)
    }

    @Test func escapeCancelsTheSelection() {
        let reader = Self.openedReader(FixtureLibrary.standard[1])
        reader.handle(.character("v"))
        reader.handle(.character("j"))
        reader.handle(.escape)
        #expect(reader.state.mode == .browse)
        #expect(reader.state.selection == nil)
    }

    @Test func lineSelectionIsHighlighted() {
        let reader = Self.openedReader(FixtureLibrary.standard[1])
        reader.handle(.character("V"))
        reader.handle(.character("j"))
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let rows = (0..<grid.height).filter { row in grid[row, grid.width - 1].style == .selection }
        #expect(rows.count == 2)
    }

    @Test func paragraphSelectionIsHighlightedWhole() throws {
        let reader = Self.openedReader(FixtureLibrary.standard[1])
        reader.handle(.character("v"))
        reader.handle(.character("j"))
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let rows = (0..<grid.height).filter { row in grid[row, grid.width - 1].style == .selection }
        // The first paragraph, the blank line after it and the heading below.
        let opened = try #require(reader.state.opened)
        let lines = opened.lines.indices.filter { [0, 1].contains(opened.lines[$0].blockIndex) }
        #expect(rows.count == lines.count + 1)
        #expect(lines.count >= 3)
    }
}
