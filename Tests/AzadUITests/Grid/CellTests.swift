import Testing

@testable import AzadUI

@Suite struct CellTests {
    @Test func continuationTakesNoColumns() {
        #expect(Cell.continuation.width == 0)
        #expect(Cell.blank.width == 1)
    }
}
