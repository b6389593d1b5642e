import Foundation
import Testing

@testable import AzadCore

/// A sync's stored fingerprints of the feed folders and exports are trusted next time only when
/// nothing in them changed within the clock's grain of the walk: a file added in the same tick as
/// the walk leaves its folder's time as the walk saw it.
@Suite struct RacyFingerprintTests {
    static let exports: [(name: String, text: String)] = [
        ("2026/12/001_kabul.txt", Export.text(title: "برف در کابل", date: "1405-09-15", body: ["راه سالنگ بسته شد."])),
        ("2026/12/002_helmand.txt", Export.text(title: "د هلمند اوبه", body: ["د اوبو ویش e\u{301} 🌊"])),
        ("2026/11/003_tokyo.txt", Export.text(title: "東京 market", date: "2026-11-02", body: ["Rain over the port."])),
    ]

    /// Sets a path's access and modification times to `time`.
    static func setModified(_ path: String, to time: timespec) {
        var times = [time, time]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0, "utimensat \(path): \(errno)")
    }

    static func modified(_ path: String) -> timespec {
        var info = stat()
        #expect(stat(path, &info) == 0)
        return info.st_mtim
    }

    /// Writes the feed; with `settled`, every export's and folder's time an hour back.
    static func feed(settled: Bool) throws -> TemporaryDirectory {
        let feed = try TemporaryDirectory()
        for export in exports { _ = try feed.write(export.name, export.text) }
        if settled {
            let hourAgo = timespec(tv_sec: Int(Date().timeIntervalSince1970) - 3600, tv_nsec: 0)
            for export in exports {
                setModified(feed.url.appendingPathComponent(export.name).path, to: hourAgo)
            }
            for folder in ["2026/12", "2026/11", "2026", ""] {
                setModified(feed.url.appendingPathComponent(folder).path, to: hourAgo)
            }
        }
        return feed
    }

    /// Adds an export to `2026/12` and sets the folder's time back to what the last walk saw, as a
    /// file added within the same clock tick leaves it.
    static func addInTheSameTick(_ feed: TemporaryDirectory) {
        let folder = feed.url.appendingPathComponent("2026/12").path
        let before = modified(folder)
        _ = try? feed.write("2026/12/004_herat.txt", Export.text(title: "هرات کهنه", body: ["شهر کهنه 新闻."]))
        setModified(folder, to: before)
    }

    @Test(arguments: [SyncDepth.quick, .full])
    func anExportAddedInTheWalksTickIsFoundNextTime(depth: SyncDepth) throws {
        let feed = try Self.feed(settled: false)
        let directory = try TemporaryDirectory()
        let cache = try ArticleCache(directory: directory.url)
        #expect(try cache.sync(feeds: [feed.url]).new == 3)
        Self.addInTheSameTick(feed)
        let report = try cache.sync(feeds: [feed.url], depth: depth)
        #expect(report.new == 1, "\(report)")
        #expect(try cache.count() == 4)
    }

    /// Settled times are trusted: a quick sync stops at the folders, so an export slipped in with its
    /// folder's time unchanged waits for a full sync (which stats every export). This is what makes
    /// the quick sync quick, and shows the racy case above is not found by a walk every time.
    @Test func settledFingerprintsLetAQuickSyncStopAtTheFolders() throws {
        let feed = try Self.feed(settled: true)
        let directory = try TemporaryDirectory()
        let cache = try ArticleCache(directory: directory.url)
        #expect(try cache.sync(feeds: [feed.url]).new == 3)
        Self.addInTheSameTick(feed)
        #expect(try cache.sync(feeds: [feed.url], depth: .quick).new == 0)
        #expect(try cache.sync(feeds: [feed.url], depth: .full).new == 1)
        #expect(try cache.count() == 4)
    }
}
