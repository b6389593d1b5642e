import AzadCore
import Testing

@testable import AzadUI

/// The search prompt's query language is `azad search`'s: fields included, and `is:unread` and
/// `is:starred` answered from the marks the reader holds.
@Suite struct PromptFieldTests {
    @Test(arguments: [
        ("kabul is:unread", [3, 4]), ("kabul is:starred", [2, 4]), ("kabul is:unread is:starred", [4]),
        ("kabul", [1, 2, 3, 4]), ("کابل is:unread", [3, 4]), ("is:nothing", [1, 2, 3, 4]),
    ])
    func readingMarksFilterTheResults(query: String, expected: [Int64]) {
        var logic = ReaderLogicEffectTests.started()
        logic.state.read = [1, 2]
        logic.state.starred = [2, 4]
        _ = logic.update(.key(.character("/")))
        for character in query { _ = logic.update(.key(.character(character))) }
        let text = ReaderLogic.searchText(for: query)
        let hits = ReaderLogicEffectTests.summaries.map { SearchHit(summary: $0, snippet: "", rank: 0) }
        _ = logic.update(.searchFinished(text: text, hits: .success(hits)))
        #expect(logic.state.rows.map(\.id) == expected)
    }
}
