import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The list read a page at a time from the cache shows what the whole list held in memory shows:
/// the same rows in the same order, the same counts and the same selections, for every view, order,
/// direction, language filter and search.
@Suite final class PagedListTests {
    static let queries: [String?] = [nil, "river", "رودخانه", "is:unread river", "is:starred", "zzqx"]

    /// Every order, direction, language filter and search, under one view of the marks: one archive
    /// is synced per view and read by all of its combinations.
    @Test(arguments: ListView.Marks.allCases)
    func pagedRowsCountsAndSelectionsMatchTheInMemoryList(_ marks: ListView.Marks) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-paged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        var checked = 0
        var shown = 0
        for key in ListOrder.Key.allCases {
            for reversed in [false, true] {
                for filter in LanguageFilter.allCases {
                    for query in Self.queries {
                        let order = ListOrder(key: key, reversed: reversed)
                        let given = PagedListCase(
                            view: ListView(marks: marks, order: order), filter: filter, query: query)
                        shown += try check(given, archive) ? 1 : 0
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 4 * 2 * 4 * Self.queries.count)
        // Most combinations show rows, more than one screen and one page of them when unfiltered.
        #expect(shown > checked / 2, "\(shown) of \(checked) combinations show rows")
    }

    /// Compares one combination with the reference; returns whether it shows any rows.
    private func check(_ given: PagedListCase, _ archive: PagedListArchive) throws -> Bool {
        let reader = try archive.reader(given)
        let expected = try archive.reference(given)
        let label = "\(given)"
        #expect(Array(reader.state.rows.ids) == expected.map(\.id), "\(label)")
        #expect(reader.state.rows.map(\.title) == expected.map(\.title), "\(label)")
        let unread = expected.filter { !archive.read.contains($0.id) }.count
        #expect(reader.state.unreadRows == unread, "\(label)")
        #expect(reader.state.rows.count == expected.count, "\(label)")
        guard !expected.isEmpty else {
            #expect(reader.state.selectedSummary == nil, "\(label)")
            return false
        }
        if given.query == nil, given.filter == .all, given.view.marks == .all {
            #expect(expected.count > reader.state.layout.list.height, "\(label): more rows than the screen shows")
        }
        reader.perform(.bottom)
        #expect(reader.state.selectedSummary == expected.last, "\(label)")
        reader.perform(.top)
        #expect(reader.state.selectedSummary == expected.first, "\(label)")
        reader.perform(.pageDown)
        #expect(reader.state.list.selected > 0 || expected.count == 1, "\(label)")
        #expect(reader.state.selectedSummary == expected[reader.state.list.selected], "\(label)")
        // The next unread row from the top, as the reference finds it.
        reader.perform(.top)
        reader.perform(.nextUnread)
        if let next = expected.dropFirst().first(where: { !archive.read.contains($0.id) }) {
            #expect(reader.state.selectedSummary == next, "\(label)")
        }
        return true
    }

    /// Marks changed in the reader keep the counts right: a toggle, a star, mark-all-read and undo.
    @Test(arguments: [ListView.Marks.all, .unread, .starred], LanguageFilter.allCases)
    func countsFollowMarks(_ marks: ListView.Marks, _ filter: LanguageFilter) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-paged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let given = PagedListCase(view: ListView(marks: marks, order: .newestFirst), filter: filter, query: nil)
        let reader = try archive.reader(given)
        let counted = { reader.state.rows.ids.filter { !reader.state.read.contains($0) }.count }
        #expect(reader.state.unreadRows == counted())
        for operation in [Operation.toggleRead, .down, .toggleRead, .toggleStar, .markAllRead, .undo, .undo] {
            reader.perform(operation)
            #expect(reader.state.unreadRows == counted(), "after \(operation)")
        }
        // A view change reads the marks as they are now: the reference agrees.
        reader.perform(.unreadOnly)
        let view = ListView(marks: reader.state.view.marks, order: .newestFirst)
        let expected = try archive.reference(
            PagedListCase(view: view, filter: filter, query: nil), read: reader.state.read,
            starred: reader.state.starred)
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
    }

    /// An article that arrives under the open reader is listed by the next read of the cache, in its
    /// place in the order, counted unread.
    @Test func anArticleThatArrivesIsListedInItsPlace() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-paged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let cache = archive.cache
        let library = CacheLibrary(cache: cache, feeds: [archive.feed], pageSize: 4)
        let reader = Reader(library: library, memory: TransientReadingMemory(), width: 100, height: 12)
        reader.start()
        reader.perform(.bottom)
        let before = reader.state.rows.count
        try Data("Arrival in the middle\n\n2016-03-05\n\nThe river rose again.\n".utf8)
            .write(to: archive.feed.appendingPathComponent("arrival.txt"))
        _ = try cache.sync(feeds: [archive.feed])
        #expect(reader.checkForOutsideChanges())
        #expect(reader.state.rows.count == before + 1)
        let expected = try cache.list()
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        #expect(reader.state.rows.map(\.title) == expected.map(\.title))
        #expect(reader.state.unreadRows == before + 1)
        #expect(reader.state.selectedSummary == expected.last, "the selection stays on its article")
    }
}

/// One combination of the list's view, order, language filter and search.
struct PagedListCase: Sendable, CustomTestStringConvertible, CustomStringConvertible {
    var view: ListView
    var filter: LanguageFilter
    var query: String?

    var description: String { "\(view.label) · \(filter.rawValue) · \(query ?? "no search")" }
    var testDescription: String { description }
}
