import Foundation
import Testing

@testable import AzadCore

/// Whole exports, one fixture per edge case.
@Suite struct ExportParserFixtureTests {
    @Test func referenceLayoutParsesLikeTheRealExport() throws {
        let article = try Fixture.article("reference-layout-english.txt")
        #expect(article.title == "Powers Near A Truce As Blasts Shake Two Syrian Cities")
        #expect(article.subtitle == "The two governments say their differences have narrowed")
        #expect(article.date == CivilDate(year: 2016, month: 2, day: 21))
        #expect(article.dateText == "02/21/2016")
        #expect(article.language == "en")
        #expect(article.section == "European Languages")
        let source = try #require(article.source)
        #expect(!source.contains(" "))
        #expect(source == "http://www.example-world.com/entry/syria_truce_talks_us_russia_56c9?utm_src=world_home")
        #expect(article.blocks.filter { $0.kind == .heading } == [Block(.heading, "OBAMA AND PUTIN TO TALK")])
        #expect(article.blocks.filter { $0.kind == .paragraph }.count == 19)
        #expect(article.blocks[10] == Block(.heading, "OBAMA AND PUTIN TO TALK"))
        for block in article.blocks {
            for word in Fixture.mastheadWords { #expect(!block.text.contains(word)) }
        }
        #expect(article.authors.isEmpty)
        #expect(article.warnings.isEmpty)
    }

    @Test func windows1256PersianDecodesAndParses() throws {
        let article = try Fixture.article("windows-1256-persian.txt")
        #expect(article.title == "نامه‌اي از هرات")
        #expect(article.authors == ["مريم كريمي"])
        #expect(article.date?.iso == "2010-05-11")
        #expect(article.dateText == "21 ثور 1389")
        #expect(article.language == "fa")
        #expect(article.section == "اجتماعي")
        #expect(article.blocks.count == 2)
        #expect(article.warnings == ["not UTF-8: read as Windows-1256"])
    }

    @Test func bomlessUTF16IsReadAndSaysSo() throws {
        let text = "A Title\n\nA body line in UTF-16 without its mark.\n"
        let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let article = try ExportParser.parse(data: Data(bytes), path: "bomless.txt")
        #expect(article.title == "A Title")
        #expect(article.warnings.first == "no byte order mark: read as UTF-16 from where the zero bytes fall")
    }

    @Test func utf16BigEndianWithBOM() throws {
        let article = try Fixture.article("utf16-be-with-bom.txt")
        #expect(article.title == "یادی از استاد")
        #expect(article.date?.iso == "2017-07-01")
        #expect(article.section == "ادبی")
        #expect(article.blocks == [Block(.paragraph, "استاد هر صبح پیش از همه به مکتب می‌رسید و پنجره‌ها را باز می‌کرد.")])
    }

    @Test func utf8BOMAndCarriageReturnLineEnds() throws {
        let article = try Fixture.article("utf8-bom-and-cr-line-ends.txt")
        #expect(article.title == "The Old Mac Line Ends")
        #expect(article.authors == ["Anna Field"])
        #expect(article.date?.iso == "2015-07-30")
        #expect(
            article.blocks == [
                Block(
                    .paragraph,
                    "Every line of this file ends with a carriage return alone. The parser still joins these wrapped lines into one paragraph."
                )
            ])
    }

    @Test func headerFieldsOutOfOrder() throws {
        let article = try Fixture.article("header-fields-out-of-order.txt")
        #expect(article.title == "نگاهی به قرارداد آب")
        #expect(article.subtitle == "پیشینه یک گفتگوی دشوار")
        #expect(article.authors == ["کریم حبیبی"])
        #expect(
            article.contributors == [
                Contributor(name: "کریم حبیبی", role: .author), Contributor(name: "زهرا احمدی", role: .translator),
            ])
        #expect(article.date?.iso == "2021-01-01")
        #expect(article.source == "http://www.example.org/fa/water_treaty_1351")
        #expect(article.section == "سیاسی")
        #expect(article.blocks.count == 1)
    }

    @Test func pashtoVerseWithTabsAndWideSpaces() throws {
        let article = try Fixture.article("pashto-verse-tabs-and-spaces.txt")
        #expect(article.language == "ps")
        #expect(article.section == "ادبي")
        #expect(article.date?.iso == "2023-03-21")
        #expect(article.blocks.map(\.kind) == [.verse, .verse])
        for block in article.blocks {
            let lines = block.text.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.allSatisfy { $0.split(separator: "\t").count == 2 })
        }
    }

    @Test func noMasthead() throws {
        let article = try Fixture.article("no-masthead.txt")
        #expect(article.title == "A Note Without Its Masthead")
        #expect(article.section == nil)
        #expect(article.blocks.count == 2)
        #expect(article.warnings == ["no masthead: took the first line as the title"])
    }

    @Test(arguments: [
        ("masthead-only.txt", ImportError.Reason.noArticle),
        ("whitespace-only.txt", .empty),
        ("binary-with-nul-bytes.bin", .binary),
        ("a-file-that-does-not-exist.txt", .unreadable(.system(ENOENT))),
    ])
    func unreadableFilesAreErrorsNamingTheFile(name: String, reason: ImportError.Reason) {
        let url = Fixture.url(name)
        let error = #expect(throws: ImportError.self) { try ExportParser.parse(contentsOf: url) }
        #expect(error?.reason == reason)
        #expect(error?.path == url.path)
        #expect(error?.description.hasPrefix(url.path + ": ") == true)
    }

    @Test func aFolderIsAnError() {
        let error = #expect(throws: ImportError.self) {
            try ExportParser.parse(contentsOf: Fixture.url("."))
        }
        #expect(error?.reason == .unreadable(.folder))
        #expect(error?.message == "cannot read the file: it is a folder")
    }

    @Test func nothingIsDropped() throws {
        // Every word of a fixture's body must survive into the article somewhere.
        let text = try TextDecoding.decode(try Fixture.data("header-fields-out-of-order.txt"))
        let article = try ExportParser.parse(text: text, path: "x")
        let kept =
            ([article.title, article.subtitle ?? "", article.dateText ?? "", article.source ?? ""]
            + article.authors + article.blocks.map(\.text)).joined(separator: " ")
        for line in text.split(separator: "\n").dropFirst(10) where !line.hasPrefix("http") {
            for word in line.split(separator: " ") where !["نویسنده:", "برگردان:"].contains(String(word)) {
                #expect(kept.contains(word), "lost \(word)")
            }
        }
    }
}
