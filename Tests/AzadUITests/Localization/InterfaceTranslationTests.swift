import AzadCore
import Testing

@testable import AzadUI

/// The reader in Dari and Pashto: every operation's help line and group has a translation, and the
/// status line, the help and the search prompt speak the language with its digits.
@Suite struct InterfaceTranslationTests {
    static let persian = Translation.load(.fa, environment: [:])
    static let pashto = Translation.load(.ps, environment: [:])

    @Test("every operation's help line is translated", arguments: Operation.allCases)
    func everyOperationHasATranslatedHelpLine(operation: Operation) {
        for translation in [Self.persian, Self.pashto] {
            let translated = translation.tr(operation.summary)
            #expect(translated != operation.summary, "\(translation.language): \(operation.rawValue)")
            #expect(translated.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
        }
    }

    @Test(
        "every help group and context is translated",
        arguments: [Translation.load(.fa, environment: [:]), Translation.load(.ps, environment: [:])])
    func everyGroupAndContextIsTranslated(translation: Translation) {
        for group in Operation.Group.allCases { #expect(translation.tr(group.rawValue) != group.rawValue) }
        for context in Operation.Context.allCases { #expect(translation.tr(context.rawValue) != context.rawValue) }
        for kind in SearchKind.allCases { #expect(translation.tr(kind.label) != kind.label) }
    }

    /// Both quotes around the query are the language's, searching and with the results.
    @Test(
        "a search's header quotes the query in the language",
        arguments: [
            (Translation.english, "Search “", "” · 0 results · "),
            (Translation.load(.fa, environment: [:]), "جستجوی «", "» · ۰ نتیجه · "),
            (Translation.load(.ps, environment: [:]), "لټون «", "» · ۰ پایله · "),
        ])
    func searchHeaderQuotes(translation: Translation, opening: String, closing: String) {
        var state = ReaderState()
        state.translation = translation
        state.query = "آتش بس 漢字"
        let segments = ArticleListView.headerSegments(for: state)
        #expect(segments.count == 4)
        #expect(segments[0] == opening)
        #expect(segments[1] == "آتش بس 漢字")
        #expect(segments[2] == closing)
        state.searching = "آتش بس 漢字"
        let searching = ArticleListView.headerSegments(for: state)
        #expect(searching[2].hasPrefix(String(closing.prefix(3))))
    }

    @Test func englishHelpIsTheOperationTable() {
        let lines = HelpTable.lines(keymap: Keymap())
        #expect(lines.contains { $0.text == Operation.quit.summary && $0.keys == "q" })
        #expect(lines.contains { $0.contexts == Operation.keepSearch.contextNote && !$0.contexts.isEmpty })
        #expect(lines == HelpTable.lines(keymap: Keymap(), translation: .english))
    }

    @Test func persianHelpKeepsKeysAndNames() {
        let lines = HelpTable.lines(keymap: Keymap(), translation: Self.persian)
        let quit = lines.first { $0.name == "quit" }
        #expect(quit?.keys == "q")
        #expect(quit?.text == "برگشت، یا خروج از فهرست")
        #expect(lines.contains { $0.isHeading && $0.text == "حرکت" })
        #expect(lines.count == HelpTable.lines(keymap: Keymap()).count)
    }

    /// The reader's bottom row with `translation`, on the sample list of the fixture.
    static func statusRow(_ translation: Translation, keys: [Key] = []) -> String {
        let reader = ReaderFixture.reader(width: 120, height: 30)
        reader.state.translation = translation
        for key in keys { reader.handle(key) }
        return Screen.render(reader.state, keymap: reader.keymap).lines.last!
    }

    @Test func englishStatusLineIsUnchanged() {
        let row = Self.statusRow(.english)
        #expect(row.contains("LIST"))
        #expect(row.contains("Enter:open /:search l:language s:star ?:help q:quit"))
    }

    @Test(
        "the status line speaks the language, in its digits",
        arguments: [
            (Translation.load(.fa, environment: [:]), "خوانده‌نشده", "/"),
            (Translation.load(.ps, environment: [:]), "نالوستې", "/"),
        ])
    func translatedStatusLine(translation: Translation, unread: String, separator: String) {
        let reader = ReaderFixture.reader(width: 120, height: 30)
        reader.state.translation = translation
        let right = StatusLineView.right(reader.state)
        #expect(right.contains(unread))
        #expect(!right.contains { $0.isASCII && $0.isNumber })
        #expect(right.contains { ("۰"..."۹").contains($0) })
        let hints = StatusLineView.hints(reader.state, keymap: reader.keymap)
        // Keys stay as they are bound.
        #expect(hints.hasPrefix("Enter:"))
        #expect(hints.contains("/:"))
        #expect(hints.contains("q:"))
        #expect(StatusLineView.modeName(reader.state) == translation.tr("LIST"))
        #expect(StatusLineView.modeName(reader.state) != "LIST")
    }

    @Test func theSearchPromptLabelIsTranslated() {
        let reader = ReaderFixture.reader(width: 120, height: 30)
        reader.state.translation = Self.persian
        reader.handle(.character("/"))
        #expect(PromptView.counts(reader.state) == "Enter نگه می‌دارد · Esc لغو می‌کند")
        reader.state.translation = Self.pashto
        #expect(PromptView.counts(reader.state) == "Enter ساتي · Esc لغوه کوي")
    }

    @Test(
        "results announced with the language's plural",
        arguments: [
            (0, "بی‌نتیجه", "هېڅ پایله نشته"), (1, "۱ نتیجه", "۱ پایله"), (2, "۲ نتیجه", "۲ پایلې"),
            (21, "۲۱ نتیجه", "۲۱ پایلې"),
        ])
    func resultCounts(count: Int, dari: String, pashto: String) {
        #expect(ReaderLogic.results(count, Self.persian) == dari)
        #expect(ReaderLogic.results(count, Self.pashto) == pashto)
        #expect(
            ReaderLogic.results(count) == (count == 0 ? "no results" : count == 1 ? "1 result" : "\(count) results"))
    }

    @Test func latinDigitsOnRequest() {
        let reader = ReaderFixture.reader(width: 120, height: 30)
        reader.state.translation = Translation.load(.fa, digits: .latin, environment: [:])
        let right = StatusLineView.right(reader.state)
        #expect(right.contains { $0.isASCII && $0.isNumber })
        #expect(!right.contains { ("۰"..."۹").contains($0) })
    }
}
