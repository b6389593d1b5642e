import Foundation
import Testing

@testable import AzadCore

/// `dateTexts(of:)`: the dates as the exports wrote them, for the articles asked for alone, the same
/// whether it looks them up one by one or reads the table in one pass.
@Suite struct DateTextTests {
    @Test func theDatesOfTheArticlesAskedForAsWritten() throws {
        let feed = try TemporaryDirectory()
        let cacheFolder = try TemporaryDirectory()
        try feed.write("en.txt", Export.text(title: "Kabul weather report", date: "March 8, 2016", body: ["Snow."]))
        try feed.write("fa.txt", Export.text(title: "گزارش هوای کابل", date: "۱۸ حوت ۱۳۹۴", body: ["برف بارید."]))
        try feed.write("undated.txt", Export.text(title: "Herat market", body: ["Prices rose."]))
        let cache = try ArticleCache(directory: cacheFolder.url)
        _ = try cache.sync(feeds: [feed.url])
        let ids = Dictionary(uniqueKeysWithValues: try cache.list().map { ($0.title, $0.id) })
        let english = try #require(ids["Kabul weather report"])
        let persian = try #require(ids["گزارش هوای کابل"])
        let undated = try #require(ids["Herat market"])

        #expect(try cache.dateTexts(of: [english]) == [english: "March 8, 2016"])
        #expect(try cache.dateTexts(of: [persian, undated]) == [persian: "۱۸ حوت ۱۳۹۴"])
        // Past the lookup limit the table is read in one pass; ids it does not hold change nothing.
        let many = [english, persian, undated] + (1...Int64(ArticleCache.dateTextLookups)).map { $0 + 1_000_000 }
        #expect(try cache.dateTexts(of: many) == [english: "March 8, 2016", persian: "۱۸ حوت ۱۳۹۴"])
        #expect(try cache.dateTexts(of: many.filter { $0 != persian }) == [english: "March 8, 2016"])
    }
}
