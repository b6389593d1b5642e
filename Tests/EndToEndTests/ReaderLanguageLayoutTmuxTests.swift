import AzadCore
import Foundation
import Testing

/// The interface language decides the layout's direction when `layout_direction` is left to `auto`:
/// in Dari and Pashto the list is on the right of the divider and the status line speaks the
/// language; `layout_direction = "ltr"` keeps the list on the left in Dari.
@Suite(.serialized) struct ReaderLanguageLayoutTmuxTests {
    /// The column of the divider on most screen lines that have one: 71 with the list on the right of
    /// a 120-column screen, 48 with it on the left.
    static func dividerColumn(in screen: String) throws -> Int {
        var counts: [Int: Int] = [:]
        for line in screen.split(separator: "\n") {
            guard let bar = line.firstIndex(of: "│") else { continue }
            counts[DisplayWidth.of(line[..<bar]), default: 0] += 1
        }
        return try #require(counts.max { $0.value < $1.value }?.key, "\(screen)")
    }

    /// The last line of `screen` that is not blank: the status line.
    static func statusLine(of screen: String) throws -> Substring {
        try #require(screen.split(separator: "\n").last { !$0.allSatisfy { $0 == " " } }, "\(screen)")
    }

    @Test(arguments: [
        ("fa", "فهرست", "۱۵ خوانده‌نشده"), ("ps", "لېست", "۱۵ نالوستې"),
    ])
    func automaticDirectionFollowsATranslatedInterface(language: String, mode: String, unread: String) throws {
        let session = try ReaderLanguageTmuxTests.session(config: "ui_language = \"\(language)\"\n")
        let screen = ReaderLanguageTmuxTests.withoutJoiners(
            try ReaderLanguageTmuxTests.waitForVisual(session, [mode, unread]))
        #expect(try Self.dividerColumn(in: screen) == 71, "\(screen)")
        let status = try Self.statusLine(of: screen)
        #expect(status.contains(try ReaderLanguageTmuxTests.visual(mode)), "\(status)")
        #expect(status.contains(try ReaderLanguageTmuxTests.visual(unread)), "\(status)")
        #expect(!status.contains("LIST") && !status.contains("unread"), "\(status)")
        // The mode sits at the status line's right edge, as the list does.
        let trimmed = status.trimmingCharacters(in: .whitespaces)
        #expect(trimmed.hasSuffix(try ReaderLanguageTmuxTests.visual(mode)), "\(status)")
        #expect(try session.quit() == 0)
    }

    @Test func dariLeftToRightWhenTheConfigurationSaysSo() throws {
        let session = try ReaderLanguageTmuxTests.session(
            config: "ui_language = \"fa\"\nlayout_direction = \"ltr\"\n")
        let screen = ReaderLanguageTmuxTests.withoutJoiners(
            try ReaderLanguageTmuxTests.waitForVisual(session, ["فهرست", "۱۵ خوانده‌نشده"]))
        #expect(try Self.dividerColumn(in: screen) == 48, "\(screen)")
        let status = try Self.statusLine(of: screen)
        #expect(!status.contains("LIST"), "\(status)")
        #expect(try session.quit() == 0)
    }

    @Test func englishStaysLeftToRight() throws {
        let session = try ReaderLanguageTmuxTests.session(config: "ui_language = \"en\"\n")
        let screen = try session.waitFor("the English list") { $0.contains("/15 · 15 unread") }
        #expect(try Self.dividerColumn(in: screen) == 48, "\(screen)")
        #expect(try session.quit() == 0)
    }
}
