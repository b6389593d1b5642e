/// A day in the Solar Hijri calendar that Afghanistan and Iran use (`۲ حوت ۱۳۹۴`).
///
/// Conversion follows the astronomical-table calendar as the jalaali algorithm (Borkowski's breaks
/// table) models it, which matches the official calendars for years 1–3177 of the era.
public struct SolarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// How `formatted(style:)` writes the month name and the digits.
    public enum Style: Sendable, Hashable, CaseIterable {
        /// Afghan (Dari) month names, Persian digits: `۲ حوت ۱۳۹۴`.
        case afghan
        /// Pashto month names, Persian digits: `۲ کب ۱۳۹۴`.
        case pashto
        /// Iranian month names, Persian digits: `۲ اسفند ۱۳۹۴`.
        case iranian
        /// Numbers only, year first, Persian digits: `۱۳۹۴/۱۲/۰۲`.
        case numeric
    }

    /// Afghan (Dari) month names, حمل … حوت.
    public static let afghanMonths = [
        "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت",
    ]
    /// Pashto month names, وری … کب.
    public static let pashtoMonths = [
        "وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب",
    ]
    /// Iranian month names, فروردین … اسفند.
    public static let iranianMonths = [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ]

    /// A date when the fields name a real solar day (years 1–3177), otherwise nil.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...3177).contains(year), (1...12).contains(month), day >= 1,
            day <= SolarDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The solar day that is the Gregorian day `gregorian` (exact for Gregorian years 622–3798).
    public init(gregorian: CivilDate) {
        let days = gregorian.daysSinceEpoch
        var year = gregorian.year - 621
        let facts = SolarDate.calendarFacts(year)
        let first = CivilDate(year: gregorian.year, month: 3, day: facts.march)!.daysSinceEpoch
        var offset = days - first
        if offset >= 0 {
            if offset <= 185 {
                self.year = year
                self.month = 1 + offset / 31
                self.day = offset % 31 + 1
                return
            }
            offset -= 186
        } else {
            year -= 1
            offset += 179
            // One year after a leap year: the year that just ended had a 30-day last month.
            if facts.leap == 1 { offset += 1 }
        }
        self.year = year
        self.month = 7 + offset / 30
        self.day = offset % 30 + 1
    }

    /// The Gregorian day this solar day is.
    public var gregorian: CivilDate {
        let first = SolarDate.nowruz(ofGregorianYear: year + 621)
        let offset = (month - 1) * 31 - (month / 7) * (month - 7) + day - 1
        return CivilDate(daysSinceEpoch: first + offset)
    }

    /// The date as a Persian-language reader writes it, in Persian digits.
    public func formatted(style: Style = .afghan) -> String {
        let y = PersianDigits.persian(String(year))
        // Outside the years the algorithm covers a month can fall out of range: print numbers then.
        let style = (1...12).contains(month) ? style : .numeric
        switch style {
        case .afghan: return "\(PersianDigits.persian(String(day))) \(SolarDate.afghanMonths[month - 1]) \(y)"
        case .pashto: return "\(PersianDigits.persian(String(day))) \(SolarDate.pashtoMonths[month - 1]) \(y)"
        case .iranian: return "\(PersianDigits.persian(String(day))) \(SolarDate.iranianMonths[month - 1]) \(y)"
        case .numeric:
            let m = PersianDigits.persian(month < 10 ? "0\(month)" : String(month))
            let d = PersianDigits.persian(day < 10 ? "0\(day)" : String(day))
            return "\(y)/\(m)/\(d)"
        }
    }

    public var description: String { "\(year)/\(month)/\(day) SH" }

    public static func < (lhs: SolarDate, rhs: SolarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether the solar year has 366 days (Esfand/Hoot has 30).
    public static func isLeap(_ year: Int) -> Bool { calendarFacts(year).leap == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        if month <= 6 { return 31 }
        if month <= 11 { return 30 }
        return isLeap(year) ? 30 : 29
    }

    // MARK: - The jalaali algorithm

    /// Years where the 33-year leap cycle is broken and restarted.
    private static let breaks = [
        -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456,
        3178,
    ]

    /// Days since 1970-01-01 of the first day (Nowruz) of the solar year starting in `gregorianYear`.
    private static func nowruz(ofGregorianYear gregorianYear: Int) -> Int {
        let march = calendarFacts(gregorianYear - 621).march
        return CivilDate(year: gregorianYear, month: 3, day: march)!.daysSinceEpoch
    }

    /// The March day of Nowruz in the matching Gregorian year, and the years since the last leap year
    /// (0 means this year is leap).
    private static func calendarFacts(_ year: Int) -> (march: Int, leap: Int) {
        let clamped = min(max(year, breaks[0]), breaks[breaks.count - 1] - 1)
        let gregorianYear = clamped + 621
        var leapJ = -14
        var previous = breaks[0]
        var jump = 0
        for next in breaks.dropFirst() {
            jump = next - previous
            if clamped < next { break }
            leapJ += jump / 33 * 8 + (jump % 33) / 4
            previous = next
        }
        var n = clamped - previous
        leapJ += n / 33 * 8 + (n % 33 + 3) / 4
        if jump % 33 == 4 && jump - n == 4 { leapJ += 1 }
        let leapG = gregorianYear / 4 - (gregorianYear / 100 + 1) * 3 / 4 - 150
        let march = 20 + leapJ - leapG
        if jump - n < 6 { n = n - jump + (jump + 4) / 33 * 33 }
        var leap = ((n + 1) % 33 - 1) % 4
        if leap == -1 { leap = 4 }
        return (march, leap)
    }
}
