import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The preview of the selected article, and the pane never showing another article than the
/// selected one.
@Suite struct PreviewTests {
    @Test func previewFollowsTheSelectionWithoutMarkingRead() {
        let reader = ReaderFixture.reader()
        #expect(reader.wantsPreview)
        reader.preview()
        #expect(reader.state.opened?.summary.id == reader.state.rows[0].id)
        #expect(reader.state.focus == .list)
        #expect(!reader.wantsPreview)
        reader.handle(.character("j"))
        #expect(reader.wantsPreview)
        reader.preview()
        #expect(reader.state.opened?.summary.id == reader.state.rows[1].id)
        reader.handle(.character("k"))
        reader.preview()
        #expect(reader.state.opened?.summary.id == reader.state.rows[0].id)
        #expect(reader.state.read.isEmpty)
        #expect(reader.state.focus == .list)
    }

    /// Moving never loads an article: only the row the selection rests on is previewed.
    @Test func movingLoadsNothingUntilThePreviewIsAskedFor() {
        let reader = ReaderFixture.reader()
        for _ in 0..<3 { reader.handle(.character("j")) }
        #expect(reader.state.opened == nil)
        reader.preview()
        #expect(reader.state.opened?.summary.id == reader.state.rows[3].id)
    }

    /// Too small for both panes, or the pane has the keyboard: no preview.
    @Test(arguments: [(100, 10), (10, 30)])
    func noPreviewWhereThePaneIsNotBesideTheList(width: Int, height: Int) {
        let reader = ReaderFixture.reader(width: width, height: height)
        #expect(!reader.wantsPreview)
    }

    @Test(arguments: [MarkReadOn.open, .end, .never])
    func enterAfterAPreviewTakesTheKeyboard(markReadOn: MarkReadOn) {
        let reader = ReaderFixture.reader()
        reader.markReadOn = markReadOn
        reader.handle(.character("j"))
        reader.handle(.character("j"))
        reader.preview()
        let id = reader.state.rows[2].id
        #expect(!reader.state.read.contains(id))
        reader.handle(.enter)
        #expect(reader.state.focus == .reader)
        #expect(reader.state.opened?.summary.id == id)
        // Row 2 is a short article: its end is on the screen once it has the keyboard.
        #expect(reader.state.read.contains(id) == (markReadOn != .never))
    }

    @Test func markReadAtTheEndWaitsForTheEnd() {
        let reader = ReaderFixture.reader()
        reader.markReadOn = .end
        let id = reader.state.rows[0].id
        reader.handle(.enter)
        #expect(reader.state.opened?.summary.id == id)
        #expect(!reader.state.read.contains(id))
        reader.handle(.character("G"))
        #expect(reader.state.read.contains(id))
    }

    /// Open row 1, Tab, j, Tab: the pane shows row 2, with or without a preview in between.
    @Test(arguments: [false, true])
    func tabShowsTheSelectedArticle(previewInBetween: Bool) {
        let reader = ReaderFixture.reader()
        reader.handle(.character("j"))
        reader.handle(.enter)
        #expect(reader.state.opened?.summary.id == reader.state.rows[1].id)
        reader.handle(.tab)
        #expect(reader.state.focus == .list)
        reader.handle(.character("j"))
        if previewInBetween { reader.preview() }
        reader.handle(.tab)
        #expect(reader.state.focus == .reader)
        #expect(reader.state.opened?.summary.id == reader.state.rows[2].id)
        #expect(reader.state.opened?.summary.id == reader.state.selectedSummary?.id)
        #expect(reader.state.read.contains(reader.state.rows[2].id))
    }

    /// Whatever keys are pressed, once the app has previewed, the pane shows the selected article.
    @Test(arguments: [
        "jjjk", "j\tj\tk\t", "G\tgj", "jJJ\tK", "=j~\tk", "Fjj", "*\tj",
    ])
    func paneAndSelectionNeverDisagree(keys: String) {
        let reader = ReaderFixture.reader()
        reader.handle(.character("s"))
        for character in keys {
            reader.handle(character == "\t" ? .tab : .character(character))
            reader.preview()
            if let selected = reader.state.selectedSummary, let opened = reader.state.opened {
                #expect(
                    opened.summary.id == selected.id || reader.state.focus == .reader,
                    "after \(character) of \(keys)")
                if reader.state.focus == .list { #expect(opened.summary.id == selected.id) }
            }
        }
    }

    @Test func aSearchResultIsPreviewedWithItsMatch() {
        let reader = ReaderFixture.reader()
        reader.handle(.character("/"))
        for character in "snow" { reader.handle(.character(character)) }
        reader.handle(.enter)
        #expect(reader.state.query == "snow")
        reader.preview()
        #expect(reader.state.opened?.summary.path == "/feed/roads.txt")
        #expect(reader.state.opened?.currentMatch == 0)
        #expect(reader.state.focus == .list)
        #expect(reader.state.read.isEmpty)
    }
}

/// Next and previous unread, and `Space` going on at the end of an article.
@Suite struct UnreadStepTests {
    @Test func nextUnreadSkipsReadArticles() {
        let reader = ReaderFixture.reader()
        reader.handle(.character("j"))
        reader.handle(.character("u"))
        reader.handle(.character("k"))
        reader.handle(.character("J"))
        #expect(reader.state.list.selected == 2)
        #expect(reader.state.focus == .list)
        reader.handle(.character("K"))
        #expect(reader.state.list.selected == 0)
        reader.handle(.character("K"))
        #expect(reader.state.message == "no unread article before this one")
        reader.handle(.character("G"))
        reader.handle(.character("J"))
        #expect(reader.state.list.selected == 3)
        #expect(reader.state.message == "no unread article after this one in the list")
    }

    @Test func theLastUnreadSaysSo() {
        let reader = ReaderFixture.reader()
        for key in "juju" { reader.handle(.character(key)) }
        reader.handle(.character("g"))
        reader.handle(.character("J"))
        #expect(reader.state.list.selected == 3)
        #expect(reader.state.message == "the last unread article in the list")
        reader.handle(.character("K"))
        #expect(reader.state.list.selected == 0)
        #expect(reader.state.message == "the first unread article")
    }

    @Test func nextUnreadFromThePaneOpensIt() {
        let reader = ReaderFixture.reader()
        reader.handle(.enter)
        reader.handle(.character("J"))
        #expect(reader.state.opened?.summary.id == reader.state.rows[1].id)
        #expect(reader.state.list.selected == 1)
        #expect(reader.state.focus == .reader)
    }

    @Test(arguments: [true, false])
    func spaceAtTheEndOpensTheNextUnread(enabled: Bool) {
        let reader = ReaderFixture.reader()
        reader.spaceNextUnread = enabled
        reader.handle(.character("j"))
        reader.handle(.enter)
        let first = reader.state.opened!.summary.id
        reader.handle(.character("G"))
        reader.handle(.character(" "))
        #expect(reader.state.opened?.summary.id == (enabled ? reader.state.rows[2].id : first))
    }
}

/// Mark all read, and undo of read and star changes.
@Suite struct MarkUndoTests {
    @Test func markAllReadMarksTheListAsShownAndUndoTakesItBack() throws {
        let memory = TransientReadingMemory()
        let reader = ReaderFixture.reader(memory: memory)
        reader.handle(.character("l"))  // فارسی
        let shown = Set(reader.state.rows.map(\.id))
        #expect(!shown.isEmpty && shown.count < 4)
        reader.handle(.character("A"))
        #expect(reader.state.read == shown)
        #expect(memory.load().read == shown)
        #expect(reader.state.unreadRows == 0)
        reader.handle(.character("U"))
        #expect(reader.state.read.isEmpty)
        #expect(memory.load().read.isEmpty)
        #expect(reader.state.unreadRows == reader.state.rows.count)
    }

    @Test func undoGoesBackSeveralLevels() {
        let memory = TransientReadingMemory()
        let reader = ReaderFixture.reader(memory: memory)
        let first = reader.state.rows[0].id
        reader.handle(.character("s"))
        reader.handle(.character("u"))
        reader.handle(.character("A"))
        #expect(reader.state.read.count == 4)
        reader.handle(.character("U"))
        #expect(reader.state.read == [first])
        reader.handle(.character("U"))
        #expect(reader.state.read.isEmpty)
        #expect(reader.state.starred == [first])
        reader.handle(.character("U"))
        #expect(reader.state.starred.isEmpty)
        #expect(memory.load().starred.isEmpty)
        reader.handle(.character("U"))
        #expect(reader.state.message == "nothing to undo")
    }

    @Test func everyArticleReadSaysSo() {
        let reader = ReaderFixture.reader()
        reader.handle(.character("A"))
        reader.handle(.character("A"))
        #expect(reader.state.message == "every article in the list is read")
        #expect(reader.state.undo.changes.count == 1)
    }

    @Test func undoKeepsALimitedNumberOfChanges() {
        var undo = MarkUndo()
        for index in 0..<(MarkUndo.depth + 5) {
            undo.record(.init(summary: "\(index)", wasRead: [Int64(index): false]))
        }
        undo.record(.init(summary: "nothing"))
        #expect(undo.changes.count == MarkUndo.depth)
        #expect(undo.takeLast()?.summary == "\(MarkUndo.depth + 4)")
        #expect(undo.changes.first?.summary == "5")
    }
}

/// The unread-only and starred-only views, the orders, and their remembering.
@Suite struct ListViewTests {
    @Test func unreadOnlyAndStarredOnlyViews() {
        let reader = ReaderFixture.reader()
        reader.handle(.character("u"))
        reader.handle(.character("j"))
        reader.handle(.character("s"))
        reader.handle(.character("F"))
        #expect(reader.state.rows.map(\.path) == ["/feed/rain.txt", "/feed/pashto.txt", "/feed/berlin.txt"])
        #expect(reader.state.selectedSummary?.path == "/feed/rain.txt")
        #expect(ArticleListView.headerText(for: reader.state).contains("unread · by date"))
        reader.handle(.character("*"))
        #expect(reader.state.rows.map(\.path) == ["/feed/rain.txt"])
        #expect(ArticleListView.headerText(for: reader.state).contains("starred · by date"))
        reader.handle(.character("*"))
        #expect(reader.state.rows.count == 4)
        #expect(ArticleListView.headerText(for: reader.state) == "All · 4 articles")
    }

    @Test(arguments: [
        ("=", ["/feed/berlin.txt", "/feed/roads.txt", "/feed/rain.txt", "/feed/pashto.txt"], "by title"),
        ("==", ["/feed/berlin.txt", "/feed/roads.txt", "/feed/rain.txt", "/feed/pashto.txt"], "by language"),
        ("===", ["/feed/roads.txt", "/feed/berlin.txt", "/feed/rain.txt", "/feed/pashto.txt"], "by section"),
        ("====", ["/feed/roads.txt", "/feed/rain.txt", "/feed/pashto.txt", "/feed/berlin.txt"], "by date"),
        ("~", ["/feed/berlin.txt", "/feed/pashto.txt", "/feed/rain.txt", "/feed/roads.txt"], "by date, reversed"),
        ("=~", ["/feed/pashto.txt", "/feed/rain.txt", "/feed/roads.txt", "/feed/berlin.txt"], "by title, reversed"),
    ])
    func sortCyclesTheOrders(keys: String, paths: [String], label: String) {
        let reader = ReaderFixture.reader()
        reader.handle(.character("j"))
        let selected = reader.state.selectedSummary?.id
        for key in keys { reader.handle(.character(key)) }
        #expect(reader.state.rows.map(\.path) == paths)
        #expect(reader.state.selectedSummary?.id == selected)
        #expect(reader.state.view.order.label == label)
        if label != "by date" { #expect(ArticleListView.headerText(for: reader.state).hasSuffix(label)) }
    }

    @Test func theViewIsRememberedBetweenRuns() {
        let memory = TransientReadingMemory()
        let reader = ReaderFixture.reader(memory: memory)
        reader.handle(.character("u"))
        reader.handle(.character("F"))
        reader.handle(.character("="))
        reader.handle(.character("~"))
        let again = ReaderFixture.reader(memory: memory)
        #expect(again.state.view == ListView(marks: .unread, order: ListOrder(key: .title, reversed: true)))
        #expect(again.state.rows.map(\.path) == ["/feed/pashto.txt", "/feed/rain.txt", "/feed/berlin.txt"])
    }
}
