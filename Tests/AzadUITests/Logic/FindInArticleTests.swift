import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// `/` in the reading pane finds in the open article; `n` and `N` go from match to match.
@Suite struct FindInArticleTests {
    /// A long article: a match of "border" every fifth paragraph, folded spellings among them.
    static let long = Article(
        path: "/feed/border.txt", title: "Back to a home across the border", language: "en",
        blocks: (0..<60).map { index in
            let filler = "Words that fill a line of the article and wrap it to the next one, paragraph \(index)."
            return Block(.paragraph, index % 5 == 2 ? "\(filler) They waited at the Border for days." : filler)
        })
    static let persian = Article(
        path: "/feed/marz.txt", title: "بازگشت", language: "fa",
        blocks: [
            Block(.paragraph, "در مرز كابل منتظر ماندند."),
            Block(.paragraph, "راه کابل بسته بود و مرزها بسته."),
            Block(.paragraph, "سپس به كابُل رسیدند."),
        ])

    static func reader(_ articles: [Article] = [long, persian], height: Int = 24) -> Reader {
        let reader = ReaderFixture.reader(width: 100, height: height, library: FixtureLibrary(articles))
        let row = reader.state.rows.firstIndex { $0.path == articles[0].path }!
        for _ in 0..<row { reader.handle(.down) }
        reader.handle(.enter)
        return reader
    }

    static func find(_ text: String, in reader: Reader) {
        reader.handle(.character("/"))
        for character in text { reader.handle(.character(character)) }
    }

    @Test func slashInThePaneFindsInTheArticleAndLeavesTheListAlone() throws {
        let reader = Self.reader()
        let rows = reader.state.rows
        Self.find("border", in: reader)
        #expect(reader.state.searchPrompt.kind == .article)
        #expect(Screen.render(reader.state, keymap: reader.keymap).lines.last!.contains("Find in article: border"))
        reader.handle(.enter)
        #expect(reader.state.rows == rows)
        #expect(reader.state.query == nil)
        let opened = try #require(reader.state.opened)
        #expect(opened.matches.count == 12)
        #expect(reader.state.message == "match 1 of 12")
    }

    @Test func nVisitsEveryMatchOnceInReadingOrderAndWraps() throws {
        let reader = Self.reader()
        Self.find("border", in: reader)
        reader.handle(.enter)
        let matches = try #require(reader.state.opened?.matches)
        var visited = [reader.state.opened!.currentMatch!]
        for index in 1..<matches.count {
            reader.handle(.character("n"))
            visited.append(reader.state.opened!.currentMatch!)
            #expect(reader.state.message == "match \(index + 1) of \(matches.count)")
            // The current match is on the screen, in the current-match style.
            let grid = Screen.render(reader.state, keymap: reader.keymap)
            #expect(
                grid.lines.indices.contains { row in (0..<grid.width).contains { grid[row, $0].style == .currentMatch }
                })
        }
        #expect(visited == Array(0..<matches.count))
        #expect(matches.map(\.block) == matches.map(\.block).sorted())
        reader.handle(.character("n"))
        #expect(reader.state.opened?.currentMatch == 0)
        #expect(reader.state.message == "match 1 of 12 · wrapped to the top")
        reader.handle(.character("N"))
        #expect(reader.state.opened?.currentMatch == 11)
        #expect(reader.state.message == "match 12 of 12 · wrapped to the end")
    }

    /// `n` scrolls only when the next match is off the screen.
    @Test func nScrollsOnlyWhenTheMatchIsOffScreen() throws {
        let reader = Self.reader(height: 40)
        Self.find("paragraph 1.", in: reader)
        reader.handle(.enter)
        let top = reader.state.opened!.scroll.top
        Self.find("paragraph", in: reader)
        reader.handle(.enter)
        #expect(reader.state.opened!.scroll.top == top)
        reader.handle(.character("n"))
        #expect(reader.state.opened!.scroll.top == top, "the second match is on the screen")
        for _ in 0..<30 { reader.handle(.character("n")) }
        #expect(reader.state.opened!.scroll.top > top)
    }

    /// Every match is highlighted; the current one has its own style.
    @Test func everyMatchOnTheScreenIsHighlighted() throws {
        let reader = Self.reader(height: 60)
        Self.find("border", in: reader)
        reader.handle(.enter)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        var runs: [ThemeElement] = []
        for row in 0..<grid.height {
            var previous: ThemeElement? = nil
            for column in 0..<grid.width {
                let style = grid[row, column].style
                if style == .searchMatch || style == .currentMatch, style != previous { runs.append(style) }
                previous = style
            }
        }
        #expect(runs.first == .currentMatch)
        #expect(runs.count >= 3)
        #expect(runs.dropFirst().allSatisfy { $0 == .searchMatch })
    }

    /// The folding of the archive search: Arabic kaf and yeh, diacritics, a plural written on.
    @Test(arguments: [("كابل", 3), ("کابل", 3), ("مرز", 2), ("مرزها", 1)])
    func persianMatchesUseTheArchiveFolding(query: String, count: Int) throws {
        let reader = Self.reader([Self.persian, Self.long])
        Self.find(query, in: reader)
        reader.handle(.enter)
        #expect(reader.state.opened?.matches.count == count)
    }

    @Test func escapeRestoresThePaneAndItsMatches() throws {
        let reader = Self.reader()
        Self.find("border", in: reader)
        reader.handle(.enter)
        for _ in 0..<5 { reader.handle(.character("n")) }
        let before = try #require(reader.state.opened)
        Self.find("paragraph 5", in: reader)
        #expect(reader.state.opened?.matches != before.matches)
        reader.handle(.escape)
        let after = try #require(reader.state.opened)
        #expect(after.scroll == before.scroll)
        #expect(after.matches == before.matches)
        #expect(after.currentMatch == before.currentMatch)
        #expect(reader.state.mode == .browse)
    }

    /// `\` in the pane searches the archive; `Esc` gives back the selection and both scrolls.
    @Test func backslashSearchesTheArchiveAndEscapeRestoresEverything() throws {
        var articles = [Self.long]
        for index in 0..<40 {
            articles.append(
                Article(
                    path: "/feed/\(index).txt", title: "Kabul report \(index)",
                    date: CivilDate(year: 2010, month: 1, day: 1 + index % 28), language: "en",
                    blocks: [Block(.paragraph, index % 2 == 0 ? "kabul" : "herat")]))
        }
        let reader = ReaderFixture.reader(width: 100, height: 24, library: FixtureLibrary(articles))
        for _ in 0..<20 { reader.handle(.down) }
        reader.handle(.enter)
        for _ in 0..<3 { reader.handle(.character("j")) }
        let list = reader.state.list
        let pane = reader.state.opened!.scroll
        #expect(reader.state.focus == .reader)
        reader.handle(.character("\\"))
        #expect(reader.state.searchPrompt.kind == .archive)
        #expect(Screen.render(reader.state, keymap: reader.keymap).lines.last!.contains("Search articles:"))
        for character in "herat" { reader.handle(.character(character)) }
        #expect(reader.state.rows.count == 20)
        reader.handle(.escape)
        #expect(reader.state.list == list)
        #expect(reader.state.opened!.scroll == pane)
        #expect(reader.state.rows.count == 41)
        #expect(reader.state.query == nil)
        #expect(reader.state.focus == .reader)
    }
}
