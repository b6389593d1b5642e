import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The mouse: clicks, double clicks by timing, the wheel, drags that select lines.
@Suite struct MouseTests {
    @Test func clickSelectsAndDoubleClickOpens() {
        let reader = ReaderFixture.reader()
        let row = reader.state.layout.list.row + 2
        reader.handle(MouseEvent(.press, row: row, column: 10, time: 1))
        reader.handle(MouseEvent(.release, row: row, column: 10, time: 1.05))
        #expect(reader.state.list.selected == 2)
        #expect(reader.state.opened == nil)
        reader.handle(MouseEvent(.press, row: row, column: 10, time: 1.2))
        #expect(reader.state.opened?.summary.path == "/feed/pashto.txt")
    }

    @Test func slowSecondClickOnlySelects() {
        let reader = ReaderFixture.reader()
        let row = reader.state.layout.list.row + 1
        reader.handle(MouseEvent(.press, row: row, column: 10, time: 1))
        reader.handle(MouseEvent(.press, row: row, column: 10, time: 3))
        #expect(reader.state.opened == nil)
    }

    @Test func wheelScrollsThePaneUnderThePointer() {
        let reader = ReaderFixture.reader(height: 24)
        reader.handle(.enter)
        let pane = reader.state.layout.pane
        reader.handle(MouseEvent(.wheelDown, row: pane.row + 1, column: 5))
        #expect(reader.state.opened?.scroll.top == 3)
        reader.handle(MouseEvent(.wheelUp, row: pane.row + 1, column: 5))
        #expect(reader.state.opened?.scroll.top == 0)
        #expect(reader.state.list.top == 0)
    }

    @Test func dragInThePaneSelectsLines() throws {
        let reader = ReaderFixture.reader(height: 30)
        reader.handle(.enter)
        let pane = reader.state.layout.pane
        reader.handle(MouseEvent(.press, row: pane.row, column: 5))
        reader.handle(MouseEvent(.drag, row: pane.row + 2, column: 5))
        reader.handle(MouseEvent(.drag, row: pane.row + 8, column: 5))
        reader.handle(MouseEvent(.release, row: pane.row + 8, column: 5))
        #expect(reader.state.mode == .select)
        #expect(reader.state.selection?.lines == 0...8)
        let effect = reader.handle(.character("y"))
        guard case .quote(let request) = effect else {
            Issue.record("y gave \(effect)")
            return
        }
        // The header lines hold no quote: the first body line starts it.
        #expect(request.text.hasPrefix("The passes were closed"))
    }

    /// Reports that come together lose their press in curses: the drag starts where it is first seen.
    @Test func aDragWithNoPressSeenStartsWhereItIsFirstSeen() {
        let reader = ReaderFixture.reader(height: 30)
        reader.handle(.enter)
        let pane = reader.state.layout.pane
        reader.handle(MouseEvent(.drag, row: pane.row + 2, column: 5))
        reader.handle(MouseEvent(.drag, row: pane.row + 5, column: 5))
        reader.handle(MouseEvent(.release, row: pane.row + 5, column: 5))
        #expect(reader.state.mode == .select)
        #expect(reader.state.selection?.lines == 2...5)
    }

    @Test func aDragFromTheListIntoThePaneSelectsNothing() {
        let reader = ReaderFixture.reader(height: 30)
        reader.handle(.enter)
        let list = reader.state.layout.list
        let pane = reader.state.layout.pane
        reader.handle(MouseEvent(.press, row: list.row + 1, column: list.column + 2))
        reader.handle(MouseEvent(.drag, row: pane.row + 2, column: pane.column + 5))
        reader.handle(MouseEvent(.release, row: pane.row + 2, column: pane.column + 5))
        #expect(reader.state.mode == .browse)
        #expect(reader.state.selection == nil)
    }
}
