import Testing

@testable import AzadUI

/// One movement operation, three ways of moving: a list's selection, a text's view, a selection's
/// free end.
@Suite struct ListMovementOperationTests {
    /// 20 rows seen 5 at a time, from row 4 with row 6 selected.
    static func start() -> ListMovement { ListMovement(count: 20, viewport: 5, top: 4, selected: 6) }

    @Test(arguments: [
        // operation, style, selected, top
        (Operation.down, ListMovement.Style.selecting, 7, 4), (.up, .selecting, 5, 4),
        (.pageDown, .selecting, 10, 8), (.pageUp, .selecting, 2, 0), (.top, .selecting, 0, 0),
        (.bottom, .selecting, 19, 15),
        (.down, .scrolling, 6, 5), (.up, .scrolling, 6, 3), (.pageDown, .scrolling, 8, 8),
        (.pageUp, .scrolling, 4, 0), (.top, .scrolling, 4, 0), (.bottom, .scrolling, 15, 15),
        (.down, .cursor, 7, 4), (.up, .cursor, 5, 4), (.pageDown, .cursor, 10, 6), (.pageUp, .cursor, 2, 2),
        (.top, .cursor, 0, 0), (.bottom, .cursor, 19, 15),
    ])
    func movesAsItsStyleSays(operation: Operation, style: ListMovement.Style, selected: Int, top: Int) {
        var movement = Self.start()
        let moved = movement.apply(operation, style)
        #expect(moved)
        #expect(movement.selected == selected)
        #expect(movement.top == top)
    }

    @Test(arguments: Operation.allCases.filter { ![.down, .up, .pageDown, .pageUp, .top, .bottom].contains($0) })
    func otherOperationsAreNotMovements(operation: Operation) {
        for style in [ListMovement.Style.selecting, .scrolling, .cursor] {
            var movement = Self.start()
            let moved = movement.apply(operation, style)
            #expect(!moved)
            #expect(movement == Self.start())
        }
    }

    @Test func anEmptyListStaysPut() {
        for operation in [Operation.down, .up, .pageDown, .pageUp, .top, .bottom] {
            for style in [ListMovement.Style.selecting, .scrolling, .cursor] {
                var movement = ListMovement(count: 0, viewport: 5, top: 3, selected: 2)
                let moved = movement.apply(operation, style)
                #expect(moved)
                #expect(movement.selected == 0 && movement.top == 0)
            }
        }
    }
}
