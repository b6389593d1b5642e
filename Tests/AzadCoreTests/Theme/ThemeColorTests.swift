import Testing

@testable import AzadCore

@Suite struct ThemeColorTests {
    static let valid: [(String, ThemeColor)] = [
        ("default", .terminalDefault), ("black", .index(0)), ("red", .index(1)), ("white", .index(7)),
        ("bright_black", .index(8)), ("grey", .index(8)), ("Gray", .index(8)), ("bright_white", .index(15)),
        ("#ff0000", .index(196)), ("#000000", .index(16)), ("#FFFFFF", .index(231)), ("#808080", .index(244)),
        ("#5f87af", .index(67)), ("#002b36", .index(235)), ("#eeeeee", .index(255)),
    ]

    @Test(arguments: valid)
    func namesAndHexColoursParse(text: String, color: ThemeColor) {
        #expect(ThemeColor(name: text) == color)
    }

    @Test(arguments: ["purple", "#12345", "#1234567", "#gggggg", "", "قرمز", "red\u{1B}", "bright-red"])
    func otherTextIsNotAColour(text: String) {
        #expect(ThemeColor(name: text) == nil)
    }

    @Test(arguments: 0...255)
    func everyPaletteColourIsItsOwnNearest(index: Int) {
        let (red, green, blue) = ThemeColor.rgb(ofIndex: UInt8(index))
        let nearest = ThemeColor.nearestPaletteIndex(red: red, green: green, blue: blue)
        // The first 16 are never chosen; their look-alikes in the cube are.
        #expect(ThemeColor.rgb(ofIndex: nearest) == ThemeColor.rgb(ofIndex: UInt8(index)) || index < 16)
    }
}
