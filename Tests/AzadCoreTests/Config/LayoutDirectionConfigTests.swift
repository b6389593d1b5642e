import Testing

@testable import AzadCore

/// `layout_direction`: the reader's layout, `auto` by default, which follows the interface language.
@Suite struct LayoutDirectionConfigTests {
    static func parse(_ text: String) throws -> Config { try Config.parse(text, file: "/etc/azad/config.toml") }

    @Test func theDefaultIsAutoAndIsPrinted() throws {
        #expect(Config().layoutDirection == .auto)
        #expect(Config().toml().contains("\nlayout_direction = \"auto\"\n"))
        #expect(Config.settingNames.contains("layout_direction"))
    }

    @Test(arguments: LayoutDirection.allCases)
    func aChoiceReadsAndRoundTrips(direction: LayoutDirection) throws {
        let config = try Self.parse("layout_direction = \"\(direction.rawValue)\"\n")
        #expect(config.layoutDirection == direction)
        #expect(try Self.parse(config.toml()) == config)
        #expect(try Self.parse(config.toml()).layoutDirection == direction)
    }

    @Test(arguments: [
        ("layout_direction = \"RTL\"", "expected \"auto\", \"ltr\" or \"rtl\", found \"RTL\""),
        ("layout_direction = \"right-to-left\"", "found \"right-to-left\""),
        ("layout_direction = \"\"", "found \"\""), ("layout_direction = true", "found true"),
        ("layout_direction = 1", "found 1"),
    ])
    func aBadChoiceIsReportedWithItsLine(text: String, message: String) {
        #expect {
            try Self.parse("theme = \"default\"\n" + text)
        } throws: { error in
            let error = error as? ConfigError
            return error?.line == 2 && error?.key == "layout_direction" && error?.message.contains(message) == true
        }
    }

    @Test(arguments: [
        (LayoutDirection.auto, false, ParagraphDirection.leftToRight), (.auto, true, .rightToLeft),
        (.ltr, false, .leftToRight), (.ltr, true, .leftToRight), (.rtl, false, .rightToLeft),
        (.rtl, true, .rightToLeft),
    ])
    func autoFollowsTheInterfaceLanguage(
        choice: LayoutDirection, interfaceIsRightToLeft: Bool, expected: ParagraphDirection
    ) {
        #expect(choice.resolved(interfaceIsRightToLeft: interfaceIsRightToLeft) == expected)
    }

    @Test func anEnglishInterfaceIsTheDefault() {
        #expect(LayoutDirection.auto.resolved() == .leftToRight)
    }
}
