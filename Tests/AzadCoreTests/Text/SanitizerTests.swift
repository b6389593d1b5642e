import Testing

@testable import AzadCore

@Suite struct SanitizerTests {
    /// Nothing that a terminal interprets: no C0/C1 control, DEL, or bidi control.
    static func reachesTerminalSafely(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let value = scalar.value
            return
                !(value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029)
        }
    }

    static let controls: [UInt32] = Array(0x00..<0x20) + Array(0x7F...0x9F)

    @Test("Every C0 and C1 control and DEL is neutralised", arguments: controls)
    func everyControl(_ value: UInt32) {
        let scalar = Unicode.Scalar(value)!
        let text = "خبر\(Character(scalar))news"
        let result = Sanitizer.sanitized(text, singleLine: true)
        #expect(
            Self.reachesTerminalSafely(result), "U+\(String(value, radix: 16)) → \(result.unicodeScalars.map(\.value))")
        #expect(result.hasPrefix("خبر"), "text before the control is kept")
        #expect(Sanitizer.isSafe(result))
        for line in ParagraphLayout.lines(text, width: 6) {
            #expect(Self.reachesTerminalSafely(line.text), "layout of U+\(String(value, radix: 16))")
        }
    }

    @Test(
        "Controls become visible placeholders",
        arguments: [
            ("bell", "a\u{7}b", "a␇b"),
            ("NUL", "a\u{0}b", "a␀b"),
            ("form feed from a PDF page break", "a\u{C}b", "a␌b"),
            ("backspace that would overstrike", "ab\u{8}\u{8}xy", "ab␈␈xy"),
            ("DEL", "a\u{7F}b", "a␡b"),
            ("C1 control", "a\u{84}b", "a\u{FFFD}b"),
            ("Persian around a control", "سلام\u{1}دنیا", "سلام␁دنیا"),
        ])
    func placeholders(_ name: String, _ text: String, _ expected: String) {
        #expect(Sanitizer.sanitized(text) == expected, "\(name)")
    }

    @Test(
        "Escape sequences become one placeholder, parameters and payload included",
        arguments: [
            ("CSI colour", "a\u{1B}[31;1mred\u{1B}[0m", "a␛red␛"),
            ("CSI clear screen", "\u{1B}[2J\u{1B}[Hخبر", "␛␛خبر"),
            ("CSI private mode", "x\u{1B}[?1049hy", "x␛y"),
            ("8-bit CSI", "x\u{9B}2Jy", "x␛y"),
            ("OSC 52 clipboard write with BEL", "x\u{1B}]52;c;cm0gLXJmIH4=\u{7}y", "x␛y"),
            ("OSC 52 with ST", "x\u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\y", "x␛y"),
            ("OSC 8 hyperlink", "\u{1B}]8;;https://example.org\u{1B}\\لینک\u{1B}]8;;\u{1B}\\", "␛لینک␛"),
            ("OSC title", "\u{1B}]0;owned\u{7}متن", "␛متن"),
            ("8-bit OSC", "x\u{9D}0;t\u{9C}y", "x␛y"),
            ("DCS", "x\u{1B}Pq#0;2;0;0;0\u{1B}\\y", "x␛y"),
            ("APC", "x\u{1B}_Gf=24;AAAA\u{1B}\\y", "x␛y"),
            ("charset designation", "x\u{1B}(0y", "x␛y"),
            ("two-byte escape", "x\u{1B}cy", "x␛y"),
            ("lone ESC at the end", "x\u{1B}", "x␛"),
            ("unterminated OSC stops at the line end", "x\u{1B}]52;c;AAAA\nnext", "x␛\nnext"),
            ("CSI cut short by a combining mark", "x\u{1B}[1\u{301}y", "x␛y"),
            ("CJK after a sequence", "\u{1B}[1m漢字", "␛漢字"),
            ("emoji inside an OSC payload is swallowed", "\u{1B}]2;😀\u{7}ok", "␛ok"),
        ])
    func escapeSequences(_ name: String, _ text: String, _ expected: String) {
        let result = Sanitizer.sanitized(text)
        #expect(result == expected, "\(name)")
        #expect(Self.reachesTerminalSafely(result.replacingOccurrences(of: "\n", with: "")), "\(name)")
    }

    static let bidiControls: [UInt32] = Array(0x202A...0x202E) + Array(0x2066...0x2069)

    @Test("Bidi embeddings, overrides and isolates are removed", arguments: bidiControls)
    func bidiControl(_ value: UInt32) {
        let control = Character(Unicode.Scalar(value)!)
        let text = "کابل \(control)abc\u{202C} شهر"
        let result = Sanitizer.sanitized(text)
        #expect(result == "کابل abc شهر")
        for mode in BidiMode.allCases {
            for line in ParagraphLayout.lines(text, width: 40, options: LayoutOptions(bidiMode: mode)) {
                #expect(Self.reachesTerminalSafely(line.text), "\(mode)")
                #expect(line.text.count == line.sourceIndices.count)
            }
        }
    }

    @Test(
        "Tabs expand to the next tab stop",
        arguments: [
            ("at the start", "\tx", 8, "        x"),
            ("after text", "ab\tc", 8, "ab      c"),
            ("Persian half-lines", "مصراع\tدوم", 8, "مصراع   دوم"),
            ("CJK counts two columns", "漢\tx", 4, "漢  x"),
            ("tab width 4", "a\tb\tc", 4, "a   b   c"),
        ])
    func tabs(_ name: String, _ text: String, _ tabWidth: Int, _ expected: String) {
        #expect(Sanitizer.sanitized(text, tabWidth: tabWidth) == expected, "\(name)")
    }

    @Test func lineBreaksStayOrBecomeSpaces() {
        #expect(Sanitizer.sanitized("a\r\nb\rc\u{85}d\u{2028}e") == "a\nb\nc\nd\ne")
        #expect(Sanitizer.sanitized("a\r\nb", singleLine: true) == "a b")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "افغانستان آزاد — Azad Afghanistan 漢字 😀 e\u{301} می\u{200C}روم"
        #expect(Sanitizer.sanitized(text) == text)
        #expect(Sanitizer.isSafe(text))
        #expect(!Sanitizer.isSafe("a\u{1B}[2J"))
    }
}
