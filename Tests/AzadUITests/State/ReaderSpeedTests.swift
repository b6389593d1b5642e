import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The reader's own work per frame with a big list: rows come from summaries and only visible rows
/// are laid out, so a key costs the same at 20,000 articles as at 20.
@Suite struct ReaderSpeedTests {
    static func bigLibrary(count: Int) -> FixtureLibrary {
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

    static func milliseconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    @Test func keyToFrameStaysFlatAt20000Articles() {
        let library = Self.bigLibrary(count: 20_000)
        let reader = Reader(library: library, memory: TransientReadingMemory(), width: 130, height: 40)
        let memo = LayoutMemo()
        let startup = Self.milliseconds {
            reader.start()
            reader.resize(width: 130, height: 40)
            _ = Screen.render(reader.state, keymap: reader.keymap, memo: memo)
        }
        var worst = 0.0
        var total = 0.0
        let keys: [Key] = Array(repeating: .character("j"), count: 30) + [.pageDown, .end, .home, .enter, .pageDown]
        for key in keys {
            let time = Self.milliseconds {
                reader.handle(key)
                _ = Screen.render(reader.state, keymap: reader.keymap, memo: memo)
            }
            worst = max(worst, time)
            total += time
        }
        print(
            "reader speed: 20000 articles, start to first grid \(startup) ms, key to grid mean \(total / Double(keys.count)) ms, worst \(worst) ms"
        )
        // Generous bounds for a debug build on a shared machine; the release figures are in README.
        #expect(worst < 250)
        #expect(reader.state.rows.count == 20_000)
    }
}
