import Foundation
import Testing

@testable import AzadCore

/// Bylines with their roles: every label the site's exports use, in Persian, Pashto, English,
/// German and French, and every separator between names.
@Suite struct BylineTests {
    typealias C = Contributor

    static let forms: [(line: String, contributors: [C])] = [
        ("نویسنده: داکتر سلیم اکبری", [C(name: "داکتر سلیم اکبری", role: .author)]),
        ("برگردان: نسرین حیدری", [C(name: "نسرین حیدری", role: .translator)]),
        ("ترجمه: احمد ضیا", [C(name: "احمد ضیا", role: .translator)]),
        ("مترجم: فریده صدیقی", [C(name: "فریده صدیقی", role: .translator)]),
        ("ترجمه و تلخیص: کریم حبیبی", [C(name: "کریم حبیبی", role: .translator)]),
        ("گردآورنده: مینا رحیمی", [C(name: "مینا رحیمی", role: .compiler)]),
        ("ویراستار: هما کاظمی", [C(name: "هما کاظمی", role: .editor)]),
        ("ژباړه: ګل رحمان وردګ", [C(name: "ګل رحمان وردګ", role: .translator)]),
        ("ژباړن: زرمینه احمدزۍ", [C(name: "زرمینه احمدزۍ", role: .translator)]),
        ("لیکوال: احمدشاه زرمتی", [C(name: "احمدشاه زرمتی", role: .author)]),
        ("Translated by Sara Noori", [C(name: "Sara Noori", role: .translator)]),
        ("Übersetzt von Jonas Brandt", [C(name: "Jonas Brandt", role: .translator)]),
        ("Übersetzung: Martina Keller", [C(name: "Martina Keller", role: .translator)]),
        ("Traduit par Élise Marchand", [C(name: "Élise Marchand", role: .translator)]),
        ("Traduction : Élise Marchand", [C(name: "Élise Marchand", role: .translator)]),
        ("Compiled by Ana Ruiz", [C(name: "Ana Ruiz", role: .compiler)]),
        ("Edited by 李明", [C(name: "李明", role: .editor)]),
        // Separators between names: `/`, `،`, `,`, ` و `, `and`, `und`, `et`.
        (
            "نویسنده: فریده صدیقی / نسرین حیدری",
            [C(name: "فریده صدیقی", role: .author), C(name: "نسرین حیدری", role: .author)]
        ),
        (
            "برگردان: فریده صدیقی، نسرین حیدری",
            [C(name: "فریده صدیقی", role: .translator), C(name: "نسرین حیدری", role: .translator)]
        ),
        (
            "ژباړه: ګل آغا و زرمینه",
            [C(name: "ګل آغا", role: .translator), C(name: "زرمینه", role: .translator)]
        ),
        (
            "By NADIA RAHIMI, TOM ELLERY",
            [C(name: "NADIA RAHIMI", role: .author), C(name: "TOM ELLERY", role: .author)]
        ),
        ("By 李明 and Zoë Ångström 😀", [C(name: "李明", role: .author), C(name: "Zoë Ångström 😀", role: .author)]),
        (
            "Von Martina Keller und Jonas Brandt",
            [C(name: "Martina Keller", role: .author), C(name: "Jonas Brandt", role: .author)]
        ),
        (
            "Traduit par Élise Marchand et Luc Perrin",
            [C(name: "Élise Marchand", role: .translator), C(name: "Luc Perrin", role: .translator)]
        ),
        // Two roles on one line.
        (
            "نویسنده: Helen Carter / برگردان: نسرین حیدری",
            [C(name: "Helen Carter", role: .author), C(name: "نسرین حیدری", role: .translator)]
        ),
        (
            "By Jane Doe, translated by Ahmad Zia",
            [C(name: "Jane Doe", role: .author), C(name: "Ahmad Zia", role: .translator)]
        ),
        (
            "Von Anna Berg / Übersetzt von Jonas Brandt",
            [C(name: "Anna Berg", role: .author), C(name: "Jonas Brandt", role: .translator)]
        ),
        ("Aus dem Englischen übersetzt von Jonas Brandt", [C(name: "Jonas Brandt", role: .translator)]),
        ("By John Smith, Reuters", [C(name: "John Smith, Reuters", role: .author)]),
    ]

    @Test(arguments: forms)
    func readsRoles(line: String, contributors: [Contributor]) {
        #expect(Byline.contributors(line) == contributors)
    }

    @Test(arguments: [
        "از کابل تا دهلی راه درازی است",
        "By the end of the week the line was repaired.",
        "Translation is an art, and translated books sell well.",
        "ترجمه این کتاب سال‌ها طول کشید و هنوز تمام نشده است.",
        "By\u{1B}[31m red",
    ])
    func sentencesNameNoOne(line: String) {
        #expect(Byline.contributors(line) == nil)
    }

    /// The sample export's two byline lines: one author, one translator, each with its role.
    @Test func twoBylineLinesKeepTheirRoles() throws {
        let article = try Fixture.article("byline-author-and-translator-two-lines.txt")
        #expect(article.authors == ["Helen Carter"])
        #expect(
            article.contributors == [
                C(name: "Helen Carter", role: .author), C(name: "نسرین حیدری", role: .translator),
            ])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(article.json.serialized().utf8)) as? [String: Any])
        #expect(json["authors"] as? [String] == ["Helen Carter"])
        #expect(
            json["contributors"] as? [[String: String]] == [
                ["name": "Helen Carter", "role": "author"], ["name": "نسرین حیدری", "role": "translator"],
            ])
    }

    /// The byline in the pane and `show`: one paragraph in the article's direction, each role labelled
    /// in the article's language.
    @Test(arguments: [
        ("fa", "نویسنده: Helen Carter · برگردان: نسرین حیدری"),
        ("ps", "لیکوال: Helen Carter · ژباړه: نسرین حیدری"),
        ("en", "By Helen Carter · Translated by نسرین حیدری"),
        ("de", "Von Helen Carter · Übersetzt von نسرین حیدری"),
        ("fr", "Par Helen Carter · Traduit par نسرین حیدری"),
    ])
    func bylineIsLabelledInTheArticlesLanguage(tag: String, expected: String) {
        let contributors = [C(name: "Helen Carter", role: .author), C(name: "نسرین حیدری", role: .translator)]
        #expect(Language(tag: tag).byline(contributors) == expected)
        let article = Article(path: "a.txt", title: "عنوان", contributors: contributors, language: tag)
        #expect(article.authors == ["Helen Carter"])
        let lines = ArticleLayout.lines(for: article, width: 200, options: LayoutOptions(bidiMode: .terminal))
        let byline = lines.filter { $0.line.text.contains("Helen") }
        #expect(byline.count == 1)
        #expect(byline.first?.style == .byline)
        #expect(byline.first?.line.text == expected)
        #expect(byline.first?.line.isRightToLeft == (Language(tag: tag).direction == .rightToLeft))
    }
}
