import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The messages log names each export a sync could not read with its reason in the interface's
/// language; a reason kept as English words (an older cache's) is shown as it is.
@Suite struct UnreadableLogTranslationTests {
    static let unreadable = [
        SyncReport.Unreadable(path: "/feed/خالی.txt", .import(.empty)),
        SyncReport.Unreadable(path: "/feed/管道.txt", .entry(.notRegular(.fifo))),
        SyncReport.Unreadable(path: "/feed/old.txt", reason: "an older azad's words 🙂"),
    ]

    @Test(
        "each unreadable export in the log in the language",
        arguments: [
            (
                UILanguage.fa,
                [
                    "ناخوانا: /feed/خالی.txt: فایل خالی است، مقاله‌ای در آن نیست",
                    "ناخوانا: /feed/管道.txt: فایل عادی نیست: یک لولهٔ نام‌دار (fifo)",
                    "ناخوانا: /feed/old.txt: an older azad's words 🙂",
                ]
            ),
            (
                .ps,
                [
                    "نه لوستل کېدونکی: /feed/خالی.txt: فایل تش دی، مقاله پکې نشته",
                    "نه لوستل کېدونکی: /feed/管道.txt: عادي فایل نه دی: نومول شوی پایپ (fifo)",
                    "نه لوستل کېدونکی: /feed/old.txt: an older azad's words 🙂",
                ]
            ),
            (
                .en,
                [
                    "unreadable: /feed/خالی.txt: the file is empty, there is no article in it",
                    "unreadable: /feed/管道.txt: not a regular file: a fifo",
                    "unreadable: /feed/old.txt: an older azad's words 🙂",
                ]
            ),
        ])
    func logged(language: UILanguage, lines: [String]) {
        let reader = ReaderFixture.reader()
        reader.state.translation = Translation.load(language, environment: [:])
        reader.syncStarted()
        reader.send(.syncUnreadable(Self.unreadable))
        #expect(reader.state.log.entries.map(\.text) == lines)
    }
}
