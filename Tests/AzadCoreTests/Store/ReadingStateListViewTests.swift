import Foundation
import GRDB
import Testing

@testable import AzadCore

/// The list's view and order in the reading state, across openings.
@Suite struct ReadingStateListViewTests {
    static let views: [ListView] = ListView.Marks.allCases.flatMap { marks in
        ListOrder.Key.allCases.flatMap { key in
            [false, true].map { ListView(marks: marks, order: ListOrder(key: key, reversed: $0)) }
        }
    }

    @Test(arguments: views)
    func theViewIsKeptAcrossOpenings(view: ListView) throws {
        let directory = try TemporaryDirectory()
        do {
            let state = try ReadingState(directory: directory.url)
            #expect(try state.listView() == nil)
            try state.setListView(ListView(marks: .starred, order: ListOrder(key: .section)))
            try state.setListView(view)
        }
        #expect(try ReadingState(directory: directory.url).listView() == view)
    }

    /// A view written by another version, with a sort this one does not know, is not restored.
    @Test func anUnknownSortIsNotRestored() throws {
        let directory = try TemporaryDirectory()
        let state = try ReadingState(directory: directory.url)
        try state.pool.write {
            try $0.execute(sql: "INSERT INTO list_view(id, marks, sort, reversed) VALUES (1, 'unread', 'author', 0)")
        }
        #expect(try state.listView() == nil)
    }

    /// A state with its search history but no view gains the view's table, keeping what it held.
    @Test func aStateWithoutTheViewIsMigrated() throws {
        let directory = try TemporaryDirectory()
        do {
            let queue = try DatabaseQueue(path: directory.url.appendingPathComponent("state.sqlite").path)
            try ReadingState.migrator.migrate(queue, upTo: "search-history")
            try queue.write {
                try $0.execute(sql: "INSERT INTO search_history(kind, position, query) VALUES ('archive', 0, 'باران')")
            }
        }
        let state = try ReadingState(directory: directory.url)
        #expect(try state.searchHistory("archive") == ["باران"])
        #expect(try state.listView() == nil)
        let view = ListView(marks: .unread, order: ListOrder(key: .title, reversed: true))
        try state.setListView(view)
        #expect(try state.listView() == view)
    }
}
