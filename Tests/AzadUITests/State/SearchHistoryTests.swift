import Testing

@testable import AzadUI

/// What `Up` and `Down` walk at the prompt.
@Suite struct SearchHistoryTests {
    @Test func newestFirstDuplicatesCollapsedAndAtMostAHundred() {
        var history = SearchHistory()
        for index in 0..<150 { history.add("query \(index)", for: .archive) }
        history.add("query 120", for: .archive)
        history.add("", for: .archive)
        history.add("مرز", for: .article)
        #expect(history[.archive].count == 100)
        #expect(history[.archive].first == "query 120")
        #expect(history[.archive].filter { $0 == "query 120" }.count == 1)
        #expect(history[.archive][1] == "query 149")
        #expect(history[.article] == ["مرز"])
    }
}
