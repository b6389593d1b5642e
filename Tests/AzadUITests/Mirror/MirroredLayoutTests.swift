import AzadCore
import Testing

@testable import AzadUI

/// The right-to-left layout is the left-to-right one reflected: the list on the right of the divider,
/// the pane on the left; masthead, body and status line span the screen as they do left to right.
@Suite struct MirroredLayoutTests {
    static let sizes: [(Int, Int)] = [(130, 30), (120, 40), (200, 50), (119, 30), (100, 30), (80, 12), (20, 6)]

    @Test(arguments: sizes)
    func everyPartIsReflected(width: Int, height: Int) {
        for (paneOnly, listOnly) in [(false, false), (true, false), (false, true)] {
            let ltr = ScreenLayout(width: width, height: height, paneOnly: paneOnly, listOnly: listOnly)
            let rtl = ScreenLayout(
                width: width, height: height, paneOnly: paneOnly, listOnly: listOnly, direction: .rightToLeft)
            #expect(rtl.masthead == ltr.masthead && rtl.status == ltr.status && rtl.body == ltr.body)
            #expect(rtl.isSideBySide == ltr.isSideBySide && rtl.isTooSmall == ltr.isTooSmall)
            for (mirrored, original) in [
                (rtl.list, ltr.list), (rtl.listHeader, ltr.listHeader), (rtl.divider, ltr.divider),
                (rtl.pane, ltr.pane),
            ] {
                #expect(mirrored.row == original.row && mirrored.height == original.height)
                #expect(mirrored.width == original.width)
                if original.width > 0 { #expect(mirrored.column == width - original.column - original.width) }
            }
            #expect(rtl.paneTextWidth == ltr.paneTextWidth)
        }
    }

    @Test(arguments: [120, 130, 160, 250])
    func sideBySideTheListIsRightOfTheDivider(width: Int) {
        let layout = ScreenLayout(width: width, height: 30, paneOnly: false, direction: .rightToLeft)
        #expect(layout.isSideBySide)
        #expect(layout.pane.column == 0)
        #expect(layout.divider.column == layout.pane.width)
        #expect(layout.list.column == layout.divider.column + 1)
        #expect(layout.list.column + layout.list.width == width)
        #expect(layout.listHeader.column == layout.list.column)
    }

    @Test func theReaderStateLaysItselfOutInItsDirection() {
        let reader = ReaderFixture.reader(.rightToLeft, width: 130, height: 30)
        #expect(reader.state.layout.direction == .rightToLeft)
        #expect(reader.state.layout.list.column > reader.state.layout.pane.column)
        #expect(ReaderFixture.reader(width: 130, height: 30).state.layout.list.column == 0)
    }
}
