import Foundation
import GRDB
import Synchronization
import Testing

@testable import AzadCore

/// inotify against the real file system: what `FeedWatcher` reports and what `LiveSync` makes of it.
@Suite struct FeedWatcherTests {
    /// Names an export may have, in the site's scripts and the awkward rest.
    static let names = [
        "salang.txt", "کابل-۱۴۰۲.txt", "ننگرهار_ښار.TXT", "東京.txt", "news-👍🏽.txt", "e\u{301}te\u{301}.txt",
        "tab\there.txt",
    ]

    /// A feed folder, a cache, and a watch on the feed.
    struct Fixture {
        let feed = ScratchFolder()
        let cacheFolder = ScratchFolder()
        let cache: ArticleCache
        let live: LiveSync

        init(
            existing: [String: String] = [:], folders: [String] = [], fallbackInterval: Double = 10,
            addWatch: @escaping FeedWatcher.AddWatch = FeedWatcher.systemAddWatch
        ) throws {
            for folder in folders {
                try FileManager.default.createDirectory(
                    at: feed.file(folder), withIntermediateDirectories: true)
            }
            for (name, title) in existing { try FeedWatcherTests.export(title).write(to: feed.file(name)) }
            cache = try ArticleCache(directory: cacheFolder.url)
            _ = try cache.sync(feeds: [feed.url])
            live = try LiveSync(
                cache: cache, feeds: [feed.url], fallbackInterval: fallbackInterval, addWatch: addWatch)
        }

        var titles: [String] {
            get throws {
                try cache.pool.read { try String.fetchAll($0, sql: "SELECT title FROM article ORDER BY title") }
            }
        }

        /// The changes the watch synced until `done` holds of them, or the deadline passed.
        func changes(
            within seconds: Double = 5, until done: ([SyncReport.Change]) -> Bool
        ) -> [SyncReport.Change] {
            var found: [SyncReport.Change] = []
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline, !done(found) {
                for case .synced(let report) in live.step(timeout: 100) { found += report.changes ?? [] }
            }
            return found
        }
    }

    static func export(_ title: String) -> Data {
        Data("\(title)\n\n01/12/2020\n\nThe tunnel was shut for a day while the ploughs worked.\n".utf8)
    }

    @Test(arguments: names)
    func aNewExportIsSyncedAlone(name: String) throws {
        let fixture = try Fixture(existing: ["old.txt": "Old news"])
        try Self.export("Snow closes the Salang pass").write(to: fixture.feed.file(name))
        let path = fixture.feed.file(name).standardizedFileURL.path
        let changes = fixture.changes { !$0.isEmpty }
        #expect(changes == [.init(.new, path)])
        #expect(try fixture.titles == ["Old news", "Snow closes the Salang pass"])
    }

    @Test func aNewFolderIsWatchedAndWhatItHoldsIsSynced() throws {
        let fixture = try Fixture()
        let month = fixture.feed.file("2021/03")
        try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
        // Written at once: it may be in the folder before the folder's watch is.
        try Self.export("First of March").write(to: month.appendingPathComponent("001_a.txt"))
        var changes = fixture.changes { $0.count >= 1 }
        #expect(changes.map(\.kind) == [.new])
        try Self.export("Second of March").write(to: month.appendingPathComponent("002_b.txt"))
        changes = fixture.changes { $0.count >= 1 }
        #expect(changes == [.init(.new, month.appendingPathComponent("002_b.txt").standardizedFileURL.path)])
        #expect(try fixture.titles == ["First of March", "Second of March"])
    }

    @Test func anExportWrittenInPlaceIsChanged() throws {
        let fixture = try Fixture(existing: ["kabul.txt": "کابل زیر برف"])
        try Self.export("کابل پس از برف").write(to: fixture.feed.file("kabul.txt"))
        let changes = fixture.changes { !$0.isEmpty }
        #expect(changes == [.init(.changed, fixture.feed.file("kabul.txt").standardizedFileURL.path)])
        #expect(try fixture.titles == ["کابل پس از برف"])
    }

    @Test func aRemovedExportAndARemovedFolderAreRemoved() throws {
        let fixture = try Fixture(
            existing: ["one.txt": "One", "2020/01/two.txt": "Two", "2020/01/three.txt": "Three"],
            folders: ["2020/01"])
        try FileManager.default.removeItem(at: fixture.feed.file("one.txt"))
        try FileManager.default.removeItem(at: fixture.feed.file("2020"))
        let changes = fixture.changes { $0.count >= 3 }
        #expect(changes.map(\.kind) == [.removed, .removed, .removed])
        #expect(try fixture.titles == [])
    }

    @Test func anExportMovedInAndOutIsNewThenRemoved() throws {
        let fixture = try Fixture(existing: ["stay.txt": "Stays"])
        let outside = ScratchFolder()
        try Self.export("Pashto poem: د پسرلي سندره").write(to: outside.file("poem.txt"))
        let inside = fixture.feed.file("poem.txt")
        let path = inside.standardizedFileURL.path
        try FileManager.default.moveItem(at: outside.file("poem.txt"), to: inside)
        #expect(fixture.changes { !$0.isEmpty } == [.init(.new, path)])
        try FileManager.default.moveItem(at: inside, to: fixture.feed.file("renamed.txt"))
        let renamed = fixture.changes { $0.count >= 2 }
        #expect(
            Set(renamed) == [
                .init(.removed, path), .init(.new, fixture.feed.file("renamed.txt").standardizedFileURL.path),
            ])
        try FileManager.default.moveItem(at: fixture.feed.file("renamed.txt"), to: outside.file("poem.txt"))
        #expect(fixture.changes { !$0.isEmpty }.map(\.kind) == [.removed])
        #expect(try fixture.titles == ["Stays"])
    }

    @Test func aFolderMovedInIsWalkedAndWatched() throws {
        let fixture = try Fixture()
        let outside = ScratchFolder()
        try FileManager.default.createDirectory(at: outside.file("1402/حمل"), withIntermediateDirectories: true)
        try Self.export("Nowruz").write(to: outside.file("1402/حمل/nowruz.txt"))
        try FileManager.default.moveItem(at: outside.file("1402"), to: fixture.feed.file("1402"))
        #expect(fixture.changes { !$0.isEmpty }.map(\.kind) == [.new])
        // Its folders are watched under their new path.
        try Self.export("Spring").write(to: fixture.feed.file("1402/حمل/spring.txt"))
        #expect(
            fixture.changes { !$0.isEmpty } == [
                .init(.new, fixture.feed.file("1402/حمل/spring.txt").standardizedFileURL.path)
            ])
    }

    @Test func hiddenFilesAndOtherFilesAreNotChanges() throws {
        let fixture = try Fixture()
        try Self.export("Hidden").write(to: fixture.feed.file(".draft.txt"))
        try Data("notes".utf8).write(to: fixture.feed.file("notes.md"))
        try Data("swap".utf8).write(to: fixture.feed.file("poem.txt~"))
        #expect(fixture.changes(within: 0.6) { _ in false } == [])
        #expect(try fixture.titles == [])
    }

    @Test func theWatchLimitFallsBackToPeriodicSyncsAndSaysSoOnce() throws {
        // The root's watch is added; every folder below it meets the limit.
        let calls = Calls()
        let fixture = try Fixture(folders: ["2020/01"], fallbackInterval: 0.5) { inotify, path, mask in
            calls.count.add(1, ordering: .relaxed).newValue == 1
                ? FeedWatcher.systemAddWatch(inotify, path, mask) : -ENOSPC
        }
        #expect(fixture.live.watchedFolders == 1)
        try Self.export("Unwatched folder").write(to: fixture.feed.file("2020/01/late.txt"))
        var events: [LiveSync.Event] = []
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline,
            !events.contains(where: { if case .fullySynced(let r) = $0 { r.new == 1 } else { false } })
        {
            events += fixture.live.step(timeout: 100)
        }
        let notices = events.filter { if case .limitReached = $0 { true } else { false } }
        #expect(notices.count == 1)
        #expect(try fixture.titles == ["Unwatched folder"])
        #expect(calls.count.load(ordering: .relaxed) >= 2)
    }

    /// How many watches were asked for.
    final class Calls: Sendable {
        let count = Atomic<Int>(0)
    }
}
