import Testing

@testable import AzadCore

@Suite struct SolarDateTests {
    /// Solar days and the Gregorian days they are, checked against published calendars.
    static let anchors: [(solar: (Int, Int, Int), gregorian: String)] = [
        ((1394, 12, 2), "2016-02-21"),
        ((1399, 1, 1), "2020-03-20"),
        ((1400, 1, 1), "2021-03-21"),
        ((1399, 12, 30), "2021-03-20"),
        ((1403, 1, 1), "2024-03-20"),
        ((1403, 12, 30), "2025-03-20"),
        ((1388, 10, 12), "2010-01-02"),
        ((1398, 7, 15), "2019-10-07"),
        ((1392, 5, 23), "2013-08-14"),
        ((1401, 12, 5), "2023-02-24"),
        ((1300, 1, 1), "1921-03-21"),
        ((1354, 1, 1), "1975-03-21"),
        ((1375, 12, 30), "1997-03-20"),
        ((1408, 12, 30), "2030-03-20"),
        ((1499, 12, 29), "2121-03-20"),
    ]

    @Test(arguments: anchors)
    func convertsBothWays(solar: (Int, Int, Int), gregorian: String) throws {
        let date = try #require(SolarDate(year: solar.0, month: solar.1, day: solar.2))
        let civil = try #require(CivilDate(iso: gregorian))
        #expect(date.gregorian == civil)
        #expect(SolarDate(gregorian: civil) == date)
    }

    @Test func everyDayOfTwoCenturiesRoundTripsInOrder() throws {
        let start = try #require(CivilDate(iso: "1925-01-01")).daysSinceEpoch
        let end = try #require(CivilDate(iso: "2125-12-31")).daysSinceEpoch
        var previous = SolarDate(gregorian: CivilDate(daysSinceEpoch: start - 1))
        var failures: [String] = []
        for day in start...end {
            let civil = CivilDate(daysSinceEpoch: day)
            let solar = SolarDate(gregorian: civil)
            if solar.gregorian != civil { failures.append("\(civil) → \(solar) → \(solar.gregorian)") }
            // The next day is the next solar day: the month rolls over only after its last day.
            let next: (Int, Int, Int) =
                previous.day < SolarDate.daysIn(month: previous.month, year: previous.year)
                ? (previous.year, previous.month, previous.day + 1)
                : (previous.month == 12 ? (previous.year + 1, 1, 1) : (previous.year, previous.month + 1, 1))
            if (solar.year, solar.month, solar.day) != next {
                failures.append("\(civil) is \(solar) after \(previous)")
            }
            previous = solar
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test(arguments: ["0001-01-01", "9999-12-31", "1582-10-15"])
    func farFromTheCalendarsYearsNothingCrashes(iso: String) throws {
        let date = SolarDate(gregorian: try #require(CivilDate(iso: iso)))
        #expect(!date.formatted(style: .afghan).isEmpty)
    }

    @Test(arguments: [(1399, true), (1403, true), (1394, false), (1395, true), (1400, false), (1408, true)])
    func knowsLeapYears(year: Int, leap: Bool) {
        #expect(SolarDate.isLeap(year) == leap)
        #expect((SolarDate(year: year, month: 12, day: 30) != nil) == leap)
    }

    @Test(arguments: [(1394, 0, 1), (1394, 13, 1), (1394, 7, 31), (1394, 1, 32), (1394, 12, 30), (0, 1, 1)])
    func rejectsDaysThatDoNotExist(year: Int, month: Int, day: Int) {
        #expect(SolarDate(year: year, month: month, day: day) == nil)
    }

    @Test(arguments: [
        ("2016-02-21", SolarDate.Style.afghan, "۲ حوت ۱۳۹۴"),
        ("2016-02-21", .iranian, "۲ اسفند ۱۳۹۴"),
        ("2016-02-21", .pashto, "۲ کب ۱۳۹۴"),
        ("2016-02-21", .numeric, "۱۳۹۴/۱۲/۰۲"),
        ("2021-03-21", .afghan, "۱ حمل ۱۴۰۰"),
        ("2019-10-07", .afghan, "۱۵ میزان ۱۳۹۸"),
    ])
    func formatsWithPersianDigits(gregorian: String, style: SolarDate.Style, expected: String) throws {
        let date = SolarDate(gregorian: try #require(CivilDate(iso: gregorian)))
        #expect(date.formatted(style: style) == expected)
    }
}
