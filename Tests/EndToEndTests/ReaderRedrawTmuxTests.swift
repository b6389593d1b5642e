import Foundation
import Testing

/// `C-l` redraws every cell through the keymap (the `redraw` operation), in the list and at the
/// search prompt alike: the screen is wiped behind the reader's back, and only a full redraw
/// brings it back, since the reader's own frame diff sees nothing changed.
@Suite(.serialized) struct ReaderRedrawTmuxTests {
    /// Clears the pane's terminal without the reader knowing.
    static func wipe(_ session: TmuxSession) throws {
        let tty = try session.format("#{pane_tty}")
        let handle = try #require(FileHandle(forWritingAtPath: tty))
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("\u{1B}[2J".utf8))
    }

    @Test(arguments: [[String](), ["/"]])
    func controlLRedrawsAWipedScreen(opening: [String]) throws {
        let session = try ReaderTmuxTests.session()
        for key in opening { try session.send(key) }
        if !opening.isEmpty { try session.waitFor("Search") }
        try session.waitFor("www.afgazad.com")
        try Self.wipe(session)
        try session.waitFor("the wiped screen") { !$0.contains("www.afgazad.com") }
        try session.send("C-l")
        try session.waitFor("www.afgazad.com")
        try session.waitFor(ReaderFeedFixture.englishTitle)
        if !opening.isEmpty {
            try session.waitFor("Search articles:")
            try ReaderSearchTmuxTests.closePromptAndQuit(session)
        } else {
            #expect(try session.quit() == 0)
        }
    }
}
