import Testing

@testable import AzadCore

/// `Sanitizer.singleLine`, the one form every message and column of the command line takes.
@Suite struct SanitizerSingleLineTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a\tb\t\tc", "a b  c"),
        ("سطر اول\nسطر دوم", "سطر اول سطر دوم"),
        ("د کابل\r\nښار", "د کابل ښار"),
        ("東京\u{2028}大阪", "東京 大阪"),
        ("🇦🇫\t👩‍👩‍👧", "🇦🇫 👩‍👩‍👧"),
        ("e\u{301}\tو\u{651}", "e\u{301} و\u{651}"),
        ("title\u{1B}[2Jgone", "title\u{241B}gone"),
        ("bell\u{7}", "bell\u{2407}"),
        ("c1\u{85}", "c1 "),
        ("c1\u{9B}31m", "c1\u{241B}"),
        ("\u{202E}txt.exe\u{202C}", "txt.exe"),
        ("\u{2067}فارسی\u{2069}", "فارسی"),
    ])
    func textIsOneSafeLine(text: String, expected: String) {
        let line = Sanitizer.singleLine(text)
        #expect(line == expected)
        #expect(!line.contains("\n") && !line.contains("\t"))
        #expect(Sanitizer.isSafe(line))
    }
}
