import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// A search with no results says so and offers the nearest spelling the index knows.
@Suite final class DidYouMeanTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-didyoumean-\(UUID().uuidString)")
        let feed = root.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try Data("Back home\n\n2016-02-21\n\nThey waited at the border.\n".utf8)
            .write(to: feed.appendingPathComponent("a.txt"))
        try Data("گزارش\n\n2016-02-22\n\nدر مرز افغانستان ماندند.\n".utf8)
            .write(to: feed.appendingPathComponent("b.txt"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func reader() throws -> Reader {
        let cache = try ArticleCache(directory: root.appendingPathComponent("cache"))
        let library = CacheLibrary(cache: cache, feeds: [root.appendingPathComponent("feed")])
        try library.sync { _ in }
        let reader = Reader(library: library, memory: TransientReadingMemory(), width: 120, height: 30)
        reader.start()
        return reader
    }

    @Test(arguments: [("bordr", "border"), ("افغانستن", "افغانستان")])
    func noResultsOffersTheNearestSpellingAndTabTakesIt(typed: String, spelling: String) throws {
        let reader = try reader()
        reader.handle(.character("/"))
        for character in typed { reader.handle(.character(character)) }
        #expect(reader.state.rows.isEmpty)
        #expect(reader.state.search.didYouMean == spelling)
        let status = Screen.render(reader.state, keymap: reader.keymap).lines.last!
        #expect(status.contains("no results · did you mean \(spelling)?"))
        reader.handle(.enter)
        #expect(reader.state.message == "no results for “\(typed)” · did you mean “\(spelling)”? (/ then Tab takes it)")
        // The prompt opens with the spelling suggested, dimmed; Tab takes it.
        reader.handle(.character("/"))
        #expect(reader.state.promptSuggestion == spelling)
        reader.handle(.tab)
        #expect(reader.state.prompt == spelling)
        #expect(reader.state.rows.count == 1)
        reader.handle(.escape)
        // Typed again, the count line offers it and Tab takes it.
        reader.handle(.character("/"))
        for character in typed { reader.handle(.character(character)) }
        reader.handle(.tab)
        #expect(reader.state.prompt == spelling)
        #expect(reader.state.rows.count == 1)
    }
}
