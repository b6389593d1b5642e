import Foundation

/// The date line of an article's header, written for its language with CLDR's patterns and month
/// names: `3 juillet 2018`, `12. Mai 2014`, `21 March 2019`; for Persian and Pashto the solar date
/// with Afghan month names, then the Gregorian one, in the digits the article writes its date in
/// (`۲ حوت ۱۳۹۴ · ۲۱ فبروری ۲۰۱۶`).
///
/// The locales of the languages azad knows come from `GregorianDatePattern`'s tables, written from
/// CLDR beforehand, so opening an article never loads ICU's locale data; any other locale (a tag with
/// a region, `de-AT`) goes through Foundation's `DateFormatter`.
enum DateLine {
    static func text(for article: Article) -> String? {
        guard let date = article.date else {
            guard let text = article.dateText, !text.isEmpty else { return nil }
            return text
        }
        let language = Language(tag: article.language)
        switch language.calendar {
        case .solar:
            let digits = Digits(of: article.dateText)
            let solar = SolarDate(gregorian: date).formatted(style: monthStyle(of: article.dateText))
            let locale = language.group == .pashto ? "ps_AF" : "fa_AF"
            let gregorian =
                table(GregorianDatePattern.dayMonthYear, locale, date)
                ?? format(date, locale: locale, pattern: "d MMMM y")
            return digits.apply(solar) + " · " + digits.apply(gregorian)
        case .gregorian:
            // A language azad does not know is dated in English, not in ICU's root locale (`2016 M02 21`).
            var locale = language.isKnown ? language.tag.replacingOccurrences(of: "-", with: "_") : "en"
            // English articles that write the month first (`March 21, 2019`) keep that order.
            if language.primarySubtag == "en" || !language.isKnown, locale.count == 2 {
                locale = article.dateText?.first?.isLetter == true ? "en_US" : "en_GB"
            }
            return table(GregorianDatePattern.long, locale, date) ?? format(date, locale: locale, template: "dMMMMy")
        }
    }

    /// `date` by `locale`'s pattern in `patterns`, when it has one and the date is in the years the
    /// tables write as ICU does.
    private static func table(_ patterns: [String: GregorianDatePattern], _ locale: String, _ date: CivilDate)
        -> String?
    {
        guard GregorianDatePattern.years.contains(date.year), let pattern = patterns[locale] else { return nil }
        return pattern.string(date)
    }

    /// The month names the export's own date uses (Pashto `کب`, Iranian `اسفند`), else Afghan ones.
    static func monthStyle(of text: String?) -> SolarDate.Style {
        guard let text else { return .afghan }
        let words = Set(text.split { $0 == " " || $0 == "/" || $0 == "،" }.map(String.init))
        if !words.isDisjoint(with: SolarDate.pashtoMonths) { return .pashto }
        if !words.isDisjoint(with: SolarDate.iranianMonths) { return .iranian }
        return .afghan
    }

    private static func formatter(_ date: CivilDate, locale: String) -> (DateFormatter, Date) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: locale)
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        return (formatter, Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch) * 86_400))
    }

    /// `date` in `locale`'s own order for the fields of `template`.
    static func format(_ date: CivilDate, locale: String, template: String) -> String {
        let (formatter, moment) = formatter(date, locale: locale)
        formatter.setLocalizedDateFormatFromTemplate(template)
        return formatter.string(from: moment)
    }

    /// `date` by a fixed ICU pattern, month names from `locale`.
    static func format(_ date: CivilDate, locale: String, pattern: String) -> String {
        let (formatter, moment) = formatter(date, locale: locale)
        formatter.dateFormat = pattern
        return formatter.string(from: moment)
    }

    /// The digits an export writes its date in: Persian (`۱۳۹۴`) unless it writes ASCII or
    /// Arabic-Indic ones.
    enum Digits {
        case persian, arabicIndic, ascii

        init(of text: String?) {
            let scalars = text?.unicodeScalars ?? "".unicodeScalars
            if scalars.contains(where: { (0x06F0...0x06F9).contains($0.value) }) {
                self = .persian
            } else if scalars.contains(where: { (0x0660...0x0669).contains($0.value) }) {
                self = .arabicIndic
            } else if scalars.contains(where: { (0x30...0x39).contains($0.value) }) {
                self = .ascii
            } else {
                self = .persian
            }
        }

        func apply(_ text: String) -> String {
            let ascii = PersianDigits.ascii(text)
            switch self {
            case .ascii: return ascii
            case .persian: return PersianDigits.persian(ascii)
            case .arabicIndic:
                return String(
                    String.UnicodeScalarView(
                        ascii.unicodeScalars.map {
                            ("0"..."9").contains($0) ? Unicode.Scalar($0.value - 0x30 + 0x660)! : $0
                        }))
            }
        }
    }
}
