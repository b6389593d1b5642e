import Foundation
import Testing

/// A sort in a list longer than the ends the reader reads first, through real ncursesw in tmux: the
/// new order's first rows are on the screen at once (the list's ends, its ids read on a thread of
/// their own), and the keys after it move through the new order.
@Suite(.serialized) struct ReaderSortTmuxTests {
    /// More articles than the reader reads at both ends of a list (512 each).
    static let count = 1_200

    /// Article `index`'s number in its title: a shuffle of the dates' order, the newest numbered 0,
    /// so that the first rows by title lie far apart by date.
    static func number(_ index: Int) -> Int { (count - 1 - index) * 7 % count }

    static func title(_ number: Int) -> String { String(format: "Crossing report %04d", number) }

    @Test func aSortShowsTheNewOrdersFirstRows() throws {
        let home = TemporaryFolder.newURL()
        let feed = home.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let first = try #require(calendar.date(from: DateComponents(year: 2001, month: 1, day: 1)))
        for index in 0..<Self.count {
            // One day apart, the highest index newest.
            let day = calendar.dateComponents(
                [.year, .month, .day], from: first.addingTimeInterval(Double(index) * 86_400))
            let date = String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!)
            let text =
                "\(Self.title(Self.number(index)))\n\n\(date)\n\n"
                + "The ferry crossed the river at dawn and the report counts the trucks it carried.\n"
            try Data(text.utf8).write(to: feed.appendingPathComponent("crossing-\(index).txt"))
        }
        let session = try TmuxSession(
            ["read", "--feed", feed.path, "--cache-dir", home.appendingPathComponent("azad-cache").path], width: 130,
            height: 30, home: home)
        try session.waitFor("the newest first", timeout: 120) {
            $0.contains(" 1/\(Self.count) · ") && $0.contains(Self.title(0)) && $0.contains(Self.title(7))
        }
        #expect(Self.number(Self.count - 2) == 7)
        // By date the second and third titles by number lie hundreds of rows down.
        let byDate = try session.capture()
        #expect(!byDate.contains(Self.title(1)) && !byDate.contains(Self.title(2)), "\(byDate)")

        try session.send("=")
        try session.waitFor("the first rows by title") { screen in
            screen.contains("by title") && screen.contains(" 1/\(Self.count) · ")
                && (1...5).allSatisfy { screen.contains(Self.title($0)) }
        }
        try session.send("j")
        try session.waitFor(" 2/\(Self.count) · ")
        try session.send("G")
        try session.waitFor("the last row by title") {
            $0.contains(" \(Self.count)/\(Self.count) · ") && $0.contains(Self.title(Self.count - 1))
        }
        // Reversed, the selection stays on its article, now the first row.
        try session.send("~")
        try session.waitFor("the first rows by title, reversed") {
            $0.contains("by title, reversed") && $0.contains(" 1/\(Self.count) · ")
                && $0.contains(Self.title(Self.count - 2)) && $0.contains(Self.title(Self.count - 3))
        }
        #expect(try session.quit() == 0)
    }
}
