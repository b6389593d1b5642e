import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The mouse in the right-to-left layout: clicks, the wheel and drags hit what is drawn under the
/// pointer — the list on the right, the pane on the left — and the same places reflected do what
/// they do left to right.
@Suite struct MirroredMouseTests {
    /// Forty articles, so that the list scrolls.
    static let library = ReaderFixture.library(titles: (1...40).map { "مقاله شماره \($0) از کابل" })

    /// `column` columns in from the list's starting edge, for `direction`.
    static func listColumn(_ reader: Reader, _ column: Int) -> Int {
        let list = reader.state.layout.list
        return reader.state.direction == .rightToLeft ? list.column + list.width - 1 - column : list.column + column
    }

    @Test(arguments: [ParagraphDirection.leftToRight, .rightToLeft], [3, 20, 45])
    func aClickOnAListRowSelectsItAndADoubleClickOpensIt(direction: ParagraphDirection, column: Int) {
        let reader = ReaderFixture.reader(direction, width: 130, height: 30, library: Self.library)
        let row = reader.state.layout.list.row + 2
        let x = Self.listColumn(reader, column)
        reader.handle(MouseEvent(.press, row: row, column: x, time: 1))
        reader.handle(MouseEvent(.release, row: row, column: x, time: 1.05))
        #expect(reader.state.list.selected == 2)
        #expect(reader.state.focus == .list)
        reader.handle(MouseEvent(.press, row: row, column: x, time: 1.2))
        #expect(reader.state.opened?.summary.path == "/feed/2.txt")
        #expect(reader.state.focus == .reader)
    }

    @Test func theLeftHalfIsThePaneRightToLeft() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 130, height: 30, library: Self.library)
        reader.handle(.enter)
        reader.handle(.tab)
        #expect(reader.state.focus == .list)
        let pane = reader.state.layout.pane
        // Column 10 is the list's left to right; here a press there is in the pane.
        reader.handle(MouseEvent(.press, row: pane.row + 3, column: 10, time: 1))
        #expect(reader.state.focus == .reader)
        #expect(reader.state.list.selected == 0)
    }

    @Test(arguments: [ParagraphDirection.leftToRight, .rightToLeft])
    func aClickOnTheDividerDoesNothing(direction: ParagraphDirection) {
        let reader = ReaderFixture.reader(direction, width: 130, height: 30, library: Self.library)
        reader.handle(.enter)
        reader.handle(.tab)
        let divider = reader.state.layout.divider
        let before = reader.state
        reader.handle(MouseEvent(.press, row: divider.row + 4, column: divider.column, time: 1))
        #expect(reader.state.focus == before.focus && reader.state.list == before.list)
        #expect(reader.state.opened?.scroll == before.opened?.scroll)
    }

    @Test func theWheelScrollsWhatIsUnderThePointer() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 130, height: 20, library: Self.library)
        reader.handle(.enter)
        let layout = reader.state.layout
        reader.handle(MouseEvent(.wheelDown, row: layout.list.row + 1, column: layout.list.column + 5))
        #expect(reader.state.list.top == 3)
        #expect(reader.state.opened?.scroll.top == 0)
        reader.handle(MouseEvent(.wheelDown, row: layout.pane.row + 1, column: layout.pane.column + 5))
        #expect(reader.state.opened?.scroll.top == 3)
        #expect(reader.state.list.top == 3)
    }

    @Test func aDragInThePaneOnTheLeftSelectsLines() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 130, height: 30, library: Self.library)
        reader.handle(.enter)
        let pane = reader.state.layout.pane
        reader.handle(MouseEvent(.press, row: pane.row, column: pane.column + 5))
        reader.handle(MouseEvent(.drag, row: pane.row + 4, column: pane.column + 5))
        reader.handle(MouseEvent(.release, row: pane.row + 4, column: pane.column + 5))
        #expect(reader.state.mode == .select)
        #expect(reader.state.selection?.lines == 0...4)
    }

    @Test func stackedTheListSpansTheScreenInBothDirections() {
        for direction in [ParagraphDirection.leftToRight, .rightToLeft] {
            let reader = ReaderFixture.reader(direction, width: 100, height: 30, library: Self.library)
            let row = reader.state.layout.list.row + 1
            reader.handle(MouseEvent(.press, row: row, column: 5, time: 1))
            #expect(reader.state.list.selected == 1)
        }
    }
}
