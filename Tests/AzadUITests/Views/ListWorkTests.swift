import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The work a key costs does not grow with the archive: rows come from summaries, and a frame lays
/// out only the rows that came into view. Wall time is measured by scripts/bench-reader on the real
/// binary; here the work is counted, at n articles and at 10n.
@Suite struct ListWorkTests {
    static func library(count: Int) -> FixtureLibrary {
        let base = FixtureLibrary.standard
        var articles: [Article] = []
        articles.reserveCapacity(count)
        for index in 0..<count {
            var article = base[index % base.count]
            article.path = "/feed/\(index).txt"
            article.title += " \(index)"
            article.date = CivilDate(daysSinceEpoch: 10_000 + index)
            articles.append(article)
        }
        return FixtureLibrary(articles)
    }

    static let keys: [Key] = Array(repeating: .character("j"), count: 45) + [.pageDown, .end, .home, .character("k")]

    /// Texts laid out for the first frame and then for each of `keys`.
    static func layouts(articles: Int) -> (first: Int, perKey: [Int], rows: Int) {
        let reader = Reader(library: library(count: articles), memory: TransientReadingMemory(), width: 130, height: 40)
        reader.start()
        reader.resize(width: 130, height: 40)
        let memo = LayoutMemo()
        _ = Screen.render(reader.state, keymap: reader.keymap, memo: memo)
        let first = memo.layouts
        var perKey: [Int] = []
        for key in keys {
            let before = memo.layouts
            reader.handle(key)
            _ = Screen.render(reader.state, keymap: reader.keymap, memo: memo)
            perKey.append(memo.layouts - before)
        }
        return (first, perKey, reader.state.rows.count)
    }

    @Test func aKeyLaysOutTheSameAt2000And20000Articles() {
        let small = Self.layouts(articles: 2_000)
        let large = Self.layouts(articles: 20_000)
        #expect(small.rows == 2_000)
        #expect(large.rows == 20_000)
        #expect(large.first == small.first)
        #expect(large.perKey == small.perKey)
    }

    /// The first frame lays out the visible rows, a step down one new row (its title and section),
    /// a page a page of rows, and a step back among rows seen before nothing.
    @Test func aFrameLaysOutOnlyTheRowsThatCameIntoView() {
        let work = Self.layouts(articles: 2_000)
        let reader = Reader(library: Self.library(count: 10), memory: TransientReadingMemory(), width: 130, height: 40)
        reader.start()
        reader.resize(width: 130, height: 40)
        let visible = reader.state.layout.list.height
        #expect(work.first <= 2 * visible + 4)
        let steps = work.perKey.prefix(45)
        // Steps within the first screen lay out nothing; each step past it, at most a row's two texts.
        #expect(steps.prefix(visible - 1).allSatisfy { $0 == 0 })
        #expect(steps.allSatisfy { $0 <= 2 })
        #expect(work.perKey[45] <= 2 * visible, "a page down")
        #expect(work.perKey[46] <= 2 * visible, "the end")
        #expect(work.perKey[48] == 0, "k, among rows already seen")
    }
}
