import Testing

@testable import AzadCore

/// Every masthead layout and every order of header fields, built into whole exports.
@Suite struct ExportParserHeaderTests {
    static let couplet1 = "همه سر به سر تن به کشتن دهیم"
    static let couplet2 = "از آن به که کشور به دشمن دهیم"
    static let couplet3 = "چو کشور نباشد تن من مباد"
    static let couplet4 = "بدین بوم وبر زنده یک تن مباد"

    /// The masthead layouts exports have, each followed by the section line.
    static let mastheads: [(name: String, text: String)] = [
        ("reference", Fixture.masthead()),
        (
            "tatweel, tab-separated half-lines, no blank lines",
            "افغانستان آزاد ــ آزاد افغانستان\nAA-AA\n\(couplet1)\t\(couplet2)\n\(couplet3)\t\(couplet4)\nwww.afgazad.com\tafgazad@gmail.com\nEuropean Languages\tزبان های اروپائی"
        ),
        (
            "dash, half-lines on four lines",
            "افغانستان آزاد - آزاد افغانستان\n\nAA-AA\n\n\(couplet1)\n\(couplet2)\n\(couplet3)\n\(couplet4)\n\nwww.afgazad.com    afgazad@gmail.com\n\nEuropean Languages    زبان های اروپائی"
        ),
        (
            "couplet on one line, spaces",
            "  افغانستان آزاد ــ آزاد افغانستان  \nAA-AA\n\(couplet1)    \(couplet2)    \(couplet3)    \(couplet4)\nwww.afgazad.com\tafgazad@gmail.com\nEuropean Languages\tزبان های اروپائی"
        ),
        (
            "lines run together by extraction",
            "افغانستان آزاد ــ آزاد افغانستان AA-AA\n\(couplet1) \(couplet2) \(couplet3) \(couplet4)\nwww.afgazad.com afgazad@gmail.com European Languages زبان های اروپائی"
        ),
        (
            "the two halves of the section line on two lines",
            "افغانستان آزاد ــ آزاد افغانستان\nAA-AA\n\(couplet1) \(couplet2)\n\(couplet3) \(couplet4)\nwww.afgazad.com afgazad@gmail.com\nEuropean Languages\nزبان های اروپائی"
        ),
        (
            "no initials, no site line",
            "افغانستان آزاد ــ آزاد افغانستان\n\n\(couplet1) \(couplet2)\n\n\(couplet3) \(couplet4)\n\nEuropean Languages\tزبان های اروپائی"
        ),
    ]

    static let body = """
        The first paragraph of the body is long enough to be plainly prose and not a header field, since \
        it runs well past the length any title or subtitle on the site has ever had, and it ends properly.

        The second paragraph is shorter but follows the first.
        """

    /// Header fields in different orders; every field must land in its place whatever the order.
    static let orders: [[String]] = [
        ["source", "title", "subtitle", "date"],
        ["title", "subtitle", "byline", "date"],
        ["date", "title", "byline"],
        ["title", "date", "source", "byline"],
        ["byline", "title", "subtitle", "source", "date"],
        ["title", "byline", "translator", "date"],
    ]

    static let fields: [String: String] = [
        "source": "http://www.example.com/world/some story about kabul 2016?ref=home page",
        "title": "A Title That Reads Like One",
        "subtitle": "A subtitle that explains the title without a full stop",
        "byline": "By Jane Doe and John Roe",
        "translator": "Translated by Ahmad Zia",
        "date": "February 21, 2016",
    ]

    @Test(arguments: mastheads)
    func everyMastheadLayoutIsRecognisedAndKeptOutOfTheBody(masthead: (name: String, text: String)) throws {
        let text = masthead.text + "\n\nA Title That Reads Like One\n\n02/21/2016\n\n" + Self.body
        let article = try ExportParser.parse(text: text, path: "masthead.txt")
        #expect(article.section == "European Languages", "\(masthead.name)")
        #expect(article.title == "A Title That Reads Like One", "\(masthead.name)")
        #expect(article.date?.iso == "2016-02-21", "\(masthead.name)")
        #expect(article.blocks.count == 2, "\(masthead.name)")
        for block in article.blocks {
            for word in Fixture.mastheadWords { #expect(!block.text.contains(word), "\(masthead.name)") }
        }
        #expect(!article.warnings.contains { $0.contains("masthead") }, "\(masthead.name): \(article.warnings)")
    }

    @Test(arguments: orders)
    func headerFieldsLandInPlaceInAnyOrder(order: [String]) throws {
        let header = order.map { Self.fields[$0]! }.joined(separator: "\n\n")
        let text = Fixture.masthead() + "\n\n" + header + "\n\n" + Self.body
        let article = try ExportParser.parse(text: text, path: "order.txt")
        #expect(article.title == "A Title That Reads Like One")
        #expect(article.subtitle == (order.contains("subtitle") ? Self.fields["subtitle"] : nil))
        #expect(article.date?.iso == "2016-02-21")
        #expect(article.dateText == "February 21, 2016")
        var authors: [String] = []
        if order.contains("byline") { authors += ["Jane Doe", "John Roe"] }
        #expect(Set(article.authors) == Set(authors))
        var contributors = authors.map { Contributor(name: $0, role: .author) }
        if order.contains("translator") { contributors.append(Contributor(name: "Ahmad Zia", role: .translator)) }
        #expect(Set(article.contributors) == Set(contributors))
        #expect(
            article.source
                == (order.contains("source")
                    ? "http://www.example.com/world/some_story_about_kabul_2016?ref=home_page" : nil))
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph])
    }

    @Test(arguments: [
        ("نویسنده: داکتر سلیم اکبری", ["داکتر سلیم اکبری"]),
        ("نویسنده : فریده صدیقی و نسرین حیدری", ["فریده صدیقی", "نسرین حیدری"]),
        ("برگردان: نسرین حیدری", ["نسرین حیدری"]),
        ("نوشته: عبدالرحیم نوری", ["عبدالرحیم نوری"]),
        ("از: کریم حبیبی", ["کریم حبیبی"]),
        ("لیکوال: احمدشاه زرمتی", ["احمدشاه زرمتی"]),
        ("ژباړه: ګل رحمان وردګ", ["ګل رحمان وردګ"]),
        ("By Daniel Whitfield", ["Daniel Whitfield"]),
        ("By NADIA RAHIMI, TOM ELLERY", ["NADIA RAHIMI", "TOM ELLERY"]),
        ("Von Martina Keller und Jonas Brandt", ["Martina Keller", "Jonas Brandt"]),
        ("Par Claire Dumont", ["Claire Dumont"]),
        ("Traduit par Élise Marchand", ["Élise Marchand"]),
        ("By 李明 and Zoë Ångström", ["李明", "Zoë Ångström"]),
        ("By John Smith, Reuters", ["John Smith, Reuters"]),
        ("By Jane Doe and Ali Khan, Associated Press", ["Jane Doe", "Ali Khan, Associated Press"]),
        ("Traduit de l'anglais par Élise Marchand", ["Élise Marchand"]),
        ("Aus dem Englischen übersetzt von Jonas Brandt", ["Jonas Brandt"]),
        ("Translated from the Persian by Sara Noori", ["Sara Noori"]),
    ])
    func readsBylines(line: String, names: [String]) {
        #expect(HeaderReader.byline(line) == names)
    }

    @Test(arguments: [
        "از کابل تا دهلی راه درازی است",
        "By the end of the week the line was repaired.",
        "Von Kabul nach Herat fährt man zwei Tage, wenn die Straße offen ist und kein Schnee liegt.",
        "Bylines are not titles",
        "by international donors, but construction has stalled over land",
        "By Kabul standards, prices rose fast",
    ])
    func sentencesAreNotBylines(line: String) {
        #expect(HeaderReader.byline(line) == nil)
    }

    @Test(arguments: [
        (
            "http://www.huffingtonpost.com/entry/homs-bombingsyria us 56c9d63ee4b0928f5a6c3f49?ix9ftj4i&utm hp ref=world",
            "http://www.huffingtonpost.com/entry/homs-bombingsyria_us_56c9d63ee4b0928f5a6c3f49?ix9ftj4i&utm_hp_ref=world"
        ),
        ("Source: https://example.org/a b/c d", "https://example.org/a_b/c_d"),
        ("منبع: http://example.af/خبر ها", "http://example.af/خبر_ها"),
        ("www.example.com/page one\nsecond part?x=1 y", "www.example.com/page_onesecond_part?x=1_y"),
    ])
    func repairsSourceURLs(text: String, url: String) {
        let chunk = Chunk(lines: text.split(separator: "\n").map(String.init), afterPageBreak: false)
        #expect(HeaderReader.sourceURL(chunk) == url)
    }

    @Test(arguments: [
        ("محمد نادر نورزایی", true), ("داکتر سلیم اکبری", true), ("عبدالرحیم نوری", true), ("نجیب الله پاڅون", true),
        ("Dr. Sara Noori", true), ("امان‌الله خان و سال‌های اصلاحات", false), ("صلح در گرو بازی همسایه‌ها", false),
        ("محمد", false), ("سید ۱۳۹۴ احمد", false), ("احمد 🌸 شاه", true),
    ])
    func namesStandingAloneAboveTheTitle(line: String, isName: Bool) {
        #expect(HeaderReader.looksLikeName(line) == isName)
    }

    @Test func anAuthorNameAboveTheTitleIsTheAuthor() throws {
        let text =
            Fixture.masthead("سیاسی") + "\n\nمحمد نادر نورزایی\n\nصلح در گرو بازی همسایه‌ها\n\n۰۲/۲۱/۲۰۱۶\n\n"
            + Self.body
        let article = try ExportParser.parse(text: text, path: "name-above-title.txt")
        #expect(article.authors == ["محمد نادر نورزایی"])
        #expect(article.title == "صلح در گرو بازی همسایه‌ها")
        #expect(article.subtitle == nil)
        #expect(article.warnings.contains("took “محمد نادر نورزایی” above the title as the author"))
    }

    @Test func aTitleAloneWithoutMastheadIsTheFirstLine() throws {
        let article = try ExportParser.parse(text: "First Line Is The Title\n\n" + Self.body, path: "x.txt")
        #expect(article.title == "First Line Is The Title")
        #expect(article.section == nil)
        #expect(article.warnings.contains("no masthead: took the first line as the title"))
    }

    @Test func aFileOfOneLongParagraphKeepsEverything() throws {
        let text = """
            A first line of a file with no masthead, that runs on as a paragraph
            into a second line wrapped by the page at the width of the column,
            and a third one that ends the only paragraph there is.
            """
        let article = try ExportParser.parse(text: text, path: "one-paragraph.txt")
        #expect(article.title == "A first line of a file with no masthead, that runs on as a paragraph")
        #expect(
            article.blocks == [
                Block(
                    .paragraph,
                    "into a second line wrapped by the page at the width of the column, and a third one that ends the only paragraph there is."
                )
            ])
        #expect(!article.warnings.isEmpty)
    }

    @Test func aFileOfOneHugeLineIsNamedAfterItsOpeningAndKeptWhole() throws {
        let line =
            "Opening sentence of a file with no line breaks at all. "
            + String(repeating: "More words 🌸 كلمات ", count: 200) + "The end."
        let article = try ExportParser.parse(text: line, path: "one-line.txt")
        #expect(article.title == "Opening sentence of a file with no line breaks at all.")
        #expect(article.blocks == [Block(.paragraph, line)])
        #expect(article.warnings.contains("no masthead: named the article after the opening words of its first line"))
    }

    @Test func aMonthWithoutADayIsKeptAsDateTextOnly() throws {
        let text = Fixture.masthead() + "\n\nA Title\n\nFebruary 2016\n\n" + Self.body
        let article = try ExportParser.parse(text: text, path: "month-only.txt")
        #expect(article.title == "A Title")
        #expect(article.subtitle == nil)
        #expect(article.date == nil)
        #expect(article.dateText == "February 2016")
        #expect(article.warnings == ["the date “February 2016” names no day: left without a date"])
    }

    @Test func headerFieldsAreOneLine() throws {
        let text = Fixture.masthead() + "\n\nA Title  With Two Spaces\nAnd A Wrap\n\nMarch 1, 2016\n\n" + Self.body
        let article = try ExportParser.parse(text: text, path: "one-line-title.txt")
        #expect(article.title == "A Title With Two Spaces And A Wrap")
    }

    @Test func aSecondDateInTheOtherCalendarJoinsTheFirst() throws {
        let text = Fixture.masthead("سیاسی") + "\n\nعنوان\n\n۲ حوت ۱۳۹۴\n\n۲۱ فبروری ۲۰۱۶\n\n" + Self.body
        let article = try ExportParser.parse(text: text, path: "two-dates.txt")
        #expect(article.date?.iso == "2016-02-21")
        #expect(article.dateText == "۲ حوت ۱۳۹۴ / ۲۱ فبروری ۲۰۱۶")
        #expect(article.section == "سیاسی")
    }

    @Test func aSourceURLAtTheEndIsTakenWhenTheHeaderHadNone() throws {
        let text =
            Fixture.masthead() + "\n\nTitle\n\n21.02.2016\n\n" + Self.body + "\n\nSource: http://example.com/a story"
        let article = try ExportParser.parse(text: text, path: "trailing-source.txt")
        #expect(article.source == "http://example.com/a_story")
        #expect(article.blocks.count == 2)
        #expect(article.warnings.contains("took the source URL from the end of the article"))
    }

    @Test func anExportWithoutBlankLinesStillHasItsHeaderAndParagraphs() throws {
        let article = try Fixture.article("no-blank-lines-between-paragraphs.txt")
        #expect(article.title == "No Blank Lines Anywhere")
        #expect(article.authors == ["Mira Stone"])
        #expect(article.date?.iso == "2020-01-09")
        #expect(article.blocks.count == 4)
        #expect(article.blocks.allSatisfy { $0.kind == .paragraph && $0.text.hasSuffix(".") })
        #expect(article.blocks[1].text.hasPrefix("A careful reader"))
    }

    @Test func aDateAtTheEndIsTakenWhenTheHeaderHadNone() throws {
        let text = Fixture.masthead("سیاسی") + "\n\nعنوان\n\n" + Self.body + "\n\n۱۵ مهر ۱۳۹۸"
        let article = try ExportParser.parse(text: text, path: "trailing-date.txt")
        #expect(article.date?.iso == "2019-10-07")
        #expect(article.blocks.count == 2)
        #expect(article.warnings.contains { $0.contains("from the end") })
    }
}
