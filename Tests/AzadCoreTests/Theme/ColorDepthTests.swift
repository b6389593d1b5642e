import Testing

@testable import AzadCore

@Suite struct ColorDepthTests {
    static let cases: [(Int, [String: String], ColorDepth?, ColorDepth)] = [
        (256, [:], nil, .palette256),
        (16_777_216, [:], nil, .palette256),
        (88, [:], nil, .ansi16),
        (16, [:], nil, .ansi16),
        (8, [:], nil, .ansi8),
        (2, [:], nil, .none),
        (0, [:], nil, .none),
        (-1, [:], nil, .none),
        (256, ["NO_COLOR": "1"], nil, .none),
        (256, ["NO_COLOR": "بله"], nil, .none),
        (256, ["NO_COLOR": ""], nil, .palette256),
        (256, ["NO_COLOR": "1"], .palette256, .none),
        (8, ["NO_COLOR": ""], .palette256, .ansi8),
        (256, [:], .ansi8, .ansi8),
        (256, [:], ColorDepth.none, .none),
        (0, [:], .palette256, .none),
    ]

    @Test(arguments: cases)
    func depthFollowsTerminalEnvironmentAndConfig(
        colors: Int, environment: [String: String], requested: ColorDepth?, expected: ColorDepth
    ) {
        #expect(ColorDepth.detect(terminalColors: colors, environment: environment, requested: requested) == expected)
    }
}
