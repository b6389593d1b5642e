import Testing

@testable import AzadCore

@Suite struct DateParserTests {
    /// Every form of date the exports use, with the language that decides ambiguous orders.
    static let forms: [(text: String, language: String, iso: String, calendar: DateParser.Result.Calendar)] = [
        // Gregorian numbers.
        ("02/21/2016", "en", "2016-02-21", .gregorian),
        ("21/02/2016", "en", "2016-02-21", .gregorian),
        ("21.02.2016", "de", "2016-02-21", .gregorian),
        ("21-02-2016", "fr", "2016-02-21", .gregorian),
        ("2016-02-21", "en", "2016-02-21", .gregorian),
        ("2016/2/21", "fa", "2016-02-21", .gregorian),
        ("03/08/2016", "en", "2016-03-08", .gregorian),
        ("03/08/2016", "de", "2016-08-03", .gregorian),
        ("03/08/2016", "fa", "2016-08-03", .gregorian),
        ("03.08.2016", "en", "2016-08-03", .gregorian),
        ("۰۲/۲۱/۲۰۱۶", "fa", "2016-02-21", .gregorian),
        ("٢١/٠٢/٢٠١٦", "fa", "2016-02-21", .gregorian),
        // Gregorian month names: English, German, French, Dari, Iranian Persian, Pashto.
        ("February 21, 2016", "en", "2016-02-21", .gregorian),
        ("21 February 2016", "en", "2016-02-21", .gregorian),
        ("Feb. 21, 2016", "en", "2016-02-21", .gregorian),
        ("Sunday, February 21st, 2016", "en", "2016-02-21", .gregorian),
        ("21. Februar 2016", "de", "2016-02-21", .gregorian),
        ("Sonntag, 21. Februar 2016", "de", "2016-02-21", .gregorian),
        ("21 février 2016", "fr", "2016-02-21", .gregorian),
        ("le 1er mars 2016", "fr", "2016-03-01", .gregorian),
        ("۲۱ فبروری ۲۰۱۶", "fa", "2016-02-21", .gregorian),
        ("۲۱ جنوری ۲۰۲۱", "fa", "2021-01-21", .gregorian),
        ("۵ اپریل ۲۰۲۰ میلادی", "fa", "2020-04-05", .gregorian),
        ("۱۴ اگست ۲۰۱۹", "fa", "2019-08-14", .gregorian),
        ("۳۰ سپتمبر ۲۰۱۸ م", "fa", "2018-09-30", .gregorian),
        ("۱ دسمبر ۲۰۱۷", "fa", "2017-12-01", .gregorian),
        ("۲۱ فوریه ۲۰۱۶", "fa", "2016-02-21", .gregorian),
        ("۱۰ مې ۲۰۲۲", "ps", "2022-05-10", .gregorian),
        ("۵ مه ۲۰۱۶", "fa", "2016-05-05", .gregorian),
        // Afghan solar month names, Persian and Arabic-Indic digits, labels and era suffixes.
        ("۲ حوت ۱۳۹۴", "fa", "2016-02-21", .solar),
        ("٢ حوت ١٣٩٤", "fa", "2016-02-21", .solar),
        ("2 حوت 1394", "fa", "2016-02-21", .solar),
        ("۱ حمل ۱۴۰۰", "fa", "2021-03-21", .solar),
        ("۱۲ جدی ۱۳۸۸", "fa", "2010-01-02", .solar),
        ("12 جدي 1388", "fa", "2010-01-02", .solar),
        ("۲۳ اسد ۱۳۹۲ هـ ش", "fa", "2013-08-14", .solar),
        ("تاریخ: ۲ حوت ۱۳۹۴", "fa", "2016-02-21", .solar),
        ("تاریخ نشر: ۲ حوت ۱۳۹۴", "fa", "2016-02-21", .solar),
        ("یکشنبه ۲ حوت ۱۳۹۴ هجری شمسی", "fa", "2016-02-21", .solar),
        ("سه‌شنبه ۱۲ جدی ۱۳۸۸", "fa", "2010-01-02", .solar),
        // Iranian solar month names.
        ("۲ اسفند ۱۳۹۴", "fa", "2016-02-21", .solar),
        ("۱۵ مهر ۱۳۹۸", "fa", "2019-10-07", .solar),
        ("۱ فروردین ۱۳۹۹", "fa", "2020-03-20", .solar),
        ("۱۰ آذر ۱۳۹۷", "fa", "2018-12-01", .solar),
        // Pashto solar month names.
        ("۵ کب ۱۴۰۱", "ps", "2023-02-24", .solar),
        ("۱ وری ۱۴۰۲", "ps", "2023-03-21", .solar),
        ("نېټه: ۱۰ لړم ۱۴۰۰", "ps", "2021-11-01", .solar),
        // Numeric solar dates, year first.
        ("۱۳۹۴/۱۲/۰۲", "fa", "2016-02-21", .solar),
        ("1394/12/2", "fa", "2016-02-21", .solar),
        ("۱۴۰۲-۰۱-۰۱", "ps", "2023-03-21", .solar),
        ("۰۲/۱۲/۱۳۹۴", "fa", "2016-02-21", .solar),
        // Times of day, and a solar date written year first.
        ("March 8, 2016 14:35", "en", "2016-03-08", .gregorian),
        ("Updated: 21 February 2016 at 10:30 am GMT", "en", "2016-02-21", .gregorian),
        ("21.02.2016, 14h35", "fr", "2016-02-21", .gregorian),
        ("Updated Feb 21, 2016 3:05 PM ET", "en", "2016-02-21", .gregorian),
        ("۲ ماه حوت سال ۱۳۹۴", "fa", "2016-02-21", .solar),
        ("د کب میاشتې ۵ مه، ۱۴۰۱ کال", "ps", "2023-02-24", .solar),
        ("۱۴۰۲ حمل ۵", "fa", "2023-03-25", .solar),
        ("یکشنبه، ۱۴۰۲ حمل ۵ ساعت ۱۰:۳۰", "fa", "2023-03-25", .solar),
        // Two calendars on one line: the first one wins.
        ("۲ حوت ۱۳۹۴ – ۲۱ فبروری ۲۰۱۶", "fa", "2016-02-21", .solar),
        ("۲ حوت ۱۳۹۴ هـ ش – ۱۲ جمادی‌الاول ۱۴۳۷ هـ ق", "fa", "2016-02-21", .solar),
        ("۱۲ جمادی الاول ۱۴۳۷ – ۲ حوت ۱۳۹۴", "fa", "2016-02-21", .solar),
        ("۲۱ فبروری ۲۰۱۶ / ۱۲ رجب ۱۴۳۷ / ۲ حوت ۱۳۹۴", "fa", "2016-02-21", .gregorian),
    ]

    @Test(arguments: forms)
    func readsEveryForm(text: String, language: String, iso: String, calendar: DateParser.Result.Calendar) throws {
        let result = try #require(DateParser.parse(text, language: language), "\(text)")
        #expect(result.date.iso == iso, "\(text)")
        #expect(result.calendar == calendar, "\(text)")
    }

    @Test(arguments: [
        ("February 2016", true), ("حوت ۱۳۹۴", true), ("۱۳۹۴ حوت", true), ("Februar 2016", true),
        ("February 21, 2016", false), ("February", false), ("حوت ۲۰۱۶", false), ("Spring 2016", false),
    ])
    func recognisesMonthAndYearWithoutDay(text: String, isMonthAndYear: Bool) {
        #expect(DateParser.isMonthAndYear(text) == isMonthAndYear)
    }

    @Test(arguments: [
        ("03/08/2016", "en", true),
        ("21/02/2016", "en", false),
        ("02/21/2016", "en", false),
        ("03.08.2016", "de", false),
        ("05/05/2016", "en", false),
        ("2016-03-08", "en", false),
    ])
    func saysWhenTheLanguageChoseTheOrder(text: String, language: String, guessed: Bool) throws {
        let result = try #require(DateParser.parse(text, language: language))
        #expect(result.orderGuessed == guessed)
    }

    @Test(arguments: [
        "The meeting on February 21, 2016 was short.",
        "Deadly Bombings Kill Scores In Syria",
        "۲ حوت",
        "حوت ۱۳۹۴",
        "31/02/2016",
        "30 حوت ۱۳۹۴",
        "۲ حوت ۲۰۱۶",
        "21 February 1394",
        "13/13/2016",
        "2016",
        "1,234,567",
        "Page 2 of 5",
        "📅 21 February 🎉",
        "21 February 2016\u{1B}[31m evil",
        "",
        "در ۲ حوت ۱۳۹۴ نشستی برگزار شد",
        "۱۲ جمادی‌الاول ۱۴۳۷",
    ])
    func rejectsWhatIsNotADate(text: String) {
        #expect(DateParser.parse(text, language: "en") == nil, "\(text)")
    }
}
