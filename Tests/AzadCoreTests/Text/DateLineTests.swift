import Foundation
import Testing

@testable import AzadCore

/// The header's date in the article's language, from CLDR through ICU; JSON keeps ISO dates.
@Suite struct DateLineTests {
    static let cases: [(tag: String, iso: String, dateText: String?, expected: String)] = [
        ("fr", "2018-07-03", "03.07.2018", "3 juillet 2018"),
        ("de", "2014-05-12", "12.05.2014", "12. Mai 2014"),
        ("en", "2019-03-21", "21/03/2019", "21 March 2019"),
        ("en", "2016-02-21", "February 21, 2016", "February 21, 2016"),
        ("fa", "2016-02-21", "۲ حوت ۱۳۹۴", "۲ حوت ۱۳۹۴ · ۲۱ فبروری ۲۰۱۶"),
        ("fa", "2013-08-14", "٢٣ اسد ١٣٩٢", "٢٣ اسد ١٣٩٢ · ١٤ اگست ٢٠١٣"),
        ("fa", "2016-02-21", "1394/12/02", "2 حوت 1394 · 21 فبروری 2016"),
        ("fa", "2016-02-21", "۲ اسفند ۱۳۹۴", "۲ اسفند ۱۳۹۴ · ۲۱ فبروری ۲۰۱۶"),
        ("ps", "2024-03-10", "۲۰ حوت ۱۴۰۲", "۲۰ حوت ۱۴۰۲ · ۱۰ مارچ ۲۰۲۴"),
        ("ps", "2024-03-10", "۲۰ کب ۱۴۰۲", "۲۰ کب ۱۴۰۲ · ۱۰ مارچ ۲۰۲۴"),
        ("ps", "2024-03-10", nil, "۲۰ حوت ۱۴۰۲ · ۱۰ مارچ ۲۰۲۴"),
        ("x-klingon", "2016-02-21", nil, "21 February 2016"),
    ]

    @Test(arguments: cases)
    func dateIsWrittenForTheLanguage(tag: String, iso: String, dateText: String?, expected: String) throws {
        let date = try #require(CivilDate(iso: iso))
        let article = Article(path: "a.txt", title: "t", date: date, dateText: dateText, language: tag)
        #expect(DateLine.text(for: article) == expected)
        #expect(ArticleLayout.metaLines(for: article).first == expected)
        // JSON keeps the ISO date.
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(article.json.serialized().utf8)) as? [String: Any])
        #expect(json["date"] as? String == iso)
    }

    @Test func anUndatedArticleShowsItsTextAsWritten() {
        let article = Article(path: "a.txt", title: "t", dateText: "حوت ۱۳۹۴", language: "fa")
        #expect(DateLine.text(for: article) == "حوت ۱۳۹۴")
        #expect(DateLine.text(for: Article(path: "a.txt", title: "t", language: "fa")) == nil)
    }
}
