import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The logic alone, with no library behind it: every piece of I/O is an effect it returns, and the
/// answer comes back as a message.
@Suite struct ReaderLogicEffectTests {
    static let summaries = FixtureLibrary.standard.enumerated().map {
        FixtureLibrary.summary($0.element, id: Int64($0.offset + 1))
    }

    /// A logic started on the standard fixture's summaries, answering its effects by hand.
    static func started() -> ReaderLogic {
        var logic = ReaderLogic(settings: ReaderSettings(themes: ["default", "dark"]), width: 100, height: 30)
        #expect(logic.update(.start(firstRows: nil)) == [.loadRecord])
        #expect(logic.update(.recordLoaded(ReadingRecord())).isEmpty)
        let request = SummariesRequest(reason: .finishStart, limit: nil)
        #expect(logic.update(.finishLoading) == [.loadSummaries(request)])
        let loaded = LoadedSummaries(generation: 3, summaries: .success(summaries), total: nil)
        #expect(logic.update(.summariesLoaded(request, loaded)).isEmpty)
        _ = logic.update(.resize(width: 100, height: 30))
        return logic
    }

    @Test func startUpAsksForTheRecordThenTheSummaries() {
        let logic = Self.started()
        #expect(logic.state.rows.count == 4)
        #expect(logic.state.seenGeneration == 3)
        #expect(logic.state.startUp.isOver)
    }

    @Test func enterAsksForTheArticleAndOpensItWhenItComes() throws {
        var logic = Self.started()
        let effects = logic.update(.key(.enter))
        guard case .loadArticle(let request) = effects.first, effects.count == 1 else {
            Issue.record("Enter gave \(effects)")
            return
        }
        #expect(request.summary == logic.state.rows[0])
        #expect(logic.state.opened == nil, "nothing opens before the article is read")
        let article = try #require(FixtureLibrary.standard.first { $0.path == request.summary.path })
        let answer = logic.update(.articleLoaded(request, .success(LoadedArticle(article: article, matchRanges: [:]))))
        #expect(logic.state.opened?.summary == request.summary)
        #expect(logic.state.read == [request.summary.id])
        #expect(answer == [.save(logic.record)], "opening marks read, and the mark is saved")
    }

    /// Enter pressed while the preview is being read: both answers come, in either order, and the
    /// second finds the article on show and leaves it where the keys and the wheel put it.
    @Test(arguments: [true, false])
    func aPreviewAndAnOpeningOfOneArticleKeepTheViewAsMoved(previewFirst: Bool) throws {
        var logic = Self.started()
        _ = logic.update(.resize(width: 130, height: 12))
        guard case .loadArticle(let preview) = logic.update(.preview).first,
            case .loadArticle(let opening) = logic.update(.key(.enter)).first
        else {
            Issue.record("the preview and Enter asked for no article")
            return
        }
        #expect(preview.preview && !opening.preview && preview.summary == opening.summary)
        let article = try #require(FixtureLibrary.standard.first { $0.path == preview.summary.path })
        let answer = Result<LoadedArticle?, LoadFailure>.success(LoadedArticle(article: article, matchRanges: [:]))
        _ = logic.update(.articleLoaded(previewFirst ? preview : opening, answer))
        let pane = logic.state.layout.pane
        _ = logic.update(.mouse(MouseEvent(.wheelDown, row: pane.row + 1, column: pane.column + 2)))
        let top = try #require(logic.state.opened?.scroll.top)
        try #require(top > 0, "the article is longer than the pane")
        _ = logic.update(.articleLoaded(previewFirst ? opening : preview, answer))
        #expect(logic.state.opened?.scroll.top == top)
        #expect(logic.state.focus == .reader)
        #expect(logic.state.read.contains(opening.summary.id))
    }

    @Test(arguments: [
        ("could not open", Result<LoadedArticle?, LoadFailure>.failure(LoadFailure(CocoaError(.fileReadNoPermission)))),
        ("is no longer in the cache", .success(nil)),
    ])
    func anArticleThatCannotBeReadSaysSo(message: String, result: Result<LoadedArticle?, LoadFailure>) {
        var logic = Self.started()
        guard case .loadArticle(let request) = logic.update(.key(.enter)).first else {
            Issue.record("Enter asked for no article")
            return
        }
        #expect(logic.update(.articleLoaded(request, result)).isEmpty)
        #expect(logic.state.opened == nil)
        #expect(logic.state.message?.contains(message) == true)
    }

    @Test(arguments: ["snow", "باران", "ښار", "漢字", "e\u{301}t"])
    func typingAsksForASearchAndKeepsTheRowsUntilItsResults(query: String) {
        var logic = Self.started()
        _ = logic.update(.key(.character("/")))
        var asked: [Effect] = []
        for character in query { asked += logic.update(.key(.character(character))) }
        let text = ReaderLogic.searchText(for: query)
        #expect(asked.last == .search(text))
        #expect(logic.state.searching == text)
        #expect(logic.state.rows.count == 4)
        _ = logic.update(
            .searchFinished(text: text, hits: .success([SearchHit(summary: Self.summaries[2], snippet: "", rank: 0)])))
        #expect(Array(logic.state.rows) == [Self.summaries[2]])
        #expect(logic.state.searching == nil)
    }

    /// Enter keeps a query whose results are still awaited: no second search is asked for.
    @Test func aSearchAwaitedIsAskedForOnce() {
        var logic = Self.started()
        _ = logic.update(.key(.character("/")))
        #expect(logic.update(.key(.character("a"))) == [.search("a")])
        #expect(logic.update(.key(.character("b"))) == [.search("ab*")])
        #expect(logic.update(.key(.down)).isEmpty)
        // Enter saves the query to the history and asks for nothing else.
        let effects = logic.update(.key(.enter))
        #expect(effects == [.save(logic.record)])
        #expect(logic.state.searching == "ab*")
        #expect(logic.state.mode == .browse)
    }

    @Test func rawTextIsAskedForAndShownWhenItComes() {
        var logic = Self.started()
        let summary = logic.state.rows[0]
        #expect(logic.update(.key(.character("R"))) == [.loadRawText(summary)])
        #expect(logic.state.mode == .browse)
        _ = logic.update(.rawTextLoaded(summary, .success("سطر اول\u{0C}page two")))
        #expect(logic.state.mode == .raw)
        #expect(logic.state.raw?.lines.map(\.text).contains("page two") == true)
    }

    @Test func aFailedSaveIsShownNeverThrown() {
        var logic = Self.started()
        #expect(logic.update(.key(.character("s"))) == [.save(logic.record)])
        _ = logic.update(.saveFailed(LoadFailure(CocoaError(.fileWriteOutOfSpace))))
        #expect(logic.state.message?.hasPrefix("could not save reading state: ") == true)
    }

    @Test func anOutsideChangeIsLookedForOnlyWhenNoSyncRuns() {
        var logic = Self.started()
        #expect(logic.update(.checkForOutsideChanges) == [.checkGeneration])
        #expect(logic.update(.generationRead(3)).isEmpty, "the generation the list was read at")
        #expect(
            logic.update(.generationRead(4)) == [
                .loadSummaries(SummariesRequest(reason: .outsideChange(before: 4), limit: logic.state.height))
            ], "the rows that fit now, every id on a thread of its own")
        _ = logic.update(.syncStarted)
        #expect(logic.update(.checkForOutsideChanges).isEmpty)
    }

    @Test(arguments: [Key.control("l")])
    func controlLAsksForARedrawInEveryMode(key: Key) {
        var logic = Self.started()
        #expect(logic.update(.key(key)) == [.redraw])
        for opener in [Key.character("?"), .character("/")] {
            var inMode = logic
            _ = inMode.update(.key(opener))
            #expect(inMode.update(.key(key)) == [.redraw])
            #expect(inMode.state.mode != .browse, "redraw leaves the mode as it is")
        }
    }
}
