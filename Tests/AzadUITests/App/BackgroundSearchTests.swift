import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Searches off the main thread: the reader asks (a `.search` effect, `state.searching` names it),
/// the app runs the search on `BackgroundSearch`'s thread, and the results come back through
/// `searchFinished`.
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

    /// Each search the typing needs is an effect left to the app, never run by the reader itself.
    @Test func searchesAreEffectsForTheApp() {
        let library = GatedLibrary()
        let reader = Reader(library: library, memory: TransientReadingMemory(), width: 100, height: 30)
        reader.searchesInBackground = true
        reader.start()
        reader.handle(.character("/"))
        #expect(reader.send(.key(.character("ب"))) == [.search("ب")])
        #expect(reader.send(.key(.character("ا"))) == [.search("با*")])
        #expect(reader.send(.key(.down)).isEmpty)
        #expect(reader.send(.key(.backspace)) == [.search("ب")])
        #expect(library.searched.isEmpty)
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
        #expect(reader.state.message == "1 result: Enter opens, n/N jump to matches")
    }

    /// A reader awaiting the search `the*` (no results yet), and hits to give it: the reader shows
    /// what the library found, and every fixture article stands for the hits here.
    static func awaitingThe() throws -> (Reader, [SearchHit]) {
        let library = FixtureLibrary()
        let reader = Self.reader(library: library)
        reader.handle(.character("/"))
        Self.type("the", into: reader)
        #expect(reader.state.searching == "the*")
        let all = try library.summaries().map { SearchHit(summary: $0, snippet: "", rank: 0) }
        #expect(all.count == 4)
        return (reader, all)
    }

    /// A screen of the first hits shows at once; the list goes on awaiting the rest, with no count
    /// until they come, and a row selected among the first stays selected.
    @Test func theFirstHitsShowBeforeTheRest() throws {
        let (reader, all) = try Self.awaitingThe()
        // A head of an older query is dropped.
        _ = reader.send(.searchBegan(text: "th*", head: Array(all.prefix(1))))
        #expect(reader.state.search.results.isEmpty)
        _ = reader.send(.searchBegan(text: "the*", head: Array(all.prefix(2))))
        #expect(reader.state.rows.map(\.id) == all.prefix(2).map(\.summary.id))
        #expect(reader.state.searching == "the*", "the rest is still awaited")
        #expect(PromptView.counts(reader.state) == "Enter keeps · Esc cancels")
        #expect(ArticleListView.headerText(for: reader.state).contains("searching…"))
        reader.searchFinished(text: "the*", hits: .success(all))
        #expect(reader.state.rows.map(\.id) == all.map(\.summary.id))
        #expect(reader.state.searching == nil)
        #expect(reader.state.list.selected == 0)
        #expect(PromptView.counts(reader.state) == "4 results · Enter keeps · Esc cancels")
    }

    /// Enter while only the first hits are shown announces the count when the rest come, and a row
    /// selected among the first hits stays selected.
    @Test func enterAmongTheFirstHitsAnnouncesTheWhole() throws {
        let (reader, all) = try Self.awaitingThe()
        _ = reader.send(.searchBegan(text: "the*", head: Array(all.prefix(2))))
        reader.handle(.enter)
        #expect(reader.state.mode == .browse)
        #expect(reader.state.message == nil || reader.state.message?.contains("result") == false)
        reader.handle(.character("j"))
        #expect(reader.state.list.selected == 1)
        reader.searchFinished(text: "the*", hits: .success(all))
        #expect(reader.state.rows.map(\.id) == all.map(\.summary.id))
        #expect(reader.state.list.selected == 1, "the row moved to among the first hits stays selected")
        #expect(reader.state.message == "4 results: Enter opens, n/N jump to matches")
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
        #expect(Array(reader.state.rows) == all.filter { reader.state.filter.accepts($0.language) })
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
        reader.searchFinished(text: "rain*", hits: .failure(LoadFailure(CocoaError(.fileReadCorruptFile))))
        #expect(reader.state.rows.isEmpty)
        #expect(reader.state.message?.hasPrefix("search: ") == true)
    }

    /// The first search is held inside the library while three more queries come: only the newest
    /// of them runs after it. Each search waits for the test to let it finish, so the order does
    /// not depend on how the threads are scheduled.
    @Test func theThreadAnswersTheNewestQuery() throws {
        let library = GatedLibrary()
        let search = BackgroundSearch(library: library, limit: 500)
        defer { search.stop() }
        #expect(!search.isBusy)
        search.submit("s*", first: 40)
        #expect(search.isBusy)
        library.started.wait()
        for text in ["sn*", "sno*", "snow*"] { search.submit(text, first: 40) }
        library.proceed.signal()
        let first = try #require(Self.take(from: search))
        #expect(first.text == "s*")
        library.started.wait()
        library.proceed.signal()
        let second = try #require(Self.take(from: search))
        #expect(second.text == "snow*")
        #expect(try second.hits.get().map(\.summary.path) == ["/feed/roads.txt"])
        #expect(library.searched == ["s*", "snow*"], "queries replaced before they started are never run")
        #expect(Self.take(from: search, within: 0.05) == nil)
        #expect(!search.isBusy)
    }

    /// A library that reads a screen of hits first hands them over before the whole.
    @Test func theThreadGivesTheFirstHitsBeforeTheWhole() throws {
        let library = GatedLibrary()
        let search = BackgroundSearch(library: library, limit: 500)
        defer { search.stop() }
        // `r` is in two of the fixture's articles.
        search.submit("r*", first: 1)
        library.started.wait()
        let head = try #require(Self.take(from: search))
        #expect(head.text == "r*")
        #expect(!head.complete)
        #expect(try head.hits.get().count == 1)
        #expect(search.isBusy)
        library.proceed.signal()
        let whole = try #require(Self.take(from: search))
        #expect(whole.complete)
        #expect(try whole.hits.get().count == 2)
        #expect(try whole.hits.get().prefix(1) == head.hits.get()[...])
    }

    /// The next finished search, waited for until a deadline.
    static func take(from search: BackgroundSearch, within seconds: Double = 10) -> BackgroundSearch.Outcome? {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while Date() < deadline {
            if let outcome = search.take() { return outcome }
            usleep(1000)
        }
        return nil
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

/// The fixture library, with each search held until the test lets it finish.
final class GatedLibrary: ArticleLibrary, @unchecked Sendable {
    let fixture = FixtureLibrary()
    /// Signalled as each search starts.
    let started = DispatchSemaphore(value: 0)
    /// Waited on before each search returns.
    let proceed = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var texts: [String] = []

    var searched: [String] { lock.withLock { texts } }

    func summaries() throws -> [ArticleSummary] { try fixture.summaries() }
    func article(id: Int64) throws -> Article? { try fixture.article(id: id) }
    func rawText(of summary: ArticleSummary) throws -> String { try fixture.rawText(of: summary) }
    func sync(progress: @escaping @Sendable (Double) -> Void) throws {}

    func search(_ query: String, limit: Int) throws -> [SearchHit] {
        lock.withLock { texts.append(query) }
        started.signal()
        proceed.wait()
        return try fixture.search(query, limit: limit)
    }

    /// Hands over the first `first` hits before it waits, when more follow.
    func search(_ query: String, limit: Int, first: Int, head: ([SearchHit]) -> Void) throws -> [SearchHit] {
        let hits = try fixture.search(query, limit: limit)
        if hits.count > first { head(Array(hits.prefix(first))) }
        return try search(query, limit: limit)
    }
}
