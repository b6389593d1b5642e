import Foundation
import Testing

/// A search with more hits than the screen has rows, through real ncursesw in tmux: the first screen
/// of hits is read before the rest, and the whole of them then counts and scrolls as one list.
@Suite(.serialized) struct ReaderSearchHeadTmuxTests {
    static let count = 90

    @Test func manyHitsCountAndScrollAsOneList() throws {
        let home = TemporaryFolder.newURL()
        let feed = home.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        for index in 0..<Self.count {
            // The word more often in some articles than in others, so that the ranks differ.
            let text =
                String(format: "Harvest note %02d\n\n2016-%02d-%02d\n\n", index, 1 + index % 12, 1 + index % 28)
                + String(repeating: "Saffron from Herat. ", count: 1 + index % 5) + "\n\nزعفران هرات به بازار رسید 🌸.\n"
            try Data(text.utf8).write(to: feed.appendingPathComponent(String(format: "note-%02d.txt", index)))
        }
        let session = try TmuxSession(
            ["read", "--feed", feed.path, "--cache-dir", home.appendingPathComponent("azad-cache").path], width: 100,
            height: 30, home: home)
        try session.waitFor(" 1/\(Self.count) · ", timeout: 120)
        try session.send("/")
        try session.send("-l", "saffr")
        try session.waitFor("every hit counted") { $0.contains("\(Self.count) results · Enter keeps") }
        try session.send("Enter")
        try session.waitFor("\(Self.count) results: Enter opens")
        try session.send("G")
        try session.waitFor(" \(Self.count)/\(Self.count) · ")
        // Back to the list, and the same in Persian.
        try session.send("Escape")
        try session.waitFor("the whole list again") { $0.contains(" · ") && !$0.contains("results") }
        try session.send("/")
        try session.send("-l", "زعفرا")
        try session.waitFor("every hit counted, in Persian") { $0.contains("\(Self.count) results · Enter keeps") }
        try session.send("Escape")
        #expect(try session.quit() == 0)
    }
}
