import Testing

@testable import AzadUI

/// The theme's precedence on its own: `--theme`, then the theme chosen with `t`, then the configuration's.
@Suite struct ThemeChoiceTests {
    static let themes = ["default", "dark", "تیره", "深色"]

    @Test(
        arguments: [
            // remembered, --theme, shown on restore, remembered after
            (String?.none, String?.none, String?.none, String?.none),
            ("dark", nil, "dark", "dark"),
            ("dark", "default", nil, "dark"),
            ("تیره", nil, "تیره", "تیره"),
            ("深色", "dark", nil, "深色"),
            ("gone", nil, nil, nil),
            ("gone", "dark", nil, nil),
        ] as [(String?, String?, String?, String?)])
    func restoreKeepsAKnownThemeAndYieldsToTheCommandLine(
        remembered: String?, explicit: String?, shown: String?, after: String?
    ) {
        var choice = ThemeChoice()
        choice.explicit = explicit
        #expect(choice.restore(remembered, themes: Self.themes) == shown)
        #expect(choice.remembered == after)
    }

    @Test func nextCyclesAndIsRemembered() {
        var choice = ThemeChoice()
        choice.explicit = "dark"
        var current = "dark"
        var seen: [String] = []
        for _ in 0..<4 {
            current = choice.next(after: current, in: Self.themes)
            seen.append(current)
            #expect(choice.remembered == current)
        }
        #expect(seen == ["تیره", "深色", "default", "dark"])
        #expect(choice.next(after: "unknown", in: Self.themes) == "default")
    }
}
