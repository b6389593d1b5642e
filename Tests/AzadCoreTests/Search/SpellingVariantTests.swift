import Foundation
import Testing

@testable import AzadCore

/// Spelling variants through a real cache: each spelling written in an article of its own must be
/// found by every other spelling typed as a query, highlighted as written, and never find the decoys.
@Suite struct SpellingVariantTests {
    struct Group: Sendable, CustomTestStringConvertible {
        /// Spellings of one word or name; each is written once and typed once.
        var spellings: [String]
        /// Spellings written but not typed: every spelling typed must find them.
        var alsoWritten: [String] = []
        /// Texts that no spelling may find.
        var decoys: [String] = []
        var note: String
        var testDescription: String { note }
    }

    static let groups: [Group] = [
        Group(
            spellings: ["امان الله", "امان‌الله", "امانالله"], decoys: ["امان خواست و الله اکبر گفت"],
            note: "Amanullah apart, with ZWNJ, joined"),
        Group(
            spellings: ["عبد الله", "عبدالله", "عبد‌الله"], decoys: ["عبدالرحیم", "عبد صالح"], note: "Abdullah"),
        Group(spellings: ["عبد الرحمن", "عبدالرحمن", "عبد‌الرحمن"], decoys: ["الرحمن"], note: "Abdul Rahman"),
        Group(spellings: ["نصر الله", "نصرالله", "نصر‌الله"], decoys: ["نصر"], note: "Nasrullah"),
        Group(spellings: ["حبیب‌الله", "حبیب الله", "حبيب الله"], decoys: ["حبیب"], note: "Habibullah, Arabic yeh"),
        Group(spellings: ["ذبیح الله", "ذبیح‌الله", "ذبیحالله"], note: "Zabihullah"),
        Group(spellings: ["برهان الدین", "برهان‌الدین", "برهانالدين"], decoys: ["برهان"], note: "Burhanuddin"),
        Group(spellings: ["ضیاء الحق", "ضیاءالحق", "ضیا الحق", "ضیاالحق"], note: "Zia-ul-Haq with and without hamza"),
        Group(
            spellings: ["اعضاء", "اعضا"], alsoWritten: ["اعضای"],
            note: "final hamza after alef; the ezafe is an inflection"),
        Group(spellings: ["وزراء", "وزرا"], decoys: ["وزیر"], note: "ministers, with and without hamza"),
        Group(spellings: ["می‌شود", "میشود", "می شود"], decoys: ["شود"], note: "Persian prefix"),
        Group(
            spellings: ["مسئله", "مسأله"], alsoWritten: ["مساله"], decoys: ["مسیل"], note: "hamza on yeh or alef"),
        Group(spellings: ["هیئت", "هیأت"], alsoWritten: ["هیات"], decoys: ["هیچ"], note: "hamza seat, hey'at"),
        Group(spellings: ["مسئول", "مسؤول"], alsoWritten: ["مسوول"], decoys: ["مسول"], note: "hamza on yeh or waw"),
        Group(spellings: ["سؤال", "سئوال"], alsoWritten: ["سوال"], decoys: ["سیال"], note: "so'al, not fluid"),
        Group(spellings: ["رئیس", "رييس"], decoys: ["رایس", "رئوس"], note: "hamza before yeh: folding alone"),
        Group(
            spellings: ["محمد علی", "محمدعلی", "محمد‌علی"], decoys: ["علی", "محمد"], note: "Mohammad Ali, loosely joined"
        ),
        Group(spellings: ["احمدشاه", "احمد شاه", "احمد‌شاه"], decoys: ["شاه", "احمد"], note: "Ahmad Shah"),
        Group(spellings: ["غلام محمد", "غلام‌محمد"], decoys: ["غلامی"], note: "Ghulam Mohammad"),
        Group(spellings: ["خودکشی", "خود کشی", "خود‌کشی"], decoys: ["کشی", "خودش"], note: "a compound with خود"),
        Group(
            spellings: ["1000", "1,000", "1.000", "۱٬۰۰۰", "١٬٠٠٠"], alsoWritten: ["1\u{202F}000"],
            decoys: ["000", "1001", "1,001"], note: "thousands separators of English, German, French, Persian"),
        Group(
            spellings: ["économie", "l'économie", "d’économie", "L’ÉCONOMIE"], decoys: ["l'école"],
            note: "French elision"),
        Group(
            spellings: ["Assad", "al-Assad", "Al-Assad", "Assad's"], decoys: ["Asad", "Assadi"],
            note: "Arabic article and English possessive"),
        Group(spellings: ["US"], alsoWritten: ["U.S."], decoys: ["USA", "S.U."], note: "capitals and dotted letters"),
        Group(spellings: ["Amanullah", "Aman Ullah", "Aman-ullah"], decoys: ["Aman"], note: "Latin -ullah"),
        Group(spellings: ["Abdul Rahman", "Abdulrahman"], decoys: ["Rahman"], note: "Latin Abdul"),
        Group(
            spellings: ["Gesprächsrunde", "Gespraechsrunde", "Gespra\u{308}chsrunde"], decoys: ["Gespräch"],
            note: "German ä, ae, decomposed"),
        Group(spellings: ["München", "Muenchen"], decoys: ["Mönchen"], note: "German ü"),
        Group(spellings: ["Köln", "Koeln"], note: "German ö"),
        Group(spellings: ["Österreich", "Oesterreich"], note: "German Ö at the start"),
        Group(spellings: ["Häuser", "Haeuser"], decoys: ["Hasser"], note: "German äu"),
        Group(spellings: ["ننګرهار", "ننگرهار"], note: "Pashto ګ typed as Persian گ"),
        Group(spellings: ["آزادۍ", "آزادی", "ازادي"], note: "Pashto ۍ typed as ی or ي"),
        Group(spellings: ["کورنۍ", "كورني", "کورنی", "كورنى"], note: "Pashto ۍ, Arabic kaf, yeh and alef maksura"),
        Group(
            spellings: ["لارې", "لاری", "لاري"], alsoWritten: ["لار"],
            note: "Pashto ې typed as ی or ي; the plural's singular is an inflection"),
        Group(spellings: ["لرګیو", "لرگیو"], note: "Pashto ګ inside a word"),
        Group(spellings: ["ښه"], decoys: ["شه"], note: "Pashto ښ stays apart from ش"),
        Group(spellings: ["کړل"], decoys: ["کرل"], note: "Pashto ړ stays apart from ر"),
        Group(spellings: ["Michael"], decoys: ["Michal", "Michäl"], note: "Hebrew -ael is no umlaut"),
        Group(spellings: ["Israel"], decoys: ["Isräl"], note: "Israel"),
        Group(spellings: ["poet"], decoys: ["pot", "pöt"], note: "short English words"),
        Group(spellings: ["queue"], decoys: ["queü"], note: "qu"),
        Group(spellings: ["guest"], decoys: ["gust"], note: "gu"),
        Group(spellings: ["Feuer"], decoys: ["Feür"], note: "German eue"),
        Group(spellings: ["cœur", "coeur"], decoys: ["cour"], note: "French œ"),
        Group(spellings: ["aérien"], decoys: ["arien"], note: "French aé"),
    ]

    @Test(arguments: groups)
    func spellingsFindEachOtherAndNoDecoy(_ group: Group) throws {
        let feed = try TemporaryDirectory()
        let cacheDirectory = try TemporaryDirectory()
        let cache = try ArticleCache(directory: cacheDirectory.url)
        let written = group.spellings + group.alsoWritten
        for (index, spelling) in written.enumerated() {
            try feed.write("spelling-\(index).txt", Export.text(title: "Note \(index)", body: ["Text: \(spelling) 🌧."]))
        }
        for (index, decoy) in group.decoys.enumerated() {
            try feed.write("decoy-\(index).txt", Export.text(title: "Decoy \(index)", body: ["Text: \(decoy) 🌧."]))
        }
        _ = try cache.sync(feeds: [feed.url])
        let expected = Set(written.indices.map { "spelling-\($0).txt" })
        for typed in group.spellings {
            let hits = try cache.search(typed)
            let found = Set(hits.map { URL(fileURLWithPath: $0.summary.path).lastPathComponent })
            #expect(found == expected, "\(typed)")
            let query = SearchQuery(typed)
            for hit in hits {
                // What the reader highlights is what was written, exactly where the index matched.
                let article = try #require(try cache.article(id: hit.summary.id))
                let index = Int(URL(fileURLWithPath: hit.summary.path).lastPathComponent.dropFirst(9).dropLast(4))
                let shown = written[try #require(index)]
                let highlighted = zip(article.blocks, query.ranges(inBlocksOf: article)).flatMap { block, ranges in
                    ranges.map { String(block.text[$0]) }
                }
                // Words typed apart and written apart are highlighted one by one.
                // Clitics dropped from the query are not highlighted, nor is an abbreviation's last dot.
                let word = (SearchQuery.withoutClitics(shown) ?? shown).trimmingCharacters(in: ["."])
                #expect(highlighted.joined(separator: " ") == word, "\(typed) in \(shown)")
                // Snippets show every space as a plain one.
                #expect(hit.snippet.contains(String(word.map { $0.isWhitespace ? " " : $0 })), "\(typed) in \(shown)")
            }
        }
    }
}
