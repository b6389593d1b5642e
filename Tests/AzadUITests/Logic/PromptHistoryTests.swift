import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The prompt opens empty with the last query suggested; `Up`, `Down` and `Tab` recall queries, per
/// kind of search, and the history is remembered in the reading record.
@Suite struct PromptHistoryTests {
    static func search(_ text: String, in reader: Reader, key: Key = .character("/")) {
        reader.handle(key)
        for character in text { reader.handle(.character(character)) }
        reader.handle(.enter)
    }

    @Test func thePromptOpensEmptyWithTheLastQuerySuggested() throws {
        let reader = ReaderFixture.reader()
        Self.search("snow", in: reader)
        reader.handle(.escape)
        reader.handle(.character("/"))
        #expect(reader.state.prompt.isEmpty)
        #expect(reader.state.promptSuggestion == "snow")
        let status = Screen.render(reader.state, keymap: reader.keymap)
        let row = status.height - 1
        let dimmed = (0..<status.width).filter { status[row, $0].style == .statusDim }
        #expect(dimmed.count == 4)
        reader.handle(.character("r"))
        #expect(reader.state.prompt == "r", "typing replaces the suggestion")
        reader.handle(.backspace)
        reader.handle(.tab)
        #expect(reader.state.prompt == "snow")
        #expect(reader.state.rows.map(\.path) == ["/feed/roads.txt"])
    }

    @Test func upAndDownWalkTheHistoryAndGiveBackWhatWasTyped() throws {
        let reader = ReaderFixture.reader()
        for query in ["snow", "باران", "ښار", "snow"] {
            Self.search(query, in: reader)
            reader.handle(.escape)
        }
        #expect(reader.state.history[.archive] == ["snow", "ښار", "باران"])
        reader.handle(.character("/"))
        reader.handle(.character("x"))
        reader.handle(.up)
        #expect(reader.state.prompt == "snow")
        reader.handle(.up)
        reader.handle(.up)
        reader.handle(.up)
        #expect(reader.state.prompt == "باران")
        reader.handle(.down)
        #expect(reader.state.prompt == "ښار")
        reader.handle(.down)
        reader.handle(.down)
        #expect(reader.state.prompt == "x")
        reader.handle(.down)
        #expect(reader.state.prompt == "x")
    }

    /// The article's finds keep a history of their own.
    @Test func eachKindOfSearchHasItsOwnHistory() throws {
        let reader = ReaderFixture.reader()
        Self.search("snow", in: reader)
        reader.handle(.enter)
        #expect(reader.state.focus == .reader)
        Self.search("roads", in: reader)
        #expect(reader.state.history[.article] == ["roads"])
        #expect(reader.state.history[.archive] == ["snow"])
        reader.handle(.character("\\"))
        #expect(reader.state.promptSuggestion == "snow")
        reader.handle(.escape)
        reader.handle(.character("/"))
        #expect(reader.state.promptSuggestion == "roads")
    }

    @Test func theHistoryIsRememberedInTheRecord() throws {
        let memory = TransientReadingMemory()
        let first = ReaderFixture.reader(memory: memory)
        Self.search("snow", in: first)
        #expect(memory.load().searchHistory == ["archive": ["snow"]])
        let second = ReaderFixture.reader(memory: memory)
        second.handle(.character("/"))
        second.handle(.up)
        #expect(second.state.prompt == "snow")
    }

    /// A record written without a history still reads.
    @Test func aRecordWithoutAHistoryReads() throws {
        let json = #"{"lastScroll":3,"read":[1],"starred":[]}"#
        let record = try JSONDecoder().decode(ReadingRecord.self, from: Data(json.utf8))
        #expect(record.read == [1])
        #expect(record.lastScroll == 3)
        #expect(record.searchHistory.isEmpty)
    }

    @Test(arguments: [(0, "no results"), (1, "1 result"), (2, "2 results"), (500, "500 results")])
    func countsHaveTheirGrammar(count: Int, text: String) {
        #expect(ReaderLogic.results(count) == text)
    }
}
