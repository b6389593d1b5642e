import Foundation
import Testing

@testable import AzadCore

@Suite struct ConcurrentAccessTests {
    @Test func readersWritersAndSyncsShareOneCache() async throws {
        let feed = try TemporaryDirectory()
        let cacheDirectory = try TemporaryDirectory()
        for index in 0..<40 {
            try feed.write("\(index).txt", Export.text(title: "Article \(index)", body: ["Common words \(index)."]))
        }
        let url = cacheDirectory.url
        let feedURL = feed.url
        // Separate instances, as separate processes would have: each has its own connections.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    let cache = try ArticleCache(directory: url)
                    for round in 0..<10 {
                        if worker.isMultiple(of: 2) {
                            let file = feedURL.appendingPathComponent("\(round).txt")
                            try Data(Export.text(title: "Article \(round)", body: ["Changed \(worker) \(round)."]).utf8)
                                .write(to: file)
                            _ = try cache.sync(feeds: [feedURL])
                        } else {
                            _ = try cache.sync(feeds: [feedURL], waitIfBusy: false)
                            _ = try cache.search("article")
                            _ = try cache.list(limit: 10)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let cache = try ArticleCache(directory: url)
        _ = try cache.sync(feeds: [feedURL])
        #expect(try cache.count() == 40)
        #expect(try cache.search("article").count == 40)
    }

    @Test func listingNeverWaitsForAnotherSync() throws {
        let feed = try TemporaryDirectory()
        let cacheDirectory = try TemporaryDirectory()
        try feed.write("a.txt", Export.text(title: "Waiting", body: ["Body."]))
        _ = try ArticleCache(directory: cacheDirectory.url).sync(feeds: [feed.url])
        // Another process syncing holds the sync lock (flock locks conflict between open files, even
        // in one process).
        let other = try FileLock(url: cacheDirectory.url.appendingPathComponent("cache.lock"))
        other.lock()
        defer { other.unlock() }
        try feed.write("b.txt", Export.text(title: "Not yet", body: ["Body."]))
        let cache = try ArticleCache(directory: cacheDirectory.url)
        let report = try cache.sync(feeds: [feed.url], waitIfBusy: false, depth: .quick)
        #expect(report.skipped)
        #expect(try cache.list().map(\.title) == ["Waiting"])
    }

    @Test func twoReadingStatesWriteAtOnce() async throws {
        let directory = try TemporaryDirectory()
        let url = directory.url
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<3 {
                group.addTask {
                    let state = try ReadingState(directory: url)
                    for index in 0..<50 {
                        try state.setRead("/feed/\(worker)-\(index).txt", true)
                        try state.setPreference("worker-\(worker)", "\(index)")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try ReadingState(directory: url).readPaths().count == 150)
    }
}
