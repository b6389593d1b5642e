import AzadCore
import Foundation

@testable import AzadUI

/// A small archive synced into a cache, with reading marks: what `PagedListTests` reads a page at a
/// time and compares with the whole list read into memory.
///
/// Its articles cover every language group, titles that tie but for case, that share a date or have
/// none, that lack a section, and titles in CJK, with emoji, combining marks and a control character.
struct PagedListArchive {
    let feed: URL
    let cache: ArticleCache
    /// Every third article is read, every fourth starred.
    let read: Set<Int64>
    let starred: Set<Int64>

    /// Bodies in each language, with the words the searches look for.
    static let bodies: [(section: String?, body: String)] = [
        ("European Languages\tزبان های اروپائی", "The river rose in the valley and the people watched the water."),
        (
            "European Languages\tزبان های اروپائی",
            "Der Fluss stieg im Tal, und die Menschen sahen das Wasser über der Straße."
        ),
        ("European Languages\tزبان های اروپائی", "La rivière est montée dans la vallée et les gens regardaient l’eau."),
        ("سیاسی", "رودخانه در دره بالا آمد و مردم شهر آب را می‌دیدند و این است."),
        ("اجتماعی", "رودخانه و آب در شهر است و مردم از آن می‌گویند."),
        ("ټولنیز", "سیند په دره کې پورته شو او د ښار خلکو اوبه ولیدې، ډېر خلک ګوري."),
        (nil, "The river and the market are near the town, river water everywhere."),
    ]

    static let titles = [
        "Apple harvest", "apple harvest", "Zebra crossing", "Über die Brücke", "Report 日本の川 river",
        "Flood 🌊 warning", "Cafe\u{301} by the river", "Bell\u{7} ringing", "باران بهاری", "زلزله در شهر",
        "د اوبو راپور", "ښار ته سفر", "Élan vital", "ábaco", "Market day",
    ]

    /// Writes the archive under `root`, syncs it, and picks the marks.
    static func make(at root: URL) throws -> PagedListArchive {
        let feed = root.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        for index in 0..<45 {
            let (section, body) = bodies[index % bodies.count]
            let title = titles[index % titles.count] + (index >= titles.count ? " \(index / titles.count)" : "")
            // Dates repeat (ties broken by id), and every seventh article has none.
            let date = index % 7 == 3 ? "" : String(format: "2016-%02d-%02d", 1 + index % 4, 1 + index % 5)
            var lines: [String] = []
            if let section {
                lines += [
                    "افغانستان آزاد ــ آزاد افغانستان", "", "AA-AA", "", "www.afgazad.com\tafgazad@gmail.com", section,
                    "",
                ]
            }
            lines += [title, "", date, "", body, ""]
            try Data(lines.joined(separator: "\n").utf8).write(to: feed.appendingPathComponent("a\(index).txt"))
        }
        let cache = try ArticleCache(directory: root.appendingPathComponent("cache"))
        _ = try cache.sync(feeds: [feed])
        let ids = try cache.list().map(\.id).sorted()
        return PagedListArchive(
            feed: feed, cache: cache, read: Set(ids.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)),
            starred: Set(ids.enumerated().filter { $0.offset % 4 == 1 }.map(\.element)))
    }

    /// A reader of the cache with `given`'s view, filter and search, a page of four rows at a time on
    /// a terminal that shows fewer rows than the list has.
    func reader(_ given: PagedListCase) throws -> Reader {
        var record = ReadingRecord()
        record.read = read
        record.starred = starred
        record.listView = given.view
        let library = CacheLibrary(cache: cache, feeds: [feed], pageSize: 4)
        let reader = Reader(library: library, memory: TransientReadingMemory(record), width: 100, height: 14)
        reader.start()
        for _ in 0..<LanguageFilter.allCases.firstIndex(of: given.filter)! { reader.perform(.languageFilter) }
        if let query = given.query {
            reader.perform(.search)
            for character in query { reader.handle(.character(character)) }
            reader.perform(.keepSearch)
        }
        return reader
    }

    /// A reader of the cache started as the app starts it: the first frame's rows and the list's ends
    /// (three at each end), the whole list held back by `held` until `finishLoading()` takes it.
    func windowReader(_ given: PagedListCase, held: HeldRead, lastArticle: Int64? = nil) throws -> Reader {
        var record = ReadingRecord()
        record.read = read
        record.starred = starred
        record.listView = given.view
        record.lastArticle = lastArticle
        let library = CacheLibrary(
            cache: cache, feeds: [feed], pageSize: 4, windowEdge: 3, beforeWholeList: { held.wait() })
        let reader = Reader(library: library, memory: TransientReadingMemory(record), width: 100, height: 14)
        reader.start(firstRows: 2)
        return reader
    }

    /// The rows the list shows for `given`, worked out the straightforward way: every summary in
    /// memory in the view's order (or the search's hits in rank order), filtered one by one.
    func reference(_ given: PagedListCase, read: Set<Int64>? = nil, starred: Set<Int64>? = nil) throws
        -> [ArticleSummary]
    {
        let (read, starred) = (read ?? self.read, starred ?? self.starred)
        var rows: [ArticleSummary]
        if let query = given.query {
            let text = ReaderLogic.searchText(for: query)
            let marks = SearchQuery(text).filter
            rows = try CacheLibrary(cache: cache, feeds: [feed]).search(text, limit: ReaderSettings().searchLimit)
                .map(\.summary)
                .filter { (!marks.unread || !read.contains($0.id)) && (!marks.starred || starred.contains($0.id)) }
        } else {
            rows = try cache.list(order: given.view.order)
        }
        return rows.filter {
            given.filter.accepts($0.language)
                && given.view.shows(isRead: read.contains($0.id), isStarred: starred.contains($0.id))
        }
    }
}
