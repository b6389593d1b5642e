import Foundation
import Testing

/// The open reader watches its feed: an export written into it shows up within a second, with no
/// sync run by anyone.
@Suite struct ReaderWatchTmuxTests {
    typealias Feed = ReaderFeedFixture

    @Test func aNewExportAppearsInTheOpenReaderWithinASecond() throws {
        let feed = try Feed.make()
        defer { try? FileManager.default.removeItem(at: feed) }
        let session = try TmuxSession(["--feed", feed.path])
        try session.waitFor("4 articles")
        try session.waitFor("sync done")
        let title = "Snow closes the Salang pass again"
        let export = "\(title)\n\n01/12/2020\n\nThe tunnel was shut for a day while the ploughs worked.\n"
        try FileManager.default.createDirectory(
            at: feed.appendingPathComponent("2020/01"), withIntermediateDirectories: true)
        try Data(export.utf8).write(to: feed.appendingPathComponent("2020/01/salang.txt"))
        try session.waitFor(title, timeout: 1)
        try session.waitFor("5 articles", timeout: 1)
        // Rewritten in place, it updates.
        let renamed = "Salang pass open once more"
        try Data(export.replacingOccurrences(of: title, with: renamed).utf8).write(
            to: feed.appendingPathComponent("2020/01/salang.txt"))
        try session.waitFor(renamed, timeout: 1)
        #expect(try !session.capture().contains(title))
        #expect(try session.quit() == 0)
    }
}
