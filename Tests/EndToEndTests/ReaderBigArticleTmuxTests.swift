import Foundation
import Testing

/// `G` in an export of several megabytes, through real ncursesw in tmux: the article's last line is
/// on the screen without the lines between being laid out first.
@Suite(.serialized) struct ReaderBigArticleTmuxTests {
    /// The export's last paragraph, found nowhere else in it.
    static let lastLine = "Closing words of the long record: the ferry reached Termez."

    /// A title, a date and `paragraphs` numbered paragraphs of one short line each, then `lastLine`.
    /// Tens of thousands of them make megabytes and keep the sync of a debug build to a few seconds
    /// (its cost goes by paragraph more than by byte).
    static func bigExport(paragraphs: Int) -> Data {
        var text = "The Long Record of the River Crossings\n\n2019-03-21\n\n"
        text.reserveCapacity(paragraphs * 84 + 200)
        for number in 1...paragraphs {
            text += "Crossing \(number) logged at the northern landing before the ferry turned south.\n\n"
        }
        text += lastLine + "\n"
        return Data(text.utf8)
    }

    @Test func gInABigArticleShowsItsLastLine() throws {
        let home = TemporaryFolder.newURL()
        let feed = home.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let export = Self.bigExport(paragraphs: 60_000)
        #expect(export.count > 4_000_000, "an export of several megabytes: \(export.count) bytes")
        try export.write(to: feed.appendingPathComponent("long-record.txt"))
        let session = try TmuxSession(["--feed", feed.path], width: 100, height: 30, home: home)
        try session.waitFor("sync done", timeout: 60)
        try session.waitFor("The Long Record of the River")
        try session.send("Enter")
        try session.waitFor("Crossing 1 logged")
        try session.send("G")
        let end = try session.waitFor("the export's last line") { $0.contains(Self.lastLine) }
        #expect(!end.contains("Crossing 1 logged"), "the pane shows the end, not the start:\n\(end)")
        #expect(end.contains("Crossing 60000 logged"), "the paragraph before the last:\n\(end)")
        try session.send("g")
        try session.waitFor("the start again") { $0.contains("Crossing 1 logged") && !$0.contains(Self.lastLine) }
        #expect(try session.quit() == 0)
    }
}
