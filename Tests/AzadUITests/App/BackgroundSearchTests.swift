import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Searches off the main thread: the reader asks (`state.searching`), the app runs the search on
/// `BackgroundSearch`'s thread, and the results come back through `searchFinished`.
@Suite struct BackgroundSearchTests {
    static func reader(library: FixtureLibrary = FixtureLibrary()) -> Reader {
        let reader = ReaderFixture.reader(library: library)
        reader.searchesInBackground = true
        return reader
    }

    static func type(_ text: String, into reader: Reader) {
        for character in text { reader.handle(.character(character)) }
    }

    @Test func theListWaitsForItsResultsAndResultsOfAnOlderQueryAreDropped() throws {
        let library = FixtureLibrary()
        let reader = Self.reader(library: library)
        reader.handle(.character("/"))
        Self.type("sn", into: reader)
        #expect(reader.state.searching == "sn*")
        #expect(reader.state.rows.count == 4, "the list keeps its rows until the results come")
        #expect(ArticleListView.headerText(for: reader.state).contains("searching…"))
        Self.type("ow", into: reader)
        #expect(reader.state.searching == "snow*")

        reader.searchFinished(text: "sn*", hits: .success(try library.search("sn*", limit: 500)))
        #expect(reader.state.rows.count == 4)
        #expect(reader.state.searching == "snow*")

        reader.searchFinished(text: "snow*", hits: .success(try library.search("snow*", limit: 500)))
        #expect(reader.state.searching == nil)
        #expect(reader.state.rows.map(\.path) == ["/feed/roads.txt"])
        #expect(reader.state.list.selected == 0)
        #expect(ArticleListView.headerText(for: reader.state).contains("1 result"))
    }

    @Test func enterAnnouncesTheResultsWhenTheyCome() throws {
        let library = FixtureLibrary()
        let reader = Self.reader(library: library)
        reader.handle(.character("/"))
        Self.type("باران", into: reader)
        reader.handle(.enter)
        #expect(reader.state.mode == .browse)
        #expect(reader.state.message == nil || reader.state.message?.contains("results") == false)
        reader.searchFinished(text: "باران*", hits: .success(try library.search("باران*", limit: 500)))
        #expect(reader.state.rows.map(\.path) == ["/feed/rain.txt"])
        #expect(reader.state.message == "1 results: Enter opens, n/N jump to matches")
    }

    @Test func theLanguageFilterReusesTheResultsAndEscapeForgetsTheSearch() throws {
        let library = FixtureLibrary()
        let reader = Self.reader(library: library)
        reader.handle(.character("/"))
        Self.type("the", into: reader)
        reader.searchFinished(text: "the*", hits: .success(try library.search("the*", limit: 500)))
        reader.handle(.enter)
        let all = reader.state.rows
        reader.handle(.character("l"))
        #expect(reader.state.searching == nil, "a filter needs no new search")
        #expect(reader.state.rows == all.filter { reader.state.filter.accepts($0.language) })
        reader.handle(.escape)
        reader.handle(.escape)
        #expect(reader.state.query == nil)
        #expect(reader.state.searching == nil)
        #expect(reader.state.rows.count == 4)
    }

    @Test func aFailedSearchEmptiesTheListAndSaysWhy() {
        let reader = Self.reader()
        reader.handle(.character("/"))
        Self.type("rain", into: reader)
        reader.searchFinished(text: "rain*", hits: .failure(SearchFailure(CocoaError(.fileReadCorruptFile))))
        #expect(reader.state.rows.isEmpty)
        #expect(reader.state.message?.hasPrefix("search: ") == true)
    }

    @Test func theThreadAnswersTheNewestQuery() throws {
        let search = BackgroundSearch(library: FixtureLibrary(), limit: 500)
        defer { search.stop() }
        for text in ["s*", "sn*", "sno*", "snow*"] { search.submit(text) }
        let deadline = Date(timeIntervalSinceNow: 10)
        var answers: [String] = []
        while answers.last != "snow*", Date() < deadline {
            if let outcome = search.take() {
                answers.append(outcome.text)
                #expect(try outcome.hits.get().map(\.summary.path).contains("/feed/roads.txt"))
            } else {
                usleep(1000)
            }
        }
        #expect(answers.last == "snow*")
        #expect(answers.count <= 2, "queries replaced before they started are never run: \(answers)")
    }

    @Test(
        "One letter is searched as a word; from two letters on, the last word is a prefix",
        arguments: [
            ("a", "a"), ("ab", "ab*"), ("ک", "ک"), ("کت", "کت*"), ("ښ", "ښ"), ("ښه", "ښه*"), ("中", "中"),
            ("中文", "中文*"), ("e\u{301}", "e\u{301}"), ("e\u{301}t", "e\u{301}t*"), ("market a", "market a"),
            ("a market", "a market*"), ("\"kabul ci", "\"kabul ci"), ("\"kabul\" ci", "\"kabul\" ci*"),
            ("🙂", "🙂"), ("ab ", "ab "), ("ab\u{7}", "ab\u{7}"),
        ])
    func searchText(typed: String, expected: String) {
        #expect(ReaderLogic.searchText(for: typed) == expected)
    }
}
