import Testing

@testable import AzadUI

@Suite struct EscapeDelayTests {
    /// `ESCDELAY` as the environment gives it, and the milliseconds curses is told to wait.
    static let cases: [(String?, Int)] = [
        (nil, 10),
        ("", Terminal.defaultEscapeDelay),
        ("0", 0),
        ("25", 25),
        ("300", 300),
        ("10000", 10_000),
        ("10001", Terminal.defaultEscapeDelay),
        ("-1", Terminal.defaultEscapeDelay),
        (" 40", Terminal.defaultEscapeDelay),
        ("40ms", Terminal.defaultEscapeDelay),
        ("٤٠", Terminal.defaultEscapeDelay),
        ("۴۰", Terminal.defaultEscapeDelay),
        ("4\u{0}0", Terminal.defaultEscapeDelay),
        ("99999999999999999999999", Terminal.defaultEscapeDelay),
    ]

    @Test(arguments: cases)
    func takesTheEnvironmentsDelayWithinBounds(_ text: String?, _ expected: Int) {
        let environment = text.map { ["ESCDELAY": $0] } ?? ["TERM": "xterm"]
        #expect(Terminal.escapeDelay(environment: environment) == expected)
    }
}
