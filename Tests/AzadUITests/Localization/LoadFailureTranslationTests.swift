import AzadCore
import AzadUI
import Foundation
import Testing

/// A load failure on the status line in the interface's language when its error can say itself
/// there; English, and errors that cannot, as their description.
@Suite struct LoadFailureTranslationTests {
    @Test(arguments: [
        (UILanguage.fa, LibraryError.missingFeed("/خبرها/news"), "پوشهٔ فید یافت نشد: /خبرها/news"),
        (.ps, LibraryError.missingFeed("/خبرها/news"), "د فیډ فولډر و نه موندل شو: /خبرها/news"),
        (.en, LibraryError.missingFeed("/خبرها/news"), "feed folder not found: /خبرها/news"),
        (
            .fa, LibraryError.unreadable(ImportError(.empty, path: "/a/😀.txt")),
            "/a/😀.txt: فایل خالی است، مقاله‌ای در آن نیست"
        ),
        (.ps, LibraryError.noSuchID(42), "په کش کې د 42 پېژند سره مقاله نشته (azad list پېژندونه ښيي)"),
    ])
    func translatedWhereTheErrorCanSayIt(language: UILanguage, error: LibraryError, expected: String) {
        let failure = LoadFailure(error)
        #expect(failure.message(in: Translation.load(language, environment: [:])) == expected)
        #expect(failure.message == error.description)
    }

    @Test func anErrorThatCannotStaysAsItIs() {
        let failure = LoadFailure(CocoaError(.fileReadNoPermission))
        #expect(failure.message(in: Translation.load(.fa, environment: [:])) == failure.message)
        #expect(failure == LoadFailure(CocoaError(.fileReadNoPermission)))
    }
}
