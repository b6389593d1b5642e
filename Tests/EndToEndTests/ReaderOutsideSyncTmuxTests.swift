import Foundation
import Testing

/// A sync by another process while the reader is open is seen by the reader.
@Suite struct ReaderOutsideSyncTmuxTests {
    typealias Feed = ReaderFeedFixture

    @Test func anAzadSyncElsewhereShowsUpInTheOpenList() throws {
        let feed = try Feed.make()
        defer { try? FileManager.default.removeItem(at: feed) }
        let session = try TmuxSession(["--feed", feed.path])
        try session.waitFor("4 articles")
        // The reader's own sync at start must be over, or it could be the one to find the new export.
        try session.waitFor("sync done")
        let title = "Snow closes the Salang pass again"
        let export = "\(title)\n\n01/12/2020\n\nThe tunnel was shut for a day while the ploughs worked.\n"
        try Data(export.utf8).write(to: feed.appendingPathComponent("salang.txt"))
        let sync = try AzadProcess.run(["sync", "--feed", feed.path], environment: session.environment)
        #expect(sync.status == 0, "\(sync.stderr)")
        // The promise is "within a second": the reader looks once a second, then reloads and draws;
        // half a second more covers the reload, the frame and tmux's capture on a loaded machine.
        // The reader's own feed watch may sync the new export before the other process does; then
        // the change it sees counts nothing new, and its message says only that the cache changed.
        let screen = try session.waitFor("“the cache changed” within 1.5 s", timeout: 1.5) {
            $0.contains("the cache changed") && $0.contains("5 articles")
        }
        #expect(screen.contains(title))
        #expect(try session.quit() == 0)
    }
}
