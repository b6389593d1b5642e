import Foundation
import Testing

@testable import AzadCore

/// The byte-level paths the cold sync's parser takes give exactly what the definitions they replace give.
@Suite struct SyncFastPathTests {
    /// Texts long enough to reach the early exits, in the site's languages and with the scalars that
    /// send the fast paths back to the standard library (emoji, CR, prepended marks).
    static let longTexts: [String] = [
        String(repeating: "The market and the people of the town said that it was not yet safe. ", count: 8),
        String(repeating: "در هفته‌های اخیر بار دیگر سخن از گفتگوهای صلح بر سر زبان‌ها افتاده است. ", count: 6),
        String(repeating: "سږکال ژمی په کابل او نورو ښارونو کې له تېرو کلونو ډېر سوړ و. ", count: 6),
        String(repeating: "Die Handwerker haben die alten Techniken erst wieder lernen müssen. ", count: 6),
        String(repeating: "l'homme d'État, c'est ça ' \u{0301}' \u{200C}x ", count: 12),
        String(repeating: "مُحَمَّد گفت: «کتابخانه» بسته است ﻭ ﺩﺭ ﺑﻪ ", count: 10),
        String(repeating: "emoji 👍🏽 and 🇦🇫 flags the and of ", count: 10),
        String(repeating: "a\r\nb the and ", count: 30),
        String(repeating: "قال المتحدث إن الاجتماع الذي عقد في المدينة كان مثمرا ", count: 6),
        String(repeating: "東京 かな 한국어 Москва ", count: 20),
    ]

    static let texts = ParserSplitFastPathTests.commonWordTexts + longTexts

    @Test(arguments: texts)
    func guessAgreesWithItsDefinition(text: String) {
        #expect(LanguageGuess.guess(text) == LanguageGuess.slowGuess(text))
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        #expect(LanguageGuess.guess(text[middle...]) == LanguageGuess.slowGuess(text[middle...]))
    }

    @Test(arguments: texts + ["THE And OF", "Ab'cd ZWNJ\u{200C}the", "x", "ÀÉ the Ünd", "\u{7F}the\u{1}and"])
    func oneScanCountsTheCommonWordsTheDefinitionCounts(text: String) {
        var scan = LanguageGuess.SampleScan()
        Array(text.utf8).withUnsafeBufferPointer { scan.run($0, text: text[...]) }
        if scan.wordsValid { #expect(scan.words == LanguageGuess.commonWordCounts(text)) }
        // The scan gives up on words only for scalars `ScalarClass` leaves to the standard library.
        #expect(scan.wordsValid == (LanguageGuess.scalarWords(text) != nil))
    }

    @Test func asciiShortcutIsTheFoldTable() {
        MatchKeyTable.shared.withFolds { folds in
            for value in UInt32(0)..<128 {
                let shortcut = LanguageGuess.asciiFolds[Int(value)]
                guard shortcut != 0 else { continue }
                #expect(folds.fold(of: value).map(Array.init) == [shortcut], "U+\(String(value, radix: 16))")
            }
        }
        // The Latin letters are what it is for.
        #expect(LanguageGuess.asciiFolds[Int(UInt8(ascii: "G"))] == UInt8(ascii: "g"))
        #expect(LanguageGuess.asciiFolds[Int(UInt8(ascii: "z"))] == UInt8(ascii: "z"))
    }

    @Test(arguments: [
        "Page 2", "صفحه ۲", "مخ ۳", "五", "½", "²", "①", "Ⅻ", "no digits here", "بدون عدد", "", "👍🏽 e\u{301}",
        "P a g e | x", "– ٣ –",
    ])
    func numberLookIsWhatFooterPatternsNeed(key: String) {
        let regexDigit = (try? Regex(#"\d"#).firstMatch(in: key)) != nil
        #expect(PageCleaner.hasNumber(key) == regexDigit)
    }

    @Test(arguments: texts)
    func characterLimitAgreesWithCount(text: String) {
        for limit in [0, 1, 5, 45, 120, text.count - 1, text.count, text.count + 1] where limit >= 0 {
            #expect(text.hasAtMost(limit) == (text.count <= limit), "limit \(limit)")
        }
    }

    @Test(
        arguments: texts + [
            "21 February 2016", "Date: Sunday, 21 February 2016 14:35", "۲ حوت ۱۳۹۴ – ۲۱ فبروری ۲۰۱۶",
            "February 2016", "حوت ۱۳۹۴", String(repeating: "۱۲ ", count: 40), String(repeating: "date: ", count: 30),
        ])
    func earlyDateExitOnlyRulesOutWhatTheParserRejects(text: String) {
        if DateParser.keepsMoreThan(12, in: text) {
            #expect(DateParser.parse(unchecked: text, language: "en") == nil)
            #expect(DateParser.parse(unchecked: text, language: "fa") == nil)
        }
        if DateParser.keepsMoreThan(2, in: text) { #expect(!DateParser.isMonthAndYear(unchecked: text)) }
        #expect(DateParser.parse(text, language: "en") == DateParser.parse(unchecked: text, language: "en"))
        #expect(DateParser.isMonthAndYear(text) == DateParser.isMonthAndYear(unchecked: text))
    }

    @Test func earlyDateExitFiresOnParagraphs() {
        #expect(DateParser.keepsMoreThan(12, in: Self.longTexts[0]))
        #expect(DateParser.keepsMoreThan(12, in: Self.longTexts[1]))
        #expect(!DateParser.keepsMoreThan(2, in: "Date: Sunday, 21 February 2016"))
    }

    @Test(arguments: [
        ("www.afgazad.com", true), ("WWW.AFGAZAD.COM", true), ("afgafgazad", true), ("x AfGaZaD@gmail.com", true),
        ("af gazad", false), ("ａｆｇａｚａｄ", false), ("افغانستان آزاد", false), ("afgaza", false), ("", false),
        ("afgazaD\u{0301}", true), ("\u{200F}afgazad.com", true),
    ])
    func siteMentionIsCaseInsensitiveASCII(line: String, expected: Bool) {
        #expect(MastheadLine.mentionsSite(line) == expected)
        if !expected { #expect(MastheadLine.withoutSite(line) == nil) }
    }

    @Test(arguments: texts + [" \t lead and trail \u{00A0}", "\u{2003}em\u{2003}", "\u{FEFF}x ", "  ", "\t"])
    func whitespaceTrimAgreesWithFoundation(text: String) {
        #expect(text.trimmingWhitespaces() == text.trimmingCharacters(in: .whitespaces))
        #expect(Substring(text).trimmingWhitespaces() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test(
        arguments: texts + [
            "a\u{0085}b", "a\u{2028}b", "é · \u{200C} \u{2029}", "nul\u{0}here",
            String(repeating: "\u{07}\u{1B}x", count: 20),
            String(repeating: "\u{FFFD}ab", count: 20), "\u{FFFD}", "ok\u{0C}page",
        ])
    func byteScansAgreeWithScalarScans(text: String) {
        let lineEnds = text.unicodeScalars.contains { $0 == "\r" || $0 == "\u{0085}" || $0 == "\u{2028}" }
        #expect(TextDecoding.hasOtherLineEnds(text) == lineEnds)
        var total = 0
        var control = 0
        var nul = false
        for scalar in text.unicodeScalars {
            total += 1
            switch scalar.value {
            case 0: nul = true
            case 0x09, 0x0A, 0x0C, 0x0D: break
            case 0x01...0x1F, 0x7F, 0xFFFD: control += 1
            default: break
            }
        }
        #expect(TextDecoding.looksBinary(text) == (nul || (total > 0 && control * 10 > total)))
    }

    @Test func wordScalarTableAgreesWithCategories() {
        var mismatches: [UInt32] = []
        for value in UInt32(0x80)..<0x900 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: Bool
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
                .privateUse:
                expected = true
            default: expected = false
            }
            if FoldedWords.isWordScalar(scalar) != expected { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test(
        arguments: texts + [
            String(repeating: "a", count: 141), String(repeating: "ب", count: 141),
            String(repeating: "a\u{0301}", count: 150),
            String(repeating: "\u{0D4E}a", count: 150), String(repeating: "ـ", count: 300),
            String(repeating: "1 ", count: 150),
            String(repeating: "ﺑ", count: 200), String(repeating: "👍🏽a", count: 150),
        ])
    func sureLetterCountNeverOverstatesTheCompactForm(text: String) {
        for limit in [2, 20, 140] where MastheadLine.surelyCompactsToMoreThan(limit, text) {
            #expect(MatchKey.compact(text).count > limit, "limit \(limit)")
        }
    }

    @Test func sureLetterCountFiresOnParagraphs() {
        #expect(MastheadLine.surelyCompactsToMoreThan(140, Self.longTexts[0]))
        #expect(MastheadLine.surelyCompactsToMoreThan(140, Self.longTexts[1]))
        #expect(!MastheadLine.surelyCompactsToMoreThan(140, "افغانستان آزاد ــ آزاد افغانستان"))
    }

    @Test func wordTableHoldsExactlyTheCommonWords() {
        for (key, lists) in LanguageGuess.commonWordKeys {
            #expect(LanguageGuess.commonWordTable.lists(of: key) == lists)
        }
        for word in ["thee", "an", "x", "دری", "کتابخانه", "ander", "le\u{0301}", "0", ""] {
            let bytes = Array(MatchKey.fold(word).utf8)
            guard let key = bytes.withUnsafeBufferPointer({ LanguageGuess.WordKey($0[...]) }) else { continue }
            #expect(LanguageGuess.commonWordTable.lists(of: key) == LanguageGuess.commonWordKeys[key], "\(word)")
        }
    }

    @Test func slotsFollowRanges() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)..<0x11000
        where MatchKeyTable.slotForTesting(value) != MatchKeyTable.slotFromRanges(value) {
            mismatches.append(value)
        }
        #expect(mismatches.isEmpty)
    }

    @Test func halfLinesFollowTheLines() {
        var chunk = Chunk(lines: ["مصراع اول\tمصراع دوم", "plain"], afterPageBreak: false)
        #expect(chunk.hasHalfLines)
        chunk.lines.removeFirst()
        #expect(!chunk.hasHalfLines)
        chunk.lines.append("one half   other half")
        #expect(chunk.hasHalfLines == (Chunk.halves(of: "one half   other half").count > 1))
    }
}
