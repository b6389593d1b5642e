import Testing

@testable import AzadCore

@Suite struct LanguageTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var tag: String
        var direction: ParagraphDirection
        var calendar: Language.Calendar
        var group: Language.Group
        var englishName: String
        var nativeName: String
        var testDescription: String { tag.isEmpty ? "(empty)" : tag }

        init(
            _ tag: String, _ direction: ParagraphDirection, _ calendar: Language.Calendar, _ group: Language.Group,
            _ englishName: String, _ nativeName: String
        ) {
            (self.tag, self.direction, self.calendar) = (tag, direction, calendar)
            (self.group, self.englishName, self.nativeName) = (group, englishName, nativeName)
        }
    }

    static let rows: [Row] = [
        Row("fa", .rightToLeft, .solar(.afghan), .persian, "Persian", "فارسی"),
        Row("prs", .rightToLeft, .solar(.afghan), .persian, "Dari", "دری"),
        Row("fa-AF", .rightToLeft, .solar(.afghan), .persian, "Persian", "فارسی"),
        Row("FA", .rightToLeft, .solar(.afghan), .persian, "Persian", "فارسی"),
        Row("ps", .rightToLeft, .solar(.pashto), .pashto, "Pashto", "پښتو"),
        Row("pbt", .rightToLeft, .solar(.pashto), .pashto, "Southern Pashto", "پښتو"),
        Row("pbu", .rightToLeft, .solar(.pashto), .pashto, "Northern Pashto", "پښتو"),
        Row("ar", .rightToLeft, .gregorian, .european, "Arabic", "العربية"),
        Row("he", .rightToLeft, .gregorian, .european, "Hebrew", "עברית"),
        Row("en", .leftToRight, .gregorian, .european, "English", "English"),
        Row("en-GB", .leftToRight, .gregorian, .european, "English", "English"),
        Row("de", .leftToRight, .gregorian, .european, "German", "Deutsch"),
        Row("fr", .leftToRight, .gregorian, .european, "French", "Français"),
        Row("zh", .leftToRight, .gregorian, .european, "Chinese", "中文"),
        Row("ja", .leftToRight, .gregorian, .european, "Japanese", "日本語"),
        // Tags azad does not know: left to right, Gregorian, European, named by the tag.
        Row("sw", .leftToRight, .gregorian, .european, "sw", "sw"),
        Row("x-klingon", .leftToRight, .gregorian, .european, "x-klingon", "x-klingon"),
        Row("", .leftToRight, .gregorian, .european, "", ""),
        Row("فا", .leftToRight, .gregorian, .european, "فا", "فا"),
    ]

    @Test(arguments: rows)
    func factsOfATag(row: Row) {
        let language = Language(tag: row.tag)
        #expect(language.tag == row.tag)
        #expect(language.description == row.tag)
        #expect(language.direction == row.direction)
        #expect(language.calendar == row.calendar)
        #expect(language.group == row.group)
        #expect(Language.Group.allCases.filter { language.isIn($0) } == [row.group])
        #expect(language.isIn(nil), "every language is of no group in particular")
        #expect(language.englishName == row.englishName)
        #expect(language.nativeName == row.nativeName)
        #expect(language.name(in: .english) == row.englishName)
        for interface in [UILanguage.fa, .ps] {
            let translation = Translation(language: interface, digits: .native, catalog: nil)
            #expect(language.name(in: translation) == row.nativeName, "\(interface)")
        }
    }

    @Test("Every place that depends on the language follows its facts", arguments: rows)
    func layoutQuotesAndFilterAgree(row: Row) throws {
        let date = try #require(CivilDate(year: 2016, month: 2, day: 21))
        let article = Article(
            path: "a.txt", title: "عنوان", date: date, language: row.tag, blocks: [Block(.paragraph, "2016")])
        #expect(ArticleLayout.baseDirection(of: article) == row.direction)
        let quote = QuoteEntry(text: "2016", article: article)
        let meta = ArticleLayout.metaLines(for: article)[0]
        switch row.calendar {
        case .solar(let style):
            let solar = SolarDate(gregorian: date).formatted(style: style)
            #expect(quote.solarDate == solar)
            // The pane writes the solar date with Afghan month names, then the Gregorian one.
            #expect(meta.hasPrefix(SolarDate(gregorian: date).formatted(style: .afghan) + " · "))
            #expect(meta.hasSuffix("۲۱ فبروری ۲۰۱۶") || meta.hasSuffix("۲۱ فبروري ۲۰۱۶"))
        case .gregorian:
            #expect(quote.solarDate == nil)
            // CLDR's long date in the language (DateLineTests has the exact forms); English for a
            // language azad does not know.
            #expect(meta.contains("21") || meta.contains("٢١"))
            if !Language(tag: row.tag).isKnown { #expect(meta == "21 February 2016") }
        }
        #expect(ArticleFilter(language: row.tag).language == Language(tag: row.tag))
    }

    @Test func solarStylesDiffer() {
        #expect(Language.persian.calendar == .solar(.afghan))
        #expect(Language.pashto.calendar == .solar(.pashto))
        #expect(Language.english.calendar == .gregorian)
        #expect(Language(tag: "fa") != Language(tag: "prs"), "a language is its tag")
    }

    @Test func mastheadLanguageKeepsItsStoredSpelling() {
        #expect(MastheadLanguage.allCases.map(\.rawValue) == ["fa", "en"])
        #expect(MastheadLanguage(rawValue: "fa") == .persian)
        #expect(MastheadLanguage(rawValue: "en") == .english)
        #expect(MastheadLanguage(rawValue: "persian") == nil)
        #expect(MastheadLanguage.persian.toggled == .english)
        #expect(MastheadLanguage.english.toggled == .persian)
    }
}
