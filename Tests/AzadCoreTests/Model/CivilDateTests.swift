import Testing

@testable import AzadCore

@Suite struct CivilDateTests {
    @Test(arguments: [
        ("2016-02-21", 16_852),
        ("1970-01-01", 0),
        ("2000-02-29", 11_016),
        ("1969-12-31", -1),
    ])
    func roundTripsThroughDaysSinceEpoch(iso: String, days: Int) throws {
        let date = try #require(CivilDate(iso: iso))
        #expect(date.daysSinceEpoch == days)
        #expect(CivilDate(daysSinceEpoch: days) == date)
        #expect(date.iso == iso)
    }

    @Test(arguments: ["2015-02-29", "2016-13-01", "2016-00-10", "2016-04-31", "16-02-21", "2016-2-21"])
    func rejectsDaysThatDoNotExist(iso: String) {
        #expect(CivilDate(iso: iso) == nil)
    }
}
