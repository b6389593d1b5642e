import AzadCore
import Foundation
import Testing

/// `layout_direction` and `--layout-direction` in the real reader: right to left, the list is on the
/// right of the divider and a click there selects; left to right, the list stays on the left.
@Suite(.serialized) struct ReaderLayoutDirectionTmuxTests {
    typealias Feed = ReaderFeedFixture

    /// A reader on the fixture feed with `config` as its configuration, waited on until its list is
    /// drawn (its header's count, in either direction).
    static func session(config: String, arguments: [String] = [], width: Int = 120) throws -> TmuxSession {
        let home = TemporaryFolder.newURL()
        let folder = home.appendingPathComponent("config/azad")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let feed = try Feed.make()
        try Data("feeds = [\"\(feed.path)\"]\n\(config)".utf8).write(to: folder.appendingPathComponent("config.toml"))
        let session = try TmuxSession(arguments, width: width, height: 32, home: home)
        session.removedWithSession.append(feed)
        try session.waitFor("the list") { $0.contains("4 articles") || $0.contains("articles 4") }
        return session
    }

    /// The first screen line that holds `text`.
    static func line(with text: String, in screen: String) -> Substring? {
        screen.split(separator: "\n", omittingEmptySubsequences: false).first { $0.contains(text) }
    }

    /// The display column where `text` starts in `line`.
    static func column(of text: String, in line: Substring) -> Int? {
        line.range(of: text).map { DisplayWidth.of(line[..<$0.lowerBound]) }
    }

    /// Where the list row dated `date` has its divider, title (its first `titleStart`) and date.
    static func listRow(dated date: String, titleStart: String, in screen: String) throws -> (
        divider: Int, title: Int, date: Int
    ) {
        let line = try #require(Self.line(with: date, in: screen), "\(screen)")
        let bar = try #require(line.firstIndex(of: "│"), "\(screen)")
        return (
            DisplayWidth.of(line[..<bar]), try #require(Self.column(of: titleStart, in: line), "\(screen)"),
            try #require(Self.column(of: date, in: line))
        )
    }

    @Test func rightToLeftTheListIsRightOfTheDividerAndReadsFromTheRight() throws {
        let session = try Self.session(config: "layout_direction = \"rtl\"\n")
        let screen = try session.waitFor("the preview on the left") { $0.contains("The old ferry sailed") }
        let row = try Self.listRow(dated: "2016-03-15", titleStart: "Ferry service", in: screen)
        #expect(row.divider < row.title && row.title < row.date, "\(screen)")
        // The list is the rightmost 48 columns of 120, the pane the leftmost 71.
        #expect(row.divider == 71, "\(screen)")
        let preview = try #require(Self.line(with: "The old ferry sailed", in: screen))
        #expect(try #require(Self.column(of: "The old ferry sailed", in: preview)) < row.divider)
        // The mode at the status line's right edge.
        let status = try #require(screen.split(separator: "\n").last { !$0.allSatisfy { $0 == " " } })
        #expect(status.trimmingCharacters(in: .whitespaces).hasSuffix("LIST"), "\(status)")
        #expect(!status.hasPrefix(" LIST"), "\(status)")
        #expect(try session.quit() == 0)
    }

    @Test func aClickOnAListRowOnTheRightSelectsIt() throws {
        let session = try Self.session(config: "layout_direction = \"rtl\"\n")
        let screen = try session.waitFor("the preview") { $0.contains("The old ferry sailed") }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("2015-02-21") })
        let german = try Self.listRow(dated: "2015-02-21", titleStart: "Neue Brücke", in: screen)
        // Left to right this column is the reading pane's; here it is the German title in the list.
        try session.click(column: german.title + 3, row: row)
        let selected = try session.waitFor("the German article in the pane") {
            $0.contains("Die neue Brücke verbindet")
        }
        #expect(selected.contains("4/4"), "\(selected)")
        let preview = try #require(Self.line(with: "Die neue Brücke verbindet", in: selected))
        #expect(try #require(Self.column(of: "Die neue Brücke verbindet", in: preview)) < german.divider)
        // A click in the pane on the left gives it the keyboard: the status line names its mode.
        try session.click(column: 10, row: row)
        try session.waitFor("the pane's mode") { $0.contains("ARTICLE") }
        #expect(try session.quit() == 0)
    }

    @Test(arguments: [
        ("layout_direction = \"rtl\"\n", [String](), true), ("layout_direction = \"ltr\"\n", [], false),
        ("", [], false), ("layout_direction = \"auto\"\n", [], false),
        ("layout_direction = \"rtl\"\n", ["--layout-direction", "ltr"], false),
        ("layout_direction = \"ltr\"\n", ["--layout-direction", "rtl"], true), ("", ["--layout-direction=rtl"], true),
    ])
    func theCommandLineWinsOverTheFile(config: String, arguments: [String], listOnTheRight: Bool) throws {
        let session = try Self.session(config: config, arguments: arguments)
        let screen = try session.waitFor("the German row") { $0.contains("2015-02-21") }
        let german = try Self.listRow(dated: "2015-02-21", titleStart: "Neue Brücke", in: screen)
        #expect((german.title > german.divider) == listOnTheRight, "\(screen)")
        #expect((german.date > german.title) == listOnTheRight, "\(screen)")
        #expect(german.divider == (listOnTheRight ? 71 : 48), "\(screen)")
        #expect(try session.quit() == 0)
    }

    @Test func aWrongDirectionIsRefusedWithItsLine() throws {
        let scratch = ScratchFolder()
        let config = scratch.file("config.toml")
        try Data("mouse = true\nlayout_direction = \"sideways\"\n".utf8).write(to: config)
        let file = try AzadProcess.run(["--config", config.path, "--feed", scratch.url.path])
        #expect(file.status == 1)
        #expect(
            file.stderr
                == "azad: \(config.path):2: layout_direction: expected \"auto\", \"ltr\" or \"rtl\", found \"sideways\"\n"
        )
        let flag = try AzadProcess.run(["--layout-direction", "up", "--feed", scratch.url.path])
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("layout-direction"), "\(flag.stderr)")
    }
}
