import Foundation
import Testing

@testable import AzadCore

/// Random exports assembled from the pieces real ones are made of: the parser must never crash, and
/// what it returns must hold together.
@Suite struct ParserRobustnessTests {
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = [
        "افغانستان آزاد ــ آزاد افغانستان", "AA-AA", "همه سر به سر تن به کشتن دهیم\tاز آن به که کشور به دشمن دهیم",
        "www.afgazad.com\tafgazad@gmail.com", "European Languages\tزبان های اروپائی", "سیاسی", "ټولنیز",
        "http://example.com/a b c", "02/21/2016", "۲ حوت ۱۳۹۴", "21.02.2016", "February 2016", "By Jane Doe",
        "نویسنده: فریده صدیقی", "OBAMA AND PUTIN TO TALK", "P a g e | 2", "Page 3 of 5", "7", "", "", "",
        "A sentence of ordinary prose that ends.", "A line wrapped in the middle of a", "sentence that goes on.",
        "در هفته‌های اخیر سخن از گفتگوهای صلح بر سر زبان‌ها افتاده است.",
        "د غره په سر ګلونه وغوړېدل\tد باد سره یې بوی کلي ته راغی",
        "北京 🌸 e\u{301}", "\u{1B}[31mred\u{1B}[0m", "\u{0C}", "\t", "   ", "- list item", "1. numbered",
        String(repeating: "long words ", count: 40), "\u{200F}\u{200C}", "٢٣ اسد ١٣٩٢", "؟", "«»",
    ]

    @Test(arguments: 0..<4)
    func randomExportsParseIntoConsistentArticles(batch: Int) throws {
        var generator = Generator(state: UInt64(batch + 1) * 7919)
        for _ in 0..<40 {
            let count = 1 + generator.next(40)
            var lines: [String] = []
            for _ in 0..<count { lines.append(Self.pieces[generator.next(Self.pieces.count)]) }
            let separator = ["\n", "\r\n", "\r"][generator.next(3)]
            let text = lines.joined(separator: separator)
            let decoded: String
            do {
                decoded = try TextDecoding.decode(Data(text.utf8))
            } catch let error as ImportError {
                #expect(error.reason == .empty || error.reason == .binary)
                continue
            }
            do {
                let article = try ExportParser.parse(text: decoded, path: "random.txt")
                #expect(!article.title.isEmpty)
                #expect(!article.title.contains("\n"))
                for block in article.blocks {
                    #expect(!block.text.isEmpty)
                    #expect(!block.text.contains("\u{0C}"))
                    #expect(block.kind == .verse || !block.text.contains("\n"))
                }
                if let date = article.date { #expect(article.dateText != nil && CivilDate(iso: date.iso) == date) }
                #expect(article.source.map { !$0.contains(" ") } ?? true)
                #expect(
                    ["en", "fa", "ps", "de", "fr", "es", "ar", "zh", "ja", "ko", "ru", "hi"].contains(article.language))
            } catch let error as ImportError {
                #expect(error.reason == .noArticle)
            }
        }
    }

    @Test(arguments: 0..<4)
    func randomBytesNeverCrashTheDecoder(batch: Int) {
        var generator = Generator(state: UInt64(batch + 11) * 104_729)
        for _ in 0..<100 {
            let bytes = (0..<generator.next(300)).map { _ in UInt8(generator.next(256)) }
            do {
                let text = try TextDecoding.decode(Data(bytes))
                #expect(!text.contains("\r"))
                _ = try? ExportParser.parse(text: text, path: "bytes")
            } catch {
                #expect(error is ImportError)
            }
        }
    }
}
