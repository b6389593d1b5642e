import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The messages log (`M`) and errors on the status line: a sync names what it could not read, an
/// error stays until a key is pressed, and everything is in the log.
@Suite struct MessageLogTests {
    static let unreadable = [
        SyncReport.Unreadable(path: "/feed/empty.txt", reason: "the file is empty, there is no article in it"),
        SyncReport.Unreadable(path: "/feed/خالی.txt", reason: "not UTF-8, UTF-16 or Windows-1256 text"),
    ]

    @Test func aSyncSaysHowManyExportsItCouldNotReadAndTheLogNamesThem() {
        let reader = ReaderFixture.reader()
        reader.syncStarted()
        reader.send(.syncUnreadable(Self.unreadable))
        reader.syncFinished(error: nil)
        #expect(reader.state.message == "sync done: 2 unreadable (M lists them)")
        reader.handle(.character("M"))
        #expect(reader.state.mode == .messages)
        let screen = Screen.render(reader.state, keymap: reader.keymap).lines.joined(separator: "\n")
        #expect(screen.contains("warning: unreadable: /feed/empty.txt: the file is empty, there is no article in it"))
        #expect(screen.contains("MESSAGES"))
        #expect(reader.state.log.entries.count == 2)
        reader.handle(.character("q"))
        #expect(reader.state.mode == .browse)
    }

    @Test func anErrorStaysBesideTheSyncsMessageUntilAKey() {
        let reader = ReaderFixture.reader()
        reader.send(.logged(.init(.error, "theme: mine.toml:3: title.fg: unknown colour")))
        reader.syncStarted()
        reader.send(.syncUnreadable([Self.unreadable[0]]))
        reader.syncFinished(error: nil)
        #expect(
            reader.state.message
                == "theme: mine.toml:3: title.fg: unknown colour · sync done: 1 unreadable (M lists them)")
        reader.handle(.character("j"))
        #expect(reader.state.message == nil)
        // Another sync without problems says so plainly.
        reader.syncStarted()
        reader.syncFinished(error: nil)
        #expect(reader.state.message == "sync done")
        #expect(reader.state.log.entries.map(\.kind) == [.error, .warning])
    }

    @Test func theLogWrapsLongEntriesAndSaysWhenItIsEmpty() {
        #expect(MessageLog.lines([], width: 40) == ["No messages in this run."])
        let lines = MessageLog.lines(
            [.init(.warning, "unreadable: /feed/خیلی طولانی/" + String(repeating: "漢字", count: 30) + ".txt: why")],
            width: 40)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
        #expect(lines[0].hasPrefix("warning: unreadable:"))
    }
}
