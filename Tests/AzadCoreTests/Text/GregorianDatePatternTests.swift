import Foundation
import Testing

@testable import AzadCore

/// azad's own date tables write every date as ICU's formatter does, for every locale they hold.
@Suite struct GregorianDatePatternTests {
    /// Every day of a leap century year and a common year, and the first and last days of every month
    /// in years across the tables' range: leap years, the century years either side of the rule, the
    /// range's ends.
    static let dates: [CivilDate] = {
        var dates: [CivilDate] = []
        for year in [2000, 2023] {
            var day = CivilDate(year: year, month: 1, day: 1)!.daysSinceEpoch
            while CivilDate(daysSinceEpoch: day).year == year {
                dates.append(CivilDate(daysSinceEpoch: day))
                day += 1
            }
        }
        for year in [1583, 1600, 1700, 1800, 1899, 1900, 1921, 1999, 2016, 2024, 2100, 2121, 2199, 2200, 2400, 9999] {
            for month in 1...12 {
                dates.append(CivilDate(year: year, month: month, day: 1)!)
                dates.append(CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!)
            }
        }
        return dates
    }()

    static let longLocales = GregorianDatePattern.long.keys.sorted()
    static let dayMonthYearLocales = GregorianDatePattern.dayMonthYear.keys.sorted()

    @Test(arguments: longLocales)
    func longDatesAreICUs(locale: String) throws {
        let pattern = try #require(GregorianDatePattern.long[locale])
        for date in Self.dates {
            #expect(
                pattern.string(date) == DateLine.format(date, locale: locale, template: "dMMMMy"),
                "\(locale) \(date)")
        }
    }

    @Test(arguments: dayMonthYearLocales)
    func dayMonthYearDatesAreICUs(locale: String) throws {
        let pattern = try #require(GregorianDatePattern.dayMonthYear[locale])
        for date in Self.dates {
            #expect(
                pattern.string(date) == DateLine.format(date, locale: locale, pattern: "d MMMM y"),
                "\(locale) \(date)")
        }
    }

    /// Each language azad knows is dated from the tables, never through ICU.
    @Test(arguments: Language.known)
    func everyKnownLanguageHasATable(language: Language) {
        switch language.calendar {
        case .solar:
            let locale = language.group == .pashto ? "ps_AF" : "fa_AF"
            #expect(GregorianDatePattern.dayMonthYear[locale] != nil)
        case .gregorian:
            let locales = language.primarySubtag == "en" ? ["en_GB", "en_US"] : [language.primarySubtag]
            for locale in locales { #expect(GregorianDatePattern.long[locale] != nil, "\(locale)") }
        }
    }

    static let lines: [(tag: String, iso: String, dateText: String?, expected: String)] = [
        ("ar", "2024-02-29", nil, "29 فبراير، 2024"),
        ("ckb", "2016-02-21", nil, "٢١ی شوباتی ٢٠١٦"),
        ("ru", "2000-02-29", nil, "29 февраля 2000\u{202F}г."),
        ("ja", "2023-12-31", nil, "2023年12月31日"),
        ("zh", "1900-03-01", nil, "1900年3月1日"),
        ("ko", "2016-02-21", nil, "2016년 2월 21일"),
        ("he", "2016-02-21", nil, "21 בפברואר 2016"),
        ("hi", "2016-02-21", nil, "21 फ़रवरी 2016"),
        ("es", "2016-02-21", nil, "21 de febrero de 2016"),
        ("ur", "2016-02-21", nil, "21 فروری، 2016"),
        ("en", "2024-02-29", "Feb 29, 2024", "February 29, 2024"),
        ("en-GB", "2024-02-29", nil, "29 February 2024"),
        ("x-klingon", "2100-02-28", nil, "28 February 2100"),
        ("fa", "2024-03-19", "۲۹ حوت ۱۴۰۲", "۲۹ حوت ۱۴۰۲ · ۱۹ مارچ ۲۰۲۴"),
        ("pbt", "2021-03-20", "۳۰ کب ۱۳۹۹", "۳۰ کب ۱۳۹۹ · ۲۰ مارچ ۲۰۲۱"),
        ("ps", "2016-09-22", nil, "۱ میزان ۱۳۹۵ · ۲۲ سېپتمبر ۲۰۱۶"),
        // Before the Gregorian calendar began, the day the export gives, not ICU's Julian one.
        ("en-GB", "1520-05-03", nil, "3 May 1520"),
        ("fr", "1582-10-04", nil, "4 octobre 1582"),
        ("de", "0999-12-31", nil, "31. Dezember 999"),
        // A locale without a table goes through ICU: Austrian German names January its own way.
        ("de-AT", "2016-01-21", nil, "21. Jänner 2016"),
    ]

    @Test(arguments: lines)
    func headerDatesAcrossLanguages(tag: String, iso: String, dateText: String?, expected: String) throws {
        let date = try #require(CivilDate(iso: iso))
        let article = Article(path: "a.txt", title: "t", date: date, dateText: dateText, language: tag)
        #expect(DateLine.text(for: article) == expected)
    }
}
