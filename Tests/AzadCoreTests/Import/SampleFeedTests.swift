import Foundation
import Testing

@testable import AzadCore

/// The bundled sample feed: what the reader opens by default must parse exactly.
@Suite struct SampleFeedTests {
    static let expected:
        [(file: String, title: String, date: String, language: String, section: String, authors: Int, verse: Bool)] = [
            (
                "2009-08-21-en-election-day-in-the-south.txt", "Rockets And Rumours Of Fraud As Afghans Vote",
                "2009-08-21", "en", "European Languages", 1, false
            ),
            (
                "2010-01-02-fa-amanullah-reforms-windows-1256.txt", "امان‌الله خان و سال‌هاي اصلاحات", "2010-01-02", "fa",
                "تاريخي", 1, false
            ),
            ("2011-11-03-fa-poem-kabul-rain.txt", "باران کابل", "2011-11-03", "fa", "ادبی", 1, true),
            (
                "2012-11-14-en-helmand-water-dispute.txt", "Who Owns The Helmand", "2012-11-14", "en",
                "European Languages", 0, false
            ),
            (
                "2013-08-14-fa-election-worries-cr-page-breaks.txt", "انتخابات آینده و سه نگرانی بزرگ", "2013-08-14",
                "fa", "سیاسی", 1, false
            ),
            (
                "2014-05-12-de-herat-altstadt.txt", "Die Altstadt von Herat und ihre Baumeister", "2014-05-12", "de",
                "European Languages", 1, false
            ),
            (
                "2016-02-21-fa-peace-talks-neighbours.txt", "صلح در گرو بازی همسایه‌ها", "2016-02-21", "fa", "سیاسی", 1,
                false
            ),
            (
                "2016-03-08-en-kabul-power-cuts.txt", "Kabul Goes Dark As Storms Cut Its Lifeline Over The Salang Pass",
                "2016-03-08", "en", "European Languages", 0, false
            ),
            (
                "2018-07-03-fr-jardins-de-babur-page-footers.txt", "Les jardins de Babur renaissent à Kaboul",
                "2018-07-03", "fr", "European Languages", 1, false
            ),
            (
                "2019-03-21-en-nowruz-in-balkh.txt", "A New Year Greeted On The Hills Of Balkh", "2019-03-21", "en",
                "European Languages", 2, false
            ),
            (
                "2019-10-07-fa-youth-and-social-media.txt", "جوانان کابل در جهان Facebook و WhatsApp", "2019-10-07",
                "fa", "اجتماعی", 1, false
            ),
            (
                "2021-01-21-fa-mobile-libraries-utf16.txt", "کتابخانه‌ای بر چرخ در کوه‌های بامیان", "2021-01-21", "fa",
                // An author and a translator: `authors` holds the author alone.
                "اجتماعی", 1, false
            ),
            (
                "2023-02-24-ps-winter-fuel-prices.txt", "د ژمي سختي او د سون توکو بیې", "2023-02-24", "ps", "ټولنیز", 1,
                false
            ),
            (
                "2024-03-10-ps-khushal-khan-khattak.txt", "خوشحال خان خټک او د آزادۍ شعر", "2024-03-10", "ps", "ادبي",
                1, true
            ),
            (
                "2024-03-12-en-returnees-crlf-page-breaks.txt", "Back To A Home They Never Knew", "2024-03-12", "en",
                "European Languages", 1, false
            ),
        ]

    static var feed: URL {
        get throws { try #require(BundledResources.sampleFeed) }
    }

    @Test func everyFileIsListedHere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: try Self.feed.path).filter {
            !$0.hasPrefix(".")
        }
        #expect(Set(files) == Set(Self.expected.map(\.file)))
        #expect(files.count >= 14)
    }

    @Test(arguments: expected)
    func parsesExactly(
        entry: (file: String, title: String, date: String, language: String, section: String, authors: Int, verse: Bool)
    ) throws {
        let url = try Self.feed.appendingPathComponent(entry.file)
        let article = try ExportParser.parse(contentsOf: url)
        #expect(article.title == entry.title)
        #expect(article.date?.iso == entry.date)
        #expect(article.language == entry.language)
        #expect(article.section == entry.section)
        #expect(article.authors.count == entry.authors)
        #expect(article.blocks.contains { $0.kind == .verse } == entry.verse)
        #expect(article.blocks.filter { $0.kind != .heading }.count >= 5)
        for block in article.blocks {
            for word in Fixture.mastheadWords { #expect(!block.text.contains(word), "\(entry.file)") }
            #expect(!block.text.contains("Page "), "\(entry.file)")
            #expect(!block.text.contains("P a g e"), "\(entry.file)")
            #expect(!block.text.contains("صفحه ۱"), "\(entry.file)")
        }
        let size = try Data(contentsOf: url).count
        #expect((2000...6500).contains(size), "\(entry.file) is \(size) bytes")
    }
}
