import Foundation
import Testing

/// azad's own usage errors (a number out of range, a span that is not one, an unknown language), which
/// the argument parser prints as azad throws them: in the interface's language, numbers in its
/// digits, status 2; in English the words they always had.
@Suite struct UsageErrorLanguageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var english: String
        var dari: String
        var pashto: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(
            arguments: ["list", "--limit", "-1"],
            english: "--limit must be 0 or more, not -1 (see azad list --help)",
            dari: "\u{200E}--limit\u{200E} باید ۰ یا بیشتر باشد، نه -۱ (نگاه کنید به azad list --help)",
            pashto: "\u{200E}--limit\u{200E} باید ۰ یا ډېر وي، نه -۱ (azad list --help وګورئ)"),
        Case(
            arguments: ["search", "کابل", "--limit", "-25"],
            english: "--limit must be 0 or more (0 for all), not -25 (see azad search --help)",
            dari: "\u{200E}--limit\u{200E} باید ۰ یا بیشتر باشد (۰ برای همه)، نه -۲۵ (نگاه کنید به azad search --help)",
            pashto: "\u{200E}--limit\u{200E} باید ۰ یا ډېر وي (۰ د ټولو لپاره)، نه -۲۵ (azad search --help وګورئ)"),
        Case(
            arguments: ["show", "1", "--width", "0"],
            english: "--width must be from 1 to 10000, not 0 (see azad show --help)",
            dari: "\u{200E}--width\u{200E} باید از ۱ تا ۱۰۰۰۰ باشد، نه ۰ (نگاه کنید به azad show --help)",
            pashto: "\u{200E}--width\u{200E} باید له ۱ تر ۱۰۰۰۰ وي، نه ۰ (azad show --help وګورئ)"),
        Case(
            arguments: ["quote", "1", "--paragraph", "0"],
            english: "--paragraph counts from 1 (see azad quote --help)",
            dari: "\u{200E}--paragraph\u{200E} از ۱ می‌شمارد (نگاه کنید به azad quote --help)",
            pashto: "\u{200E}--paragraph\u{200E} له ۱ څخه شمېرل کېږي (azad quote --help وګورئ)"),
        // Persian digits in, the language's digits out; English writes ASCII ones.
        Case(
            arguments: ["quote", "1", "--paragraph", "۳-۲"],
            english: "--paragraph runs backwards at 3-2: write 2-3 (see azad quote --help)",
            dari: "\u{200E}--paragraph\u{200E} در ۳-۲ وارونه است: بنویسید ۲-۳ (نگاه کنید به azad quote --help)",
            pashto: "\u{200E}--paragraph\u{200E} په ۳-۲ کې شاته ځي: ۲-۳ ولیکئ (azad quote --help وګورئ)"),
        Case(
            arguments: ["quote", "1", "--paragraph", "漢e\u{301}🙂"],
            english:
                "--paragraph takes a number, a range such as 2-3 or a list such as 2,5, not “漢e\u{301}🙂” (see azad quote --help)",
            dari:
                "\u{200E}--paragraph\u{200E} یک عدد، یک بازه مانند 2-3 یا فهرستی مانند 2,5 می‌گیرد، نه «漢e\u{301}🙂» (نگاه کنید به azad quote --help)",
            pashto:
                "\u{200E}--paragraph\u{200E} یو شمېر، یو واټن لکه 2-3 یا لېست لکه 2,5 اخلي، نه «漢e\u{301}🙂» (azad quote --help وګورئ)"
        ),
        // An escape sequence in the span reaches the terminal as one placeholder, never as itself.
        Case(
            arguments: ["quote", "1", "--paragraph", "a\u{1B}[2Jb"],
            english:
                "--paragraph takes a number, a range such as 2-3 or a list such as 2,5, not “a␛b” (see azad quote --help)",
            dari:
                "\u{200E}--paragraph\u{200E} یک عدد، یک بازه مانند 2-3 یا فهرستی مانند 2,5 می‌گیرد، نه «a␛b» (نگاه کنید به azad quote --help)",
            pashto:
                "\u{200E}--paragraph\u{200E} یو شمېر، یو واټن لکه 2-3 یا لېست لکه 2,5 اخلي، نه «a␛b» (azad quote --help وګورئ)"
        ),
    ]

    static func run(_ arguments: [String], language: String) throws -> AzadProcess.Result {
        let folder = ScratchFolder()
        return try AzadProcess.run(
            ["--ui-language=\(language)"] + arguments,
            environment: ["LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": folder.url.path])
    }

    @Test("each language says it in its words", arguments: cases, ["en", "fa", "ps"])
    func said(_ example: Case, language: String) throws {
        let result = try Self.run(example.arguments, language: language)
        let expected = ["en": example.english, "fa": example.dari, "ps": example.pashto][language]!
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "azad: \(expected)\n", "\(result.stderr)")
    }

    /// The known languages by their English names in English, by their own names otherwise, joined
    /// with the language's comma.
    @Test("an unknown language lists the known ones in the interface's language")
    func unknownLanguage() throws {
        let english = try Self.run(["list", "--language", "xx"], language: "en")
        #expect(english.status == 2)
        #expect(english.stderr.hasPrefix("azad: unknown language xx; the known ones are ar (Arabic), "))
        #expect(english.stderr.contains(", fa (Persian), ") && english.stderr.contains(", ps (Pashto), "))
        let dari = try Self.run(["list", "--language", "xx"], language: "fa")
        #expect(dari.status == 2)
        #expect(dari.stderr.hasPrefix("azad: زبان ناشناخته xx؛ زبان‌های شناخته: ar (العربية)، "), "\(dari.stderr)")
        #expect(dari.stderr.contains("، fa (فارسی)، ") && dari.stderr.contains("، ps (پښتو)، "))
        #expect(dari.stderr.hasSuffix(" (نگاه کنید به azad list --help)\n"))
        let pashto = try Self.run(["list", "--language", "xx"], language: "ps")
        #expect(pashto.status == 2)
        #expect(pashto.stderr.hasPrefix("azad: نامعلومه ژبه xx؛ پېژندل شوې ژبې: ar (العربية)، "), "\(pashto.stderr)")
        #expect(!pashto.stderr.contains("Persian") && !dari.stderr.contains("Arabic"))
    }
}
