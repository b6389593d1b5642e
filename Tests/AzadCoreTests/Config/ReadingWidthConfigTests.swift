import Testing

@testable import AzadCore

/// `reading_width`: the reading pane's widest text block, 80 by default, 0 for the whole pane.
@Suite struct ReadingWidthConfigTests {
    static func parse(_ text: String) throws -> Config { try Config.parse(text, file: "/etc/azad/config.toml") }

    @Test func theDefaultIsEightyColumnsAndIsPrinted() throws {
        #expect(Config().readingWidth == 80)
        #expect(Config().toml().contains("\nreading_width = 80\n"))
        #expect(Config.settingNames.contains("reading_width"))
    }

    @Test(arguments: [0, 20, 72, 80, 120, 10_000])
    func aWidthReadsAndRoundTrips(width: Int) throws {
        let config = try Self.parse("reading_width = \(width)\n")
        #expect(config.readingWidth == width)
        #expect(try Self.parse(config.toml()) == config)
        #expect(try Self.parse(config.toml()).readingWidth == width)
    }

    @Test(arguments: [
        ("reading_width = 10", "expected 0 (the whole pane) or a width from 20 to 10000, found 10"),
        ("reading_width = -1", "found -1"), ("reading_width = 10001", "found 10001"),
        ("reading_width = \"80\"", "expected a whole number"), ("reading_width = 80.5", "expected a whole number"),
    ])
    func aBadWidthIsReportedWithItsLine(text: String, message: String) {
        #expect {
            try Self.parse("theme = \"default\"\n" + text)
        } throws: { error in
            let error = error as? ConfigError
            return error?.line == 2 && error?.key == "reading_width" && error?.message.contains(message) == true
        }
    }
}
