import AzadCore
import Testing

@testable import AzadUI

/// The key hints of a mirrored status line in Dari and Pashto: each hint set apart, its keys as
/// typed beside its words, from the right edge; hints that do not fit left out whole.
@Suite struct MirroredStatusHintTests {
    static let persian = Translation.load(.fa, environment: [:])
    static let pashto = Translation.load(.ps, environment: [:])

    /// The list's status row of a mirrored reader in `translation`, `width` columns wide, `<` bound to
    /// starring (a key the bidi algorithm would mirror to `>` among right-to-left words).
    static func statusRow(_ translation: Translation, width: Int) throws -> (row: String, state: ReaderState) {
        let keymap = try Keymap(bindings: ["toggle-star": ["<"]])
        let reader = ReaderFixture.reader(width: width, height: 30, keymap: keymap)
        reader.state.translation = translation
        reader.state.direction = .rightToLeft
        reader.resize(width: width, height: 30)
        reader.state.message = nil
        return (Screen.render(reader.state, keymap: reader.keymap).lines.last!, reader.state)
    }

    /// `word` as a right-to-left line shows it: shaped, in visual order.
    static func visual(_ word: String, _ state: ReaderState) -> String {
        ParagraphLayout.truncatedLine(word, width: 100, options: state.layoutOptions, direction: .rightToLeft).text
    }

    static let dari = [("Enter", "باز"), ("/", "جستجو"), ("<", "ستاره"), ("?", "رهنما"), ("q", "خروج")]
    static let pashtoWords = [("Enter", "پرانیستل"), ("/", "لټون"), ("<", "ستوری"), ("?", "مرسته"), ("q", "وتل")]

    @Test(
        "on a wide terminal every key stands beside its word, in order from the right",
        arguments: [(persian, dari), (pashto, pashtoWords)], [140, 200])
    func everyKeyBesideItsWord(_ language: (Translation, [(String, String)]), width: Int) throws {
        let (row, state) = try Self.statusRow(language.0, width: width)
        var previous: Range<String.Index>?
        for (key, word) in language.1 {
            let hint = Self.visual(word, state) + ":" + key
            let found = try #require(row.range(of: hint), "“\(hint)” not in “\(row)”")
            // The first hint is the rightmost: each next one stands to the left of the one before.
            if let previous { #expect(found.upperBound <= previous.lowerBound, "\(key) out of order in “\(row)”") }
            previous = found
        }
    }

    @Test(
        "on a narrow terminal the hints that do not fit are left out whole",
        arguments: [(persian, dari), (pashto, pashtoWords)], [44, 52, 60, 70])
    func narrowKeepsWholeHints(_ language: (Translation, [(String, String)]), width: Int) throws {
        let (row, state) = try Self.statusRow(language.0, width: width)
        #expect(!row.contains("…"), "a hint was cut: “\(row)”")
        var shown = 0
        for (key, word) in language.1 {
            let hint = Self.visual(word, state) + ":" + key
            if row.contains(hint) {
                shown += 1
            } else {
                // Left out whole: neither its keys nor its words.
                #expect(!row.contains(":" + key) && !row.contains(Self.visual(word, state)), "\(key) in “\(row)”")
            }
        }
        // Enough room for the first hint at every width of the table; never all at these widths.
        #expect(row.contains(Self.visual(language.1[0].1, state) + ":Enter"), "“\(row)”")
        #expect(shown < language.1.count, "“\(row)”")
    }

    @Test func theArticlesHintsKeepTheirKeysInTheirOrder() throws {
        let reader = ReaderFixture.reader(.rightToLeft, width: 140)
        reader.state.translation = Self.persian
        reader.handle(.enter)
        reader.state.message = nil
        let row = Screen.render(reader.state, keymap: reader.keymap).lines.last!
        // Next and previous, `]` and `[`, as typed (not mirrored), beside “next/previous”.
        #expect(row.contains(Self.visual("بعدی/قبلی", reader.state) + ":]/["), "“\(row)”")
        #expect(row.contains(Self.visual("صفحه", reader.state) + ":Space"), "“\(row)”")
    }

    @Test func englishInAMirroredLayoutIsOneLine() throws {
        let (row, _) = try Self.statusRow(.english, width: 140)
        #expect(row.contains("Enter:open /:search l:language <:star ?:help q:quit"), "“\(row)”")
    }

    @Test(
        "hints parse back to the message they came from",
        arguments: [
            ("{open}:open {search}:search", ["open": "Enter", "search": "/"], "Enter:open /:search"),
            ("{open}:باز {search}:جستجو", ["open": "Enter", "search": "/"], "Enter:باز /:جستجو"),
            (
                "{selection} وټاکل شو · {down}/{up}:غځول {swap}:بل سر",
                ["selection": "۳ کرښې", "down": "j", "up": "k", "swap": "o"],
                "۳ کرښې وټاکل شو · j/k:غځول o:بل سر"
            ),
            ("{copy}:复制 {cancel}:취소", ["copy": "y", "cancel": "Esc"], "y:复制 Esc:취소"),
            ("{star}:⭐ {help}:é", ["star": ":", "help": "?"], "::⭐ ?:é"),
            ("{quit}:\u{7}bell", ["quit": "q"], "q:\u{7}bell"),
        ] as [(String, [String: String], String)])
    func parseRoundTrips(message: String, values: [String: String], written: String) {
        let hints = KeyHint.parse(message, values)
        #expect(hints.map(\.written).joined(separator: " ") == written)
        #expect(hints.allSatisfy { $0.keys == nil || !$0.keys!.isEmpty })
    }

    @Test func wordsBeforeTheFirstKeyAreAHintOfTheirOwn() {
        let hints = KeyHint.parse(
            "{selection} انتخاب شد · {copy}:کاپی {swap}:سر دیگر", ["selection": "۲ بند", "copy": "y"])
        #expect(
            hints == [
                KeyHint(keys: nil, text: "۲ بند انتخاب شد ·"), KeyHint(keys: "y", text: "کاپی"),
                KeyHint(keys: "{swap}", text: "سر دیگر"),
            ])
    }
}
