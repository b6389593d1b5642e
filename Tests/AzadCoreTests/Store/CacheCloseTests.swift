import Foundation
import Testing

@testable import AzadCore

/// Closing the cache: a process that wrote checkpoints its work into the main file, one that only
/// read leaves the files as it found them, so the next one need not write either.
@Suite("Closing the cache")
struct CacheCloseTests {
    @Test func aCacheOnlyReadIsClosedWithoutWritingAndASyncCheckpoints() throws {
        let feed = try TemporaryDirectory()
        try feed.write("a.txt", Export.text(title: "Kabul weather report", body: ["Snow fell on the city."]))
        try feed.write("b.txt", Export.text(title: "گزارش هوای کابل", body: ["برف بارید در کابل 🙂 漢字."]))
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("cache.sqlite")
        let wal = URL(fileURLWithPath: file.path + "-wal")
        do { _ = try ArticleCache(directory: directory.url).sync(feeds: [feed.url]) }
        // The sync wrote: closing checkpointed its work into the main file and removed the WAL.
        #expect(!FileManager.default.fileExists(atPath: wal.path))
        // The next open writes a WAL (GRDB does when there is none), and closing leaves it.
        do { #expect(try ArticleCache(directory: directory.url).search("کابل").count == 1) }
        let main = try Data(contentsOf: file)
        let log = try Data(contentsOf: wal)
        #expect(!log.isEmpty)
        // Every later reader writes nothing at all.
        for query in ["snow", "برف", "kab*", "漢字", "title:گزارش"] {
            do { #expect(try ArticleCache(directory: directory.url).search(query).count == 1) }
            #expect(try Data(contentsOf: file) == main)
            #expect(try Data(contentsOf: wal) == log)
        }
        // A sync that changes something checkpoints again.
        try feed.write("c.txt", Export.text(title: "Herat market", body: ["Prices rose."]))
        do { #expect(try ArticleCache(directory: directory.url).sync(feeds: [feed.url]).new == 1) }
        #expect(!FileManager.default.fileExists(atPath: wal.path))
        do { #expect(try ArticleCache(directory: directory.url).search("herat").count == 1) }
    }
}
