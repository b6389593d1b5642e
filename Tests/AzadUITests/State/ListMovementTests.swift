import Testing

@testable import AzadUI

@Suite struct ListMovementTests {
    enum Step: Sendable { case down, up, pageDown, pageUp, first, last, scroll(Int), select(Int) }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var count: Int
        var viewport: Int
        var steps: [Step]
        var selected: Int
        var top: Int
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "down within view", count: 10, viewport: 4, steps: [.down, .down], selected: 2, top: 0),
        Case(
            name: "down past view scrolls", count: 10, viewport: 4, steps: Array(repeating: .down, count: 5),
            selected: 5, top: 2),
        Case(
            name: "down stops at end", count: 3, viewport: 4, steps: Array(repeating: .down, count: 9), selected: 2,
            top: 0),
        Case(name: "up stops at start", count: 3, viewport: 2, steps: [.up, .up], selected: 0, top: 0),
        Case(name: "page down", count: 20, viewport: 5, steps: [.pageDown], selected: 4, top: 4),
        Case(name: "page down twice", count: 20, viewport: 5, steps: [.pageDown, .pageDown], selected: 8, top: 8),
        Case(
            name: "page up back", count: 20, viewport: 5, steps: [.pageDown, .pageDown, .pageUp], selected: 4, top: 4),
        Case(name: "last and first", count: 20, viewport: 5, steps: [.last], selected: 19, top: 15),
        Case(name: "first after last", count: 20, viewport: 5, steps: [.last, .first], selected: 0, top: 0),
        Case(name: "wheel keeps selection visible", count: 20, viewport: 5, steps: [.scroll(3)], selected: 3, top: 3),
        Case(name: "wheel past end clamps", count: 20, viewport: 5, steps: [.scroll(100)], selected: 15, top: 15),
        Case(name: "select far row", count: 20, viewport: 5, steps: [.select(12)], selected: 12, top: 8),
        Case(name: "empty list", count: 0, viewport: 5, steps: [.down, .pageDown, .last], selected: 0, top: 0),
        Case(name: "viewport larger than list", count: 2, viewport: 10, steps: [.pageDown], selected: 1, top: 0),
    ]

    @Test(arguments: cases)
    func movesLikeAList(_ example: Case) {
        var movement = ListMovement(count: example.count, viewport: example.viewport)
        for step in example.steps {
            switch step {
            case .down: movement.down()
            case .up: movement.up()
            case .pageDown: movement.pageDown()
            case .pageUp: movement.pageUp()
            case .first: movement.first()
            case .last: movement.last()
            case .scroll(let rows): movement.scroll(by: rows)
            case .select(let row): movement.select(row)
            }
        }
        #expect(movement.selected == example.selected)
        #expect(movement.top == example.top)
        #expect(movement.visibleRows.contains(movement.selected) || example.count == 0)
    }

    @Test func shrinkingKeepsTheSelectionInside() {
        var movement = ListMovement(count: 30, viewport: 10)
        movement.select(25)
        movement.resize(count: 5)
        #expect(movement.selected == 4)
        #expect(movement.top == 0)
        movement.resize(viewport: 2)
        #expect(movement.visibleRows == 3..<5)
    }
}
