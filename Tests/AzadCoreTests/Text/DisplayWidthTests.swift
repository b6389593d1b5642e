import CICU
import CNcursesw
import Testing

@testable import AzadCore

@Suite struct DisplayWidthTests {
    /// The C library's `wcwidth` in the C.UTF-8 locale, which ncursesw uses to place characters.
    static func libcWidth(_ value: UInt32) -> Int32 {
        _ = azad_setlocale("C.UTF-8")
        return azad_wcwidth(Int32(bitPattern: value))
    }

    /// Every code point the C library knows: the same width, or no column where it calls the
    /// character unprintable (controls). Characters newer than its Unicode tables (glibc 2.36 has
    /// Unicode 14, ICU 72 Unicode 15) are the only ones not compared; the test counts them.
    @Test func everyCodePointAgreesWithTheCLibrary() {
        _ = azad_setlocale("C.UTF-8")
        var compared = 0
        var newerThanTheCLibrary = 0
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates
            let expected = azad_wcwidth(Int32(bitPattern: value))
            let actual = DisplayWidth.of(scalar)
            let code = Int32(bitPattern: value)
            if expected >= 0 {
                compared += 1
                if actual != Int(expected) {
                    mismatches.append("U+\(String(value, radix: 16)) libc \(expected) azad \(actual)")
                }
            } else if azad_u_is_assigned(code) != 0 {
                if azad_u_char_age(code) > 1400 {
                    newerThanTheCLibrary += 1
                    continue
                }
                compared += 1
                if actual != 0 { mismatches.append("U+\(String(value, radix: 16)) libc unprintable azad \(actual)") }
            }
        }
        #expect(compared > 280_000, "only \(compared) code points compared")
        #expect(newerThanTheCLibrary < 5_000, "\(newerThanTheCLibrary) characters newer than the C library")
        #expect(mismatches.count == 0, "\(mismatches.count) mismatches, first: \(mismatches.prefix(20))")
    }
}

extension DisplayWidthTests {
    @Test(
        "Display width of text",
        arguments: [
            ("plain ASCII", "azad", 4),
            ("Persian", "سلام", 4),
            ("Persian with ZWNJ", "می\u{200C}خواهم", 7),
            ("Pashto", "پښتو ژبه", 8),
            ("harakat take no column", "بِسْمِ", 3),
            ("hamza above", "ۀ", 1),
            ("lam-alef ligature", "\u{FEFB}", 1),
            ("CJK", "漢字", 4),
            ("fullwidth Latin", "ＡＢ", 4),
            ("Hangul syllables", "한국", 4),
            ("Hangul jamo L V T", "\u{1100}\u{1161}\u{11A8}", 2),
            ("emoji", "😀", 2),
            ("emoji with skin tone: two wide scalars", "👍🏽", 4),
            ("emoji with VS16 keeps its text width", "❤\u{FE0F}", 1),
            ("combining acute", "e\u{301}", 1),
            ("ZWJ alone", "\u{200D}", 0),
            ("Arabic number sign is drawn", "\u{0600}١", 2),
            ("control characters take none", "a\u{1B}\u{7}b", 2),
        ])
    func widthOfText(_ name: String, _ text: String, _ expected: Int) {
        #expect(DisplayWidth.of(text) == expected, "\(name)")
    }

    @Test("Each cluster's width is the sum of its scalars as the C library counts them")
    func clusterWidthSumsTheCLibrary() {
        _ = azad_setlocale("C.UTF-8")
        let samples = ["سلام", "بِسْمِ", "漢字", "한국어", "e\u{301}", "👍🏽", "پښتو", "ﻻ", "می\u{200C}روم", "Ａ"]
        for sample in samples {
            for character in sample {
                let libc = character.unicodeScalars.reduce(0) { $0 + Int(azad_wcwidth(Int32(bitPattern: $1.value))) }
                #expect(DisplayWidth.of(character) == libc, "\(character.unicodeScalars.map { $0.value })")
            }
        }
    }

    @Test(
        "Truncation by width with an ellipsis",
        arguments: [
            ("fits", "azad", 4, "azad"),
            ("Latin cut", "Afghanistan", 6, "Afgha…"),
            ("Persian cut", "افغانستان آزاد", 6, "افغان…"),
            ("CJK never split in half", "漢字漢字", 6, "漢字…"),
            ("CJK odd room", "漢字漢字", 5, "漢字…"),
            ("emoji", "😀😀😀", 4, "😀…"),
            ("combining marks stay with their base", "e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
            ("zero width", "azad", 0, ""),
            ("only the ellipsis", "azad", 1, "…"),
        ])
    func truncation(_ name: String, _ text: String, _ width: Int, _ expected: String) {
        let result = DisplayWidth.truncate(text, toWidth: width)
        #expect(result == expected, "\(name)")
        #expect(DisplayWidth.of(result) <= max(0, width), "\(name)")
    }
}
