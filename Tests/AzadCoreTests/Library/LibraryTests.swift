import Foundation
import Testing

@testable import AzadCore

/// The library finds an article by what a user typed, in one order: a file, then a cache id, then a
/// path the cache holds.
@Suite struct LibraryTests {
    static let persian = "سیاسی\n\nصلح در کابل\n\nنویسنده: مینا رحیمی\n\nمتن مقاله درباره صلح است.\n"
    static let english = "Harbour Lights\n\nBy Mina Rahimi\n\nThe ferry left at dawn and nobody looked back.\n"

    /// A feed of two exports, synced into a cache in the scratch folder.
    static func syncedLibrary(in scratch: ScratchFolder) throws -> (Library, feed: URL) {
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try Data(persian.utf8).write(to: feed.appendingPathComponent("صلح.txt"))
        try Data(english.utf8).write(to: feed.appendingPathComponent("harbour.txt"))
        let library = Library(feeds: [feed], cacheDirectory: scratch.file("cache"))
        let report = try library.sync(waitIfBusy: true)
        #expect(report.new == 2)
        return (library, feed)
    }

    @Test func anExistingFileIsParsedWithoutOpeningTheCache() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("loose.txt")
        try Data(Self.english.utf8).write(to: file)
        let library = Library(feeds: [], cacheDirectory: scratch.file("cache"))
        let article = try library.resolve(file.path)
        #expect(article.title == "Harbour Lights")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("cache").path))
    }

    @Test func aNumberIsACacheIdAndAPathTheCacheHoldsIsFound() throws {
        let scratch = ScratchFolder()
        let (library, feed) = try Self.syncedLibrary(in: scratch)
        let summaries = try library.cache().list()
        for summary in summaries {
            #expect(try library.resolve(String(summary.id)).title == summary.title)
        }
        // Removed from the feed, the export is still in the cache under its path.
        let removed = feed.appendingPathComponent("صلح.txt").path
        let title = try ExportParser.parse(contentsOf: URL(fileURLWithPath: removed)).title
        try FileManager.default.removeItem(atPath: removed)
        #expect(try library.resolve(removed).title == title)
    }

    @Test func aFileNamedByANumberIsReadAsAFileAndTheNumberAloneAsAnId() throws {
        let scratch = ScratchFolder()
        let (library, _) = try Self.syncedLibrary(in: scratch)
        let persian = try #require(try library.cache().list().first { $0.title != "Harbour Lights" })
        let file = scratch.file("\(persian.id)")
        try Data(Self.english.utf8).write(to: file)
        #expect(try library.resolve(file.path).title == "Harbour Lights")
        #expect(try library.resolve("\(persian.id)").title == persian.title)
    }

    @Test(arguments: [
        ("999999", LibraryError.noSuchID(999_999)),
        ("/no/such/export.txt", LibraryError.notFound("/no/such/export.txt")),
        ("مقاله", LibraryError.notFound("مقاله")),
        ("🗞", LibraryError.notFound("🗞")),
    ])
    func whatNamesNoArticleSaysSo(reference: String, expected: LibraryError) throws {
        let scratch = ScratchFolder()
        let (library, _) = try Self.syncedLibrary(in: scratch)
        #expect(throws: expected) { try library.resolve(reference) }
    }

    @Test(arguments: [
        ("", "the file is empty, there is no article in it"),
        ("\u{0}\u{0}\u{1}", "the file is binary, not a text export"),
    ])
    func anUnreadableFileIsNamedOnce(content: String, reason: String) throws {
        let scratch = ScratchFolder()
        let file = scratch.file("خالی.txt")
        try Data(content.utf8).write(to: file)
        let library = Library(feeds: [], cacheDirectory: scratch.file("cache"))
        #expect {
            try library.resolve(file.path)
        } throws: { error in
            "\(error)" == "\(file.path): \(reason)"
        }
    }

    @Test func aMissingFeedAndNoFeedAreErrors() throws {
        let scratch = ScratchFolder()
        let missing = scratch.file("نیست")
        #expect(throws: LibraryError.missingFeed(missing.path)) {
            try Library(feeds: [missing], cacheDirectory: scratch.file("cache")).refresh()
        }
        #expect(throws: LibraryError.noFeed) {
            try Library(feeds: [], cacheDirectory: scratch.file("cache")).refresh()
        }
    }
}
