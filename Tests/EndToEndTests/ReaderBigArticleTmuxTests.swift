import Foundation
import Testing

/// `G` in a 50 MB article shows its last paragraph at once, through real ncursesw in tmux: the end
/// is laid out on its own, not after everything above it.
@Suite(.serialized) struct ReaderBigArticleTmuxTests {
    @Test("G in a 50 MB article shows its last paragraph within the deadline")
    func endOfABigArticle() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("azad-e2e-\(UUID().uuidString)")
        let feed = home.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try BigExportSyncTests.writeExport(to: feed.appendingPathComponent("000_big.txt"), megabytes: 50)
        let last = BigExportSyncTests.lastParagraph
        // Synced beforehand, as the reader's own first sync would be: the test is about the key.
        let sync = try AzadProcess.run(
            ["sync", "--feed", feed.path],
            environment: [
                "XDG_CACHE_HOME": home.appendingPathComponent("cache").path,
                "XDG_DATA_HOME": home.appendingPathComponent("data").path,
                "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            ])
        #expect(sync.status == 0)
        #expect(sync.stdout.contains("1 new"))
        let session = try TmuxSession(["--no-sync", "--feed", feed.path], width: 100, height: 30, home: home)
        session.removedWithSession = [feed]
        try session.waitFor("A very long report", timeout: 60)
        try session.send("Enter")
        // The article open in the pane (not previewed beside the list), which takes `G`.
        try session.waitFor("the article open", timeout: 60) {
            $0.contains("ARTICLE") && $0.contains("The night train stopped twice")
        }
        #expect(try !session.capture().contains(last))
        let pressed = Date()
        try session.send("G")
        // Laying out the 50 MB above the end takes minutes in a debug build: the deadline tells the two apart.
        let screen = try session.waitFor(last, timeout: 10)
        let seconds = Date().timeIntervalSince(pressed)
        #expect(screen.contains("End"), "\(screen)")
        #expect(seconds < 10 * TmuxSession.deadlineScale)
        #expect(try session.quit() == 0)
    }
}
