import Foundation
import Testing

@testable import AzadCore

@Suite struct ReadingStateTests {
    @Test func remembersReadStarredPositionAndPreferences() throws {
        let directory = try TemporaryDirectory()
        do {
            let state = try ReadingState(directory: directory.url)
            try state.setRead("/feed/a.txt", true)
            try state.setStarred("/feed/b.txt", true)
            try state.setLastPosition(.init(path: "/feed/ب.txt", line: 42))
            try state.setPreference(.mastheadLanguage, "en")
            try state.setPreference(.theme, "dark")
            try state.setPreference(.theme, nil)
        }
        let state = try ReadingState(directory: directory.url)
        #expect(try state.isRead("/feed/a.txt"))
        #expect(try !state.isRead("/feed/b.txt"))
        #expect(try state.starredPaths() == ["/feed/b.txt"])
        #expect(try state.lastPosition() == .init(path: "/feed/ب.txt", line: 42))
        #expect(try state.preference(.mastheadLanguage) == "en")
        #expect(try state.preference(.theme) == nil)
        try state.setRead("/feed/a.txt", false)
        #expect(try state.readPaths().isEmpty)
    }

    @Test func survivesACacheRebuild() throws {
        let feed = try TemporaryDirectory()
        let data = try TemporaryDirectory()
        let file = try feed.write("a.txt", Export.text(title: "Kept state", body: ["Body."]))
        var cacheDirectory: TemporaryDirectory? = try TemporaryDirectory()
        let state = try ReadingState(directory: data.url)
        do {
            let cache = try ArticleCache(directory: cacheDirectory!.url)
            _ = try cache.sync(feeds: [feed.url])
            let path = try #require(try cache.list().first?.path)
            try state.setRead(path, true)
        }
        cacheDirectory = nil  // the cache is deleted
        let rebuilt = try TemporaryDirectory()
        let cache = try ArticleCache(directory: rebuilt.url)
        _ = try cache.sync(feeds: [feed.url])
        let path = try #require(try cache.list().first?.path)
        #expect(path == file.path)
        #expect(try state.isRead(path))
    }
}
