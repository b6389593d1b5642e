import AzadCore
import Testing

@testable import AzadUI

@Suite struct ThemeColorCursesTests {
    @Test(arguments: [(ThemeColor.terminalDefault, Int16(-1)), (.index(0), 0), (.index(15), 15), (.index(255), 255)])
    func paletteNumbersAreWhatCursesExpects(color: ThemeColor, number: Int16) {
        #expect(color.paletteNumber == number)
    }
}
