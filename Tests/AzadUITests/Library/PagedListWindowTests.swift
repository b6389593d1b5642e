import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The list before its ids are all read (`ListWindow`): keys pressed while the whole list is still
/// on its way, and again once it has landed, give the rows, order, counts and selections the whole
/// list held in memory gives.
@Suite final class PagedListWindowTests {
    /// The folder of a test's fixture archive (`filteredBeforeTheListLands`), removed with the test.
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
    /// What holds the whole list back in `filteredBeforeTheListLands`, let go of with the test.
    let held = HeldRead()

    deinit {
        held.release()
        try? FileManager.default.removeItem(at: root)
    }

    /// On the whole list's thread, before the whole list, the order the sort key shows next is read
    /// ahead: its ends, which are the ones the key then shows; no other order, and nothing while the
    /// thread is held back.
    @Test(arguments: ArticleCacheListOrder.all)
    func theNextSortIsReadAheadOnTheWholeListsThread(_ order: ListOrder) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let held = HeldRead()
        defer { held.release() }
        let readAhead = ReadAheads()
        let library = CacheLibrary(
            cache: archive.cache, feeds: [archive.feed], pageSize: 4, windowEdge: 3, beforeWholeList: { held.wait() },
            afterReadAhead: { readAhead.record($0, $1) })
        let window = try #require(library.catalogue(order: order, limit: 2, known: nil)?.window)
        window.full.start()
        #expect(readAhead.wait(seconds: 0.2) == nil, "nothing is read ahead while the thread is held")
        held.release()
        _ = window.full.wait()
        let (next, ends) = try #require(readAhead.wait(seconds: 0), "read ahead before the whole list")
        #expect(next == ListOrder(key: order.key.next, reversed: order.reversed))
        let shown = try archive.cache.listEnds(order: next, limit: 3)
        #expect(ends?.head == shown.head)
        #expect(ends?.tail == shown.tail)
        #expect(readAhead.wait(seconds: 0.2) == nil, "one order read ahead")
    }

    /// The ends, the count and the keys that stay near them (`G`, `g`, `j`, `k`, a page) are answered
    /// without the whole list, in every order; once it lands, the rows are the reference's and the
    /// selection stays on its article.
    @Test(arguments: ArticleCacheListOrder.all)
    func keysNearTheEndsAnswerBeforeTheWholeListLands(_ order: ListOrder) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let given = PagedListCase(view: ListView(marks: .all, order: order), filter: .all, query: nil)
        let held = HeldRead()
        defer { held.release() }
        let reader = try archive.windowReader(given, held: held)
        let expected = try archive.reference(given)
        let window = try #require(reader.state.catalogue.window, "the first frame shows the list's ends")
        #expect(reader.state.rows.count == expected.count)
        #expect(reader.state.unreadRows == expected.filter { !archive.read.contains($0.id) }.count)
        #expect((0..<3).map { reader.state.rows[$0] } == Array(expected.prefix(3)))
        #expect((expected.count - 3..<expected.count).map { reader.state.rows[$0] } == Array(expected.suffix(3)))
        reader.perform(.bottom)
        #expect(reader.state.selectedSummary == expected.last)
        reader.perform(.up)
        #expect(reader.state.selectedSummary == expected[expected.count - 2])
        reader.perform(.top)
        #expect(reader.state.selectedSummary == expected.first)
        reader.perform(.down)
        reader.perform(.down)
        #expect(reader.state.selectedSummary == expected[2])
        #expect(!window.full.isDone, "no key waited for the whole list")

        held.release()
        reader.finishLoading()
        #expect(reader.state.catalogue.window == nil)
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        #expect(reader.state.unreadRows == expected.filter { !archive.read.contains($0.id) }.count)
        #expect(reader.state.selectedSummary == expected[2], "the selection stays on its article")
        reader.perform(.pageDown)
        #expect(reader.state.selectedSummary == expected[reader.state.list.selected])
        #expect(reader.state.list.selected > 2)
    }

    /// A language filter pressed before the whole list lands is answered from the cache, in every
    /// order: the group's count, unread count and ends at once, with no key waiting for the whole
    /// list; marks changed meanwhile keep the unread count; once the list lands the rows are the
    /// reference's and the selection stays on its article.
    @Test(arguments: ArticleCacheListOrder.all, [LanguageFilter.persian, .pashto, .european])
    func aLanguageFilterAnswersBeforeTheWholeListLands(_ order: ListOrder, filter: LanguageFilter) throws {
        let (archive, reader, window) = try filteredBeforeTheListLands(order: order, filter)
        let given = PagedListCase(view: ListView(marks: .all, order: order), filter: filter, query: nil)
        let expected = try archive.reference(given)
        #expect(expected.count >= 6, "as many rows as both ends hold")
        #expect(reader.state.rows.window != nil, "the group's own window")
        #expect(reader.state.rows.count == expected.count)
        let unread = { expected.filter { !reader.state.read.contains($0.id) }.count }
        #expect(reader.state.unreadRows == unread())
        #expect((0..<3).map { reader.state.rows[$0] } == Array(expected.prefix(3)))
        #expect((expected.count - 3..<expected.count).map { reader.state.rows[$0] } == Array(expected.suffix(3)))
        reader.perform(.bottom)
        #expect(reader.state.selectedSummary == expected.last)
        reader.perform(.toggleRead)
        #expect(reader.state.unreadRows == unread(), "a mark changed on the group's window")
        reader.perform(.up)
        #expect(reader.state.selectedSummary == expected[expected.count - 2])
        #expect(!window.full.isDone, "no key waited for the whole list")

        held.release()
        reader.finishLoading()
        #expect(reader.state.catalogue.window == nil)
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        #expect(reader.state.unreadRows == unread())
        #expect(reader.state.selectedSummary == expected[expected.count - 2], "the selection stays on its article")
    }

    /// The starred view pressed before the whole list lands, under any language filter and in every
    /// order, has its rows from the cache at once, with no key waiting for the whole list; a star
    /// taken off meanwhile keeps its row until the view is asked again, as with the whole list; once
    /// the list lands the rows are the reference's and the selection stays on its article. More
    /// starred articles than the cache is asked for wait for the whole list instead.
    @Test(arguments: ArticleCacheListOrder.all, LanguageFilter.allCases)
    func theStarredViewAnswersBeforeTheWholeListLands(_ order: ListOrder, filter: LanguageFilter) throws {
        let (archive, reader, window) = try filteredBeforeTheListLands(order: order, filter)
        reader.perform(.starredOnly)
        let given = PagedListCase(view: ListView(marks: .starred, order: order), filter: filter, query: nil)
        let expected = try archive.reference(given)
        let last = try #require(expected.last, "a starred article in every group")
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        #expect(reader.state.unreadRows == expected.filter { !archive.read.contains($0.id) }.count)
        reader.perform(.bottom)
        #expect(reader.state.selectedSummary == last)
        reader.perform(.toggleStar)
        #expect(Array(reader.state.rows.ids) == expected.map(\.id), "the unstarred row stays")
        #expect(!window.full.isDone, "no key waited for the whole list")
        #expect(window.rows(among: Set(1...Int64(WindowQueries.mostMarked + 1)), group: nil) == nil)

        held.release()
        reader.finishLoading()
        #expect(reader.state.catalogue.window == nil)
        let now = try archive.reference(given, starred: archive.starred.subtracting([last.id]))
        #expect(Array(reader.state.rows.ids) == now.map(\.id))
        #expect(reader.state.selectedSummary == now.last, "the selection on the row that took the last one's place")
    }

    /// The unread view pressed before the whole list lands, under any language filter and in every
    /// order, is a window of its own: its count, unread count and ends at once, with no key waiting
    /// for the whole list; an article marked read meanwhile keeps its row and leaves the unread
    /// count; once the list lands the rows are the reference's for the marks of that moment.
    @Test(arguments: ArticleCacheListOrder.all, LanguageFilter.allCases)
    func theUnreadViewAnswersBeforeTheWholeListLands(_ order: ListOrder, filter: LanguageFilter) throws {
        let (archive, reader, window) = try filteredBeforeTheListLands(order: order, filter)
        reader.perform(.unreadOnly)
        let given = PagedListCase(view: ListView(marks: .unread, order: order), filter: filter, query: nil)
        let expected = try archive.reference(given)
        #expect(expected.count >= 5, "rows for three at either end")
        #expect(reader.state.rows.window != nil, "the unread view's own window")
        #expect(reader.state.rows.count == expected.count)
        #expect(reader.state.unreadRows == expected.count)
        #expect((0..<3).map { reader.state.rows[$0] } == Array(expected.prefix(3)))
        #expect((expected.count - 3..<expected.count).map { reader.state.rows[$0] } == Array(expected.suffix(3)))
        reader.perform(.bottom)
        #expect(reader.state.selectedSummary == expected.last)
        reader.perform(.toggleRead)
        #expect(reader.state.rows.count == expected.count, "the row read stays")
        #expect(reader.state.unreadRows == expected.count - 1)
        reader.perform(.up)
        #expect(reader.state.selectedSummary == expected[expected.count - 2])
        #expect(reader.state.rows.shows(expected[1].id))
        #expect(!reader.state.rows.shows(try #require(archive.read.first)), "a read article is no row")
        #expect(!window.full.isDone, "no key waited for the whole list")

        held.release()
        reader.finishLoading()
        #expect(reader.state.catalogue.window == nil)
        let now = try archive.reference(given, read: reader.state.read)
        #expect(Array(reader.state.rows.ids) == now.map(\.id))
        #expect(reader.state.unreadRows == now.count)
        #expect(reader.state.selectedSummary == expected[expected.count - 2], "the selection stays on its article")
    }

    /// A group's window takes the rows between its ends from the whole list, filtered, once it lands.
    @Test func aGroupsRowsBetweenItsEndsComeFromTheWholeList() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let held = HeldRead()
        defer { held.release() }
        let reader = try archive.windowReader(
            PagedListCase(view: ListView(marks: .all, order: .newestFirst), filter: .all, query: nil), held: held)
        reader.perform(.languageFilter)
        let expected = try archive.reference(
            PagedListCase(view: ListView(marks: .all, order: .newestFirst), filter: .persian, query: nil))
        held.release()
        reader.perform(.pageDown)
        #expect(reader.state.rows.window != nil, "still the group's window")
        #expect(reader.state.selectedSummary == expected[reader.state.list.selected])
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
    }

    /// A filter, a view of the marks or a page into the rows between the ends, pressed while the
    /// logic still holds the window, waits for the whole list and shows what the reference shows.
    @Test(arguments: [
        PagedListCase(view: ListView(marks: .all, order: .newestFirst), filter: .persian, query: nil),
        PagedListCase(view: ListView(marks: .all, order: .newestFirst), filter: .european, query: nil),
        PagedListCase(view: ListView(marks: .unread, order: .newestFirst), filter: .all, query: nil),
        PagedListCase(view: ListView(marks: .starred, order: .newestFirst), filter: .pashto, query: nil),
    ])
    func keysThatNeedEveryIdWaitForThem(_ given: PagedListCase) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let held = HeldRead()
        defer { held.release() }
        let unfiltered = PagedListCase(view: ListView(marks: .all, order: given.view.order), filter: .all, query: nil)
        let reader = try archive.windowReader(unfiltered, held: held)
        #expect(reader.state.catalogue.window != nil)
        // Row 5 lies between the ends: the page reads it from the whole list.
        held.release()
        reader.perform(.pageDown)
        let all = try archive.reference(unfiltered)
        #expect(reader.state.selectedSummary == all[reader.state.list.selected])
        #expect(reader.state.catalogue.window != nil, "the logic still holds the window")
        reader.perform(.top)
        for _ in 0..<LanguageFilter.allCases.firstIndex(of: given.filter)! { reader.perform(.languageFilter) }
        if given.view.marks == .unread { reader.perform(.unreadOnly) }
        if given.view.marks == .starred { reader.perform(.starredOnly) }
        let expected = try archive.reference(given)
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        #expect(reader.state.unreadRows == expected.filter { !archive.read.contains($0.id) }.count)
        reader.perform(.bottom)
        #expect(reader.state.selectedSummary == expected.last)
        reader.finishLoading()
        #expect(reader.state.catalogue.window == nil)
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        #expect(reader.state.selectedSummary == expected.last, "the selection stays on its article")
    }

    /// Marks changed before the whole list lands keep the count right, and mark-all-read and the next
    /// unread article (which need every id) agree with the reference.
    @Test func marksBeforeTheWholeListLandsKeepTheCounts() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let given = PagedListCase(view: ListView(marks: .all, order: .newestFirst), filter: .all, query: nil)
        let held = HeldRead()
        defer { held.release() }
        let reader = try archive.windowReader(given, held: held)
        let expected = try archive.reference(given)
        let unread = { expected.filter { !reader.state.read.contains($0.id) }.count }
        #expect(reader.state.unreadRows == unread())
        for operation in [Operation.toggleRead, .down, .toggleRead, .toggleRead, .bottom, .toggleRead] {
            reader.perform(operation)
            #expect(reader.state.unreadRows == unread(), "after \(operation)")
        }
        #expect(reader.state.catalogue.window?.full.isDone == false)
        held.release()
        reader.perform(.top)
        reader.perform(.nextUnread)
        #expect(reader.state.selectedSummary == expected.dropFirst().first { !reader.state.read.contains($0.id) })
        reader.perform(.markAllRead)
        #expect(reader.state.unreadRows == 0)
        reader.perform(.undo)
        #expect(reader.state.unreadRows == unread())
        reader.finishLoading()
        #expect(reader.state.unreadRows == unread())
    }

    /// The article open at the last quit, between the ends, is reopened once the whole list lands;
    /// one at an end at once.
    @Test(arguments: [false, true])
    func theLastArticleIsReopenedWhereTheListHoldsIt(atAnEnd: Bool) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let given = PagedListCase(view: ListView(marks: .all, order: .newestFirst), filter: .all, query: nil)
        let expected = try archive.reference(given)
        let last = atAnEnd ? expected[expected.count - 2] : expected[expected.count / 2]
        let held = HeldRead()
        defer { held.release() }
        let reader = try archive.windowReader(given, held: held, lastArticle: last.id)
        #expect(reader.state.opened?.summary.id == (atAnEnd ? last.id : nil))
        held.release()
        reader.finishLoading()
        #expect(reader.state.opened?.summary.id == last.id)
        #expect(reader.state.selectedSummary == last)
    }

    /// A sort pressed before the whole list lands reads the new order in full; the list that landed
    /// for the old order is not used.
    @Test func aSortBeforeTheWholeListLandsShowsTheNewOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let given = PagedListCase(view: ListView(marks: .all, order: .newestFirst), filter: .all, query: nil)
        let held = HeldRead()
        defer { held.release() }
        let reader = try archive.windowReader(given, held: held)
        reader.perform(.sort)
        let sorted = PagedListCase(view: reader.state.view, filter: .all, query: nil)
        #expect(sorted.view.order != .newestFirst)
        let expected = try archive.reference(sorted)
        let window = try #require(reader.state.catalogue.window, "the new order's ends, its whole list on its way")
        #expect(window.order == sorted.view.order)
        #expect(reader.state.rows.count == expected.count)
        #expect((0..<3).map { reader.state.rows[$0] } == Array(expected.prefix(3)))
        #expect(!window.full.isDone)
        held.release()
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        reader.finishLoading()
        #expect(reader.state.catalogue.window == nil)
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
    }

    /// A sort after the whole list has landed shows the new order's count and ends at once, its whole
    /// list on its way; keys pressed meanwhile act on the new order; once it lands the rows are the
    /// reference's, the selection where the keys left it or, with none pressed, on the article it was
    /// on before the sort (which lay between the new order's ends).
    @Test(arguments: ArticleCacheListOrder.all.filter { $0 != .newestFirst }, [false, true])
    func aSortShowsTheNewOrdersEndsAndTakesItsWholeListLater(_ order: ListOrder, keysMeanwhile: Bool) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let (reader, held) = try Self.landedReader(archive)
        defer { held.release() }
        let expected = try archive.reference(
            PagedListCase(view: ListView(marks: .all, order: order), filter: .all, query: nil))
        let kept = expected[expected.count / 2]
        reader.state.list.select(try #require(reader.state.rows.row(of: kept.id)))

        held.hold()
        for _ in 0..<ListOrder.Key.allCases.firstIndex(of: order.key)! { reader.perform(.sort) }
        if order.reversed { reader.perform(.reverseSort) }
        let window = try #require(reader.state.catalogue.window, "the new order's ends, its whole list on its way")
        #expect(window.order == order)
        #expect(reader.state.rows.count == expected.count)
        #expect(reader.state.unreadRows == expected.filter { !archive.read.contains($0.id) }.count)
        #expect((0..<3).map { reader.state.rows[$0] } == Array(expected.prefix(3)))
        #expect((expected.count - 3..<expected.count).map { reader.state.rows[$0] } == Array(expected.suffix(3)))
        #expect(reader.state.list.selected == 0, "the article lies between the ends: the first row meanwhile")
        if keysMeanwhile {
            reader.perform(.bottom)
            #expect(reader.state.selectedSummary == expected.last)
            reader.perform(.up)
            #expect(reader.state.selectedSummary == expected[expected.count - 2])
        }
        #expect(!window.full.isDone, "no key waited for the whole list")

        held.release()
        reader.finishLoading()
        #expect(reader.state.catalogue.window == nil)
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        #expect(reader.state.selectedSummary == (keysMeanwhile ? expected[expected.count - 2] : kept))
        reader.perform(.down)
        #expect(reader.state.selectedSummary == expected[reader.state.list.selected])
    }

    /// Two sorts, each before the other's whole list lands, and a key between them: the first order's
    /// read is given up, the rows are the last order's and the selection on the article the key chose.
    @Test func sortsInARowShowTheLastOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let (reader, held) = try Self.landedReader(archive)
        defer { held.release() }
        held.hold()
        reader.perform(.sort)
        let first = try #require(reader.state.catalogue.window)
        reader.perform(.down)
        let chosen = try #require(reader.state.selectedSummary)
        reader.perform(.reverseSort)
        #expect(first.full.isDone, "the first sort's list, which no one will show, is not read")
        if case .success = first.full.wait() { Issue.record("a cancelled read gave a list") }
        let order = ListOrder(key: .title, reversed: true)
        #expect(reader.state.view.order == order)
        let expected = try archive.reference(
            PagedListCase(view: ListView(marks: .all, order: order), filter: .all, query: nil))
        #expect((0..<3).map { reader.state.rows[$0] } == Array(expected.prefix(3)))
        held.release()
        reader.finishLoading()
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        #expect(reader.state.selectedSummary == chosen, "the article the key chose, in the new order")
    }

    /// A sync that brings a new article, or another process's change, reads the list again as a
    /// window: the count and ends at once, the new article first; a key pressed meanwhile acts on the
    /// new rows; once the whole list lands the rows are the reference's and the selection is where the
    /// key left it or, with none pressed, on the article it was on before the reload.
    @Test(arguments: [false, true], [false, true])
    func aReloadShowsTheNewListsEndsAndTakesItsWholeListLater(outside: Bool, keyMeanwhile: Bool) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let (reader, held) = try Self.landedReader(archive)
        defer { held.release() }
        let given = PagedListCase(view: ListView(marks: .all, order: .newestFirst), filter: .all, query: nil)
        let before = try archive.reference(given)
        let kept = before[before.count / 2]
        reader.state.list.select(try #require(reader.state.rows.row(of: kept.id)))
        let newest = "تازه‌ترین گزارش 🌊 e\u{301}\n\n2017-01-01\n\nسیند او باران د ښار په دره کې.\n"
        try Data(newest.utf8).write(to: archive.feed.appendingPathComponent("newest.txt"))
        _ = try archive.cache.sync(feeds: [archive.feed])
        let expected = try archive.reference(given)
        #expect(expected.count == before.count + 1)

        held.hold()
        if outside {
            #expect(reader.checkForOutsideChanges())
        } else {
            reader.syncStarted()
            reader.syncFinished(error: nil)
        }
        let window = try #require(reader.state.catalogue.window, "the new list's ends, its whole list on its way")
        #expect(reader.state.message == (outside ? "the cache changed: 1 new" : "sync done: 1 new"))
        #expect(reader.state.rows.count == expected.count)
        #expect((0..<3).map { reader.state.rows[$0] } == Array(expected.prefix(3)))
        #expect(reader.state.rows[0].title.hasPrefix("تازه‌ترین گزارش"))
        #expect(reader.state.list.selected == 0)
        if keyMeanwhile {
            reader.perform(.down)
            #expect(reader.state.selectedSummary == expected[1])
        }
        #expect(!window.full.isDone, "no key waited for the whole list")

        held.release()
        reader.finishLoading()
        #expect(reader.state.catalogue.window == nil)
        #expect(Array(reader.state.rows.ids) == expected.map(\.id))
        #expect(reader.state.unreadRows == expected.filter { !reader.state.read.contains($0.id) }.count)
        #expect(reader.state.selectedSummary == (keyMeanwhile ? expected[1] : kept))
    }

    /// A reader whose first frame's window has been replaced by the whole list, newest first, and the
    /// gate that holds the next whole lists back (open until `hold()`).
    /// A sort takes over the count of the list shown while the cache's sync count is the one it was
    /// counted at, and counts again once it is not. The shown count is made wrong on purpose, so that
    /// taking it over shows.
    @Test(arguments: [0, -1])
    func aSortTakesOverTheShownCountWhileNothingChangedIt(generationShift: Int) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("azad-window-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let archive = try PagedListArchive.make(at: root)
        let (reader, held) = try Self.landedReader(archive)
        defer { held.release() }
        let shown = reader.state.catalogue
        let counted = try #require(shown.counted, "the whole list carries its count")
        #expect(counted == ListCount(count: shown.count, generation: try archive.cache.generation()))
        let planted = ListCount(count: counted.count + 1_000, generation: counted.generation + generationShift)
        reader.state.catalogue = ArticleCatalogue(entries: shown.entries, pages: shown.pages, counted: planted)
        reader.perform(.sort)
        let window = try #require(reader.state.catalogue.window)
        #expect(window.count == (generationShift == 0 ? planted.count : counted.count))
        #expect(reader.state.catalogue.counted?.generation == counted.generation)
    }

    /// A reader over a fixture archive in `root` in `order`, its whole list held back by `held`,
    /// with `filter` pressed: the archive, the reader and the unfiltered list's window.
    func filteredBeforeTheListLands(order: ListOrder, _ filter: LanguageFilter) throws
        -> (PagedListArchive, Reader, ListWindow)
    {
        let archive = try PagedListArchive.make(at: root)
        let reader = try archive.windowReader(
            PagedListCase(view: ListView(marks: .all, order: order), filter: .all, query: nil), held: held)
        let window = try #require(reader.state.catalogue.window)
        for _ in 0..<LanguageFilter.allCases.firstIndex(of: filter)! { reader.perform(.languageFilter) }
        return (archive, reader, window)
    }

    static func landedReader(_ archive: PagedListArchive) throws -> (Reader, HeldRead) {
        let held = HeldRead()
        let given = PagedListCase(view: ListView(marks: .all, order: .newestFirst), filter: .all, query: nil)
        let reader = try archive.windowReader(given, held: held)
        held.release()
        reader.finishLoading()
        #expect(reader.state.catalogue.window == nil)
        return (reader, held)
    }
}

/// Holds the whole list's reads back until released (or ten seconds have passed, so that a key that
/// waits for one fails its test rather than hanging it); `hold()` holds the next ones back again.
final class HeldRead: @unchecked Sendable {
    private let condition = NSCondition()
    private var held = true

    func wait() {
        let deadline = Date().addingTimeInterval(10)
        condition.withLock {
            while held, condition.wait(until: deadline) {}
        }
    }

    func release() {
        condition.withLock {
            held = false
            condition.broadcast()
        }
    }

    func hold() { condition.withLock { held = true } }
}

/// Every order of the list, both ways.
enum ArticleCacheListOrder {
    static let all: [ListOrder] = ListOrder.Key.allCases.flatMap { key in
        [false, true].map { ListOrder(key: key, reversed: $0) }
    }
}

/// The orders `CacheLibrary` reads ahead, and the ends it read, as they come.
final class ReadAheads: @unchecked Sendable {
    private let condition = NSCondition()
    private var reads: [(ListOrder, ListEnds?)] = []

    func record(_ order: ListOrder, _ ends: ListEnds?) {
        condition.withLock {
            reads.append((order, ends))
            condition.broadcast()
        }
    }

    /// The next read ahead, waiting up to `seconds` for it.
    func wait(seconds: Double) -> (ListOrder, ListEnds?)? {
        let deadline = Date().addingTimeInterval(seconds)
        return condition.withLock {
            while reads.isEmpty, condition.wait(until: deadline) {}
            return reads.isEmpty ? nil : reads.removeFirst()
        }
    }
}
