import Foundation

extension QuoteEntry {
    /// `date` in the Afghan solar calendar with Persian digits, month names in Dari or Pashto.
    static func solarText(for date: CivilDate, language: String) -> String? {
        var calendar = Calendar(identifier: .persian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = calendar.timeZone
        guard
            let instant = gregorian.date(
                from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))
        else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day, (1...12).contains(month) else {
            return nil
        }
        let months = language == "ps" ? pashtoMonths : dariMonths
        return "\(persianDigits(day)) \(months[month - 1]) \(persianDigits(year))"
    }

    private static let dariMonths = [
        "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت",
    ]
    private static let pashtoMonths = [
        "وری", "غویی", "غبرگولی", "چنگاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب",
    ]

    private static func persianDigits(_ value: Int) -> String {
        String(
            String(value).unicodeScalars.map { scalar in
                guard let digit = Int(String(scalar)) else { return Character(scalar) }
                return Character(Unicode.Scalar(0x06F0 + UInt32(digit))!)
            })
    }
}
