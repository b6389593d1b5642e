import Foundation
import Testing

@testable import AzadCore

/// Lines rebuilt from glyph boxes: gaps to spaces and tabs, visual order back to logical.
@Suite struct PDFLineTests {
    /// Glyphs for `visual`, laid out from the left at `top`: each character 5 points wide, a space
    /// a 3-point gap, a tab a 40-point gap, a combining mark (or ZWJ) no width at its base's edge.
    static func glyphs(_ visual: String, top: Double = 100) -> [PDFGlyph] {
        var x = 50.0
        var glyphs: [PDFGlyph] = []
        for scalar in visual.unicodeScalars {
            switch scalar {
            case " ": x += 3
            case "\t": x += 40
            default:
                let zeroWidth = scalar.properties.generalCategory == .nonspacingMark || scalar == "\u{200D}"
                let width = zeroWidth ? 0 : 5.0
                glyphs.append(PDFGlyph(scalar: scalar, x1: x, y1: top, x2: x + width, y2: top + 20))
                x += width
            }
        }
        return glyphs
    }

    @Test(arguments: [
        // Persian, read from the right.
        ("ایند مالس", "سلام دنیا", true),
        // Numbers inside right-to-left text run left to right.
        ("هزات ۱۴۰۲ لاس", "سال ۱۴۰۲ تازه", true),
        ("هزات 2024 لاس", "سال 2024 تازه", true),
        ("۱۴۰۲/۱۲/۰۲ :خیرات", "تاریخ: ۱۴۰۲/۱۲/۰۲", true),
        // Emoji and CJK inside right-to-left text keep their place; CJK reads left to right.
        ("ادرف 🌧 ناراب", "باران 🌧 فردا", true),
        ("رد 東京 رهش", "شهر 東京 در", true),
        // Latin words and addresses inside right-to-left text, punctuation kept in its run.
        ("رد Kabul 2024 مان", "نام Kabul 2024 در", true),
        ("www.afgazad.com :سردآ", "آدرس: www.afgazad.com", true),
        // Pashto, with its own letters.
        ("هنورغ ړنوک د", "د کونړ غرونه", true),
        // Half-lines of a couplet: the right one first, a tab between.
        ("میهد نتشک\tدابم نم", "من مباد\tکشتن دهیم", true),
        // Left-to-right lines, with a right-to-left run turned back.
        ("the word مالس here", "the word سلام here", false),
        ("Kabul, 14 October 2023", "Kabul, 14 October 2023", false),
        ("東京 2024 と Kabul", "東京 2024 と Kabul", false),
        ("rain 🌧 in Herat", "rain 🌧 in Herat", false),
        // A combining accent on its letter, and a control character passed through as drawn.
        ("cafe\u{301} noir", "cafe\u{301} noir", false),
        ("bell\u{07}ring", "bell\u{07}ring", false),
        // Presentation forms (a PDF of shaped text) become plain letters: meem, lam-alef, seen.
        ("\u{FEE1}\u{FEFC}\u{FEB3}", "سلام", true),
    ])
    func glyphsComeBackInLogicalOrder(_ visual: String, _ logical: String, _ rightToLeft: Bool) {
        let line = PDFLine(Self.glyphs(visual), pageIsRightToLeft: rightToLeft)
        #expect(line.text == logical)
        #expect(line.isRightToLeft == rightToLeft)
    }

    @Test func aLineWhoseEndsDisagreeTakesThePagesDirection() {
        let visual = "www.afgazad.com :سردآ"
        #expect(PDFLine(Self.glyphs(visual), pageIsRightToLeft: true).text == "آدرس: www.afgazad.com")
        #expect(PDFLine(Self.glyphs(visual), pageIsRightToLeft: false).text == "www.afgazad.com :آدرس")
        // Ends that agree decide alone, whatever the page.
        #expect(PDFLine(Self.glyphs("رد Kabul مان"), pageIsRightToLeft: false).text == "نام Kabul در")
    }

    @Test func aLigatureOfTwoLettersKeepsTheSpaceBeyondIt() {
        // `لا خپل`: the lam-alef glyph boxes the lam, the alef is empty at its left edge.
        let glyphs = [
            PDFGlyph(scalar: "ل", x1: 84, y1: 0, x2: 80, y2: 20),
            PDFGlyph(scalar: "پ", x1: 88, y1: 0, x2: 84, y2: 20),
            PDFGlyph(scalar: "خ", x1: 92, y1: 0, x2: 88, y2: 20),
            PDFGlyph(scalar: "ل", x1: 100, y1: 0, x2: 106, y2: 20),
            PDFGlyph(scalar: "ا", x1: 100, y1: 0, x2: 100, y2: 20),
        ]
        #expect(PDFLine(glyphs).text == "لا خپل")
    }

    @Test func aGlyphForTwoCharactersAddsNoSpace() {
        // `هٔ` drawn as one glyph: the hamza gets the box, the heh none; the letter before abuts.
        let glyphs = [
            PDFGlyph(scalar: "\u{0654}", x1: 129, y1: 0, x2: 131.1, y2: 20),
            PDFGlyph(scalar: "ه", x1: 131.1, y1: 0, x2: 131.1, y2: 20),
            PDFGlyph(scalar: "ت", x1: 134, y1: 0, x2: 138.3, y2: 20),
            PDFGlyph(scalar: "ف", x1: 138, y1: 0, x2: 142.6, y2: 20),
        ]
        #expect(PDFLine(glyphs).text == "فته\u{0654}")
    }

    @Test func glyphsOfOneBandMakeOneLineAndAGapMakesAParagraph() {
        let page = PDFPage(
            Self.glyphs("first line", top: 100) + Self.glyphs("second", top: 120) + Self.glyphs("new one", top: 160)
                // A superscript a little above its line stays in it.
                + [PDFGlyph(scalar: "²", x1: 98, y1: 96, x2: 102, y2: 112)])
        #expect(page.lines.map(\.text) == ["first line²", "second", "new one"])
        #expect(page.startsParagraph == [false, false, true])
    }

    @Test(arguments: [
        (["Die Verein-", "barung gilt"], ["Die Vereinbarung", "gilt"]),
        (["von Nord-", "Süd aus"], ["von Nord-Süd", "aus"]),
        (["zurü\u{AD}", "ckgezahlt werden"], ["zurückgezahlt", "werden"]),
        (["la cou-", "tume"], ["la coutume", ""]),
        // Not a word's end: digits before the dash, nothing after it, a dash alone.
        (["2020-", "2021 plan"], ["2020-", "2021 plan"]),
        (["so -", "ein Satz"], ["so -", "ein Satz"]),
        (["Ende-", "– Anfang"], ["Ende-", "– Anfang"]),
    ])
    func hyphensAtLineEndsAreUndone(_ lines: [String], _ joined: [String]) {
        var lines = lines
        PDFExportText.joinHyphenated(&lines, startsParagraph: [false, false], rightToLeft: [false, false])
        #expect(lines == joined)
    }

    @Test func hyphensStayAcrossParagraphsAndInRightToLeftLines() {
        var lines = ["Verein-", "barung"]
        PDFExportText.joinHyphenated(&lines, startsParagraph: [false, true], rightToLeft: [false, false])
        #expect(lines == ["Verein-", "barung"])
        var persian = ["سال-", "نامه"]
        PDFExportText.joinHyphenated(&persian, startsParagraph: [false, false], rightToLeft: [true, true])
        #expect(persian == ["سال-", "نامه"])
    }

    @Test func runningHeadersFootersAndPageNumbersAreDropped() {
        func page(_ lines: [String]) -> PDFPage {
            PDFPage(lines.enumerated().flatMap { Self.glyphs($0.element, top: 100 + Double($0.offset) * 20) })
        }
        let pages = [
            page(["Weekly Review", "Kabul notes", "First page text.", "Report 2023 page 1", "1"]),
            page(["Weekly Review", "Second page text.", "Report 2023 page 2", "2"]),
            page(["Weekly Review", "Third page text, Kabul notes.", "Page 3 of 3"]),
        ]
        #expect(
            PDFExportText(pages).text
                == "Weekly Review\nKabul notes\nFirst page text.\n\u{0C}Second page text.\n\u{0C}Third page text, Kabul notes."
        )
    }
}
