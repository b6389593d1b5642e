import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The list's summaries read a page at a time: only the page a row is on, kept until many are.
@Suite struct SummaryPagesTests {
    /// The ids each load was asked for.
    final class Loads: @unchecked Sendable {
        private let lock = NSLock()
        private var asked: [[Int64]] = []
        var all: [[Int64]] { lock.withLock { asked } }
        func record(_ ids: [Int64]) { lock.withLock { asked.append(ids) } }
    }

    static let titles = ["باران بهاری", "د ښار نوې ودانۍ", "日本の川", "Flood 🌊", "Cafe\u{301}", "Bell\u{7}", "Zebra"]

    static func pages(_ loads: Loads, pageSize: Int = 3, capacity: Int = 6, gone: Set<Int64> = []) -> SummaryPages {
        SummaryPages(pageSize: pageSize, capacity: capacity) { ids in
            loads.record(ids)
            return ids.filter { !gone.contains($0) }.map {
                ArticleSummary(id: $0, path: "/feed/\($0).txt", title: titles[Int($0) % titles.count], language: "fa")
            }
        }
    }

    @Test func aRowReadsOnlyThePageItIsOn() {
        let loads = Loads()
        let rows = ListRows(ids: (0..<10).map { Int64($0 * 10) }, pages: Self.pages(loads))
        #expect(rows[4].id == 40)
        #expect(rows[4].title == Self.titles[40 % Self.titles.count])
        #expect(loads.all == [[30, 40, 50]])
        #expect(rows[3].id == 30 && rows[5].id == 50)
        #expect(loads.all.count == 1, "the rest of the page is at hand")
        #expect(rows[9].id == 90)
        #expect(loads.all.last == [90])
    }

    @Test func readSummariesAreForgottenPastTheCapacity() {
        let loads = Loads()
        let rows = ListRows(ids: (0..<12).map { Int64($0) }, pages: Self.pages(loads))
        for row in [0, 3, 6, 0] { _ = rows[row] }
        #expect(loads.all == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 1, 2]])
    }

    @Test func anArticleGoneFromTheLibraryIsItsIdAlone() {
        let loads = Loads()
        let rows = ListRows(ids: [1, 2, 3], pages: Self.pages(loads, gone: [2]))
        #expect(rows[1] == ArticleSummary(id: 2, path: "", title: "", language: ""))
        #expect(rows[2].path == "/feed/3.txt")
    }

    @Test func rowsOfSummariesAtHandReadNothingAndCompareByContent() {
        let summaries = Self.titles.enumerated().map {
            ArticleSummary(id: Int64($0.offset), path: "/\($0.offset)", title: $0.element, language: "en")
        }
        let rows = ListRows(summaries)
        #expect(Array(rows) == summaries)
        #expect(rows == ListRows(summaries))
        #expect(rows != ListRows(Array(summaries.reversed())))
        let loads = Loads()
        let pages = Self.pages(loads)
        #expect(ListRows(ids: [1, 2], pages: pages) == ListRows(ids: [1, 2], pages: pages))
        #expect(ListRows(ids: [1, 2], pages: pages) != ListRows(ids: [1, 2], pages: Self.pages(loads)))
        #expect(loads.all.isEmpty)
    }

    /// The language filter and the views pick rows by id and language, reading no summary.
    @Test(arguments: LanguageFilter.allCases, ListView.Marks.allCases)
    func catalogueRowsMatchTheSummariesFiltered(_ filter: LanguageFilter, _ marks: ListView.Marks) {
        let languages = ["fa", "ps", "en", "de", "fr", "zh", "fa-AF", "ar"]
        let summaries = (0..<40).map {
            ArticleSummary(
                id: Int64(100 - $0), path: "/\($0)", title: Self.titles[$0 % Self.titles.count],
                language: languages[$0 % languages.count])
        }
        let read = Set(summaries.map(\.id).filter { $0 % 3 == 0 })
        let starred = Set(summaries.map(\.id).filter { $0 % 5 == 0 })
        let view = ListView(marks: marks)
        let loads = Loads()
        let catalogue = ArticleCatalogue(entries: ListEntries(summaries), pages: Self.pages(loads))
        let rows = catalogue.rows(filter: filter, view: view, read: read, starred: starred)
        let expected = summaries.filter {
            filter.accepts($0.language) && view.shows(isRead: read.contains($0.id), isStarred: starred.contains($0.id))
        }
        #expect(Array(rows.ids) == expected.map(\.id))
        #expect(loads.all.isEmpty)
    }
}
