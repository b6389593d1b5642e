/// Reads the date line of an export in any of the forms the site has used.
///
/// Gregorian numbers (`02/21/2016`, `21.02.2016`, `2016-02-21`), Gregorian month names in English,
/// German, French and Dari/Persian (`February 21, 2016`, `21 février 2016`, `۲۱ فبروری ۲۰۱۶`), the
/// Afghan and Iranian solar calendars (`۲ حوت ۱۳۹۴`, `۲ اسفند ۱۳۹۴`, `۱۳۹۴/۱۲/۰۲`), in ASCII,
/// Persian or Arabic-Indic digits, with or without a weekday, a `Date:`/`تاریخ:` label or an era
/// suffix (`ه ش`, `میلادی`). The whole text must be a date: a sentence that mentions one is not.
public enum DateParser {
    /// A date found in a line, with how it was read.
    public struct Result: Sendable, Hashable {
        public enum Calendar: String, Sendable, Hashable {
            case gregorian
            case solar
        }

        /// The day, always Gregorian.
        public var date: CivilDate
        /// The calendar the text was written in.
        public var calendar: Calendar
        /// Whether day and month were both ≤ 12 and their order came from the language, not the text.
        public var orderGuessed: Bool
        /// A second date on the same line (`۲ حوت ۱۳۹۴ – ۲۱ فبروری ۲۰۱۶`), when there was one.
        public var alsoWritten: CivilDate?
    }

    /// The date `text` is, or nil when it is not (only) a date.
    ///
    /// `language` decides `01/02/2016`: month first for `en`, day first otherwise. Dots always mean
    /// day first, and a first number above 12 is always the day.
    public static func parse(_ text: some StringProtocol, language: String? = nil) -> Result? {
        // Most lines asked about are paragraphs: their opening words already rule them out.
        if keepsMoreThan(12, in: text) { return nil }
        return parse(unchecked: text, language: language)
    }

    /// `parse` for a text `keepsMoreThan(12, in:)` has already passed.
    static func parse(unchecked text: some StringProtocol, language: String?) -> Result? {
        let tokens = content(of: tokenize(text))
        guard !tokens.isEmpty, tokens.count <= 12 else { return nil }
        var found: [Result] = []
        var lunar = 0
        var index = 0
        while index < tokens.count {
            // A dash between two dates (`۲ حوت ۱۳۹۴ – ۲۱ فبروری ۲۰۱۶`) separates them.
            if !found.isEmpty || lunar > 0, case .separator = tokens[index] {
                index += 1
                continue
            }
            // A lunar Hijri date beside the solar one (`۱۲ جمادی‌الاول ۱۴۳۷`) is read past, not converted.
            if let length = lunarDate(tokens, at: index) {
                lunar += 1
                index += length
                continue
            }
            guard let (result, length) = match(tokens, at: index, language: language) else { return nil }
            found.append(result)
            index += length
        }
        guard found.count + lunar <= 3 else { return nil }
        guard var first = found.first, found.count <= 2 else { return nil }
        first.alsoWritten = found.count == 2 ? found[1].date : nil
        return first
    }

    /// Whether `text` names a month and a year but no day (`February 2016`, `حوت ۱۳۹۴`): a date line
    /// that gives no `date`.
    public static func isMonthAndYear(_ text: some StringProtocol) -> Bool {
        if keepsMoreThan(2, in: text) { return false }
        return isMonthAndYear(unchecked: text)
    }

    /// `isMonthAndYear` without the early look at a long text's opening.
    static func isMonthAndYear(unchecked text: some StringProtocol) -> Bool {
        let tokens = content(of: tokenize(text))
        guard tokens.count == 2 else { return false }
        switch (tokens[0], tokens[1]) {
        case (.word(let name), .number(let year, 4)), (.number(let year, 4), .word(let name)):
            guard let month = months[name] else { return false }
            return month.0 == .solar ? isSolarYear(year) : isGregorianYear(year)
        default: return false
        }
    }

    // MARK: - Tokens

    enum Token: Hashable {
        case number(Int, digits: Int)
        case word(String)
        case separator(Character)
    }

    /// Whether `content(of: tokenize(text))` certainly has more than `limit` tokens, judged from the
    /// first 120 scalars of a long text alone.
    ///
    /// The fold of a prefix is a prefix of the fold when `MatchKeyTable` holds every scalar in it, and
    /// every token `tokenize` emits before the prefix ends is then a token of the whole text. Numbers and
    /// words other than the ignorable ones and the ordinal ending (which `content` may drop) are kept
    /// by `content`, so more of them than `limit` means more than `limit` content tokens.
    static func keepsMoreThan(_ limit: Int, in text: some StringProtocol) -> Bool {
        guard text.utf8.count > 96 else { return false }
        let opening = Substring(Substring(text).unicodeScalars.prefix(120))
        guard let folded = MatchKeyTable.shared.apply(opening, compact: false) else { return false }
        var kept = 0
        for token in tokenize(folded: folded, flushingAtEnd: false) {
            switch token {
            case .number: kept += 1
            case .word(let word) where !ignorable.contains(word) && word != persianOrdinal: kept += 1
            default: break
            }
        }
        return kept > limit
    }

    /// The Persian ordinal ending (`۲۱ مه`), folded: `content` may drop it.
    private static let persianOrdinal = MatchKey.fold("مه")

    private static func tokenize(_ text: some StringProtocol) -> [Token] {
        tokenize(folded: MatchKey.fold(text), flushingAtEnd: true)
    }

    /// The tokens of folded text; without the last flush, only those a longer text would have too.
    private static func tokenize(folded: String, flushingAtEnd: Bool) -> [Token] {
        var tokens: [Token] = []
        var number = ""
        var word = ""
        func flush() {
            if !number.isEmpty {
                tokens.append(.number(Int(number) ?? -1, digits: number.count))
                number = ""
            }
            if !word.isEmpty {
                tokens.append(.word(word))
                word = ""
            }
        }
        var inTime = false
        for scalar in folded.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            if inTime {
                if isDigit { continue }
                inTime = false
            }
            if scalar == ":" || scalar == "h", !number.isEmpty {
                // A time of day (`14:35`, `14h35`) says nothing about the date: drop it whole.
                number = ""
                inTime = true
                continue
            }
            if ("0"..."9").contains(scalar) {
                if !word.isEmpty { flush() }
                number.unicodeScalars.append(scalar)
            } else if ScalarClass.isAlphabetic(scalar) {
                if !number.isEmpty { flush() }
                word.unicodeScalars.append(scalar)
            } else {
                flush()
                if ["/", "-", ".", "\u{2013}", "\u{2212}"].contains(scalar) {
                    tokens.append(.separator(scalar == "\u{2013}" || scalar == "\u{2212}" ? "-" : Character(scalar)))
                } else if !scalar.properties.isWhitespace {
                    tokens.append(.separator(" "))
                }
            }
        }
        if flushingAtEnd { flush() }
        return tokens
    }

    /// Numbers, month names and the separators between two numbers; labels, weekdays, era suffixes
    /// and ordinal endings dropped. Any other word makes the text not a date.
    private static func content(of tokens: [Token]) -> [Token] {
        var result: [Token] = []
        for (index, token) in tokens.enumerated() {
            switch token {
            case .number: result.append(token)
            case .word(let word):
                if ignorable.contains(word) { continue }
                result.append(token)
            case .separator(let character):
                guard character != " ", index > 0, index + 1 < tokens.count,
                    case .number = tokens[index - 1], case .number = tokens[index + 1]
                else { continue }
                result.append(token)
            }
        }
        // Pashto writes the day as an ordinal (`۵ مه`), and مه is also May in Iranian Persian: with
        // another month named on the line, مه after a number is the ordinal ending.
        let ordinal = MatchKey.fold("مه")
        let otherMonth = result.contains { token in
            if case .word(let word) = token { return word != ordinal && months[word] != nil }
            return false
        }
        if otherMonth {
            result = result.enumerated().filter { index, token in
                guard token == .word(ordinal), index > 0, case .number = result[index - 1] else { return true }
                return false
            }.map(\.element)
        }
        return result
    }

    // MARK: - Patterns

    /// The length of a lunar Hijri date at `start` (day, month name of one or two words, year 13xx–15xx).
    private static func lunarDate(_ tokens: [Token], at start: Int) -> Int? {
        guard start + 2 < tokens.count, case .number(_, let dayDigits) = tokens[start], dayDigits <= 2,
            case .word(let name) = tokens[start + 1], lunarMonths.contains(name)
        else { return nil }
        var yearIndex = start + 2
        if case .word(let second) = tokens[yearIndex], second.hasPrefix("ال") || second == "اول" || second == "ثانی" {
            yearIndex += 1
        }
        guard yearIndex < tokens.count, case .number(let year, 4) = tokens[yearIndex], (1300...1599).contains(year)
        else {
            return nil
        }
        return yearIndex - start + 1
    }

    /// Lunar Hijri month names (and the first word of the two-word ones), folded.
    static let lunarMonths: Set<String> = Set(
        [
            "محرم", "صفر", "ربیع", "ربیعالاول", "ربیعالثانی", "ربیعالاخر", "جمادی", "جمادیالاول", "جمادیالاولی",
            "جمادیالثانی", "جمادیالاخر", "جمادیالاخره", "رجب", "شعبان", "رمضان", "شوال", "ذیقعده", "ذیالقعده",
            "ذیحجه", "ذیالحجه", "ذی",
        ].map { MatchKey.fold($0) })

    private static func match(_ tokens: [Token], at start: Int, language: String?) -> (Result, Int)? {
        let rest = Array(tokens[start...])
        if rest.count >= 5, case .number(let a, let aDigits) = rest[0], case .separator(let s1) = rest[1],
            case .number(let b, let bDigits) = rest[2], case .separator(let s2) = rest[3], s1 == s2,
            case .number(let c, let cDigits) = rest[4], aDigits <= 4, bDigits <= 2, cDigits <= 4
        {
            guard let result = numeric(a, aDigits, b, c, cDigits, separator: s1, language: language) else {
                return nil
            }
            return (result, 5)
        }
        guard rest.count >= 3 else { return nil }
        // Day, month name, year: `21 February 2016`, `۲ حوت ۱۳۹۴`.
        if case .number(let day, let dayDigits) = rest[0], case .word(let name) = rest[1],
            case .number(let year, 4) = rest[2], dayDigits <= 2, let month = months[name]
        {
            return named(day: day, month: month, year: year).map { ($0, 3) }
        }
        // Year, month name, day: `۱۳۹۴ حوت ۲`, `2016 February 21`.
        if case .number(let year, 4) = rest[0], case .word(let name) = rest[1],
            case .number(let day, let dayDigits) = rest[2], dayDigits <= 2, let month = months[name]
        {
            return named(day: day, month: month, year: year).map { ($0, 3) }
        }
        // Month name, day, year: `February 21, 2016`.
        if case .word(let name) = rest[0], case .number(let day, let dayDigits) = rest[1],
            case .number(let year, 4) = rest[2], dayDigits <= 2, let month = months[name]
        {
            return named(day: day, month: month, year: year).map { ($0, 3) }
        }
        return nil
    }

    private static func numeric(
        _ a: Int, _ aDigits: Int, _ b: Int, _ c: Int, _ cDigits: Int, separator: Character, language: String?
    ) -> Result? {
        if aDigits == 4 {
            // Year first: ISO `2016-02-21` or solar `۱۳۹۴/۱۲/۰۲`.
            guard cDigits <= 2 else { return nil }
            return make(year: a, month: b, day: c, orderGuessed: false)
        }
        guard cDigits == 4, aDigits <= 2 else { return nil }
        if isSolarYear(c) { return make(year: c, month: b, day: a, orderGuessed: false) }
        if a > 12 { return make(year: c, month: b, day: a, orderGuessed: false) }
        if b > 12 { return make(year: c, month: a, day: b, orderGuessed: false) }
        // Dots are the European day-first style; only slashes and dashes leave the order open.
        let guessed = a != b && separator != "."
        if separator == "." || language != "en" {
            return make(year: c, month: b, day: a, orderGuessed: guessed)
        }
        return make(year: c, month: a, day: b, orderGuessed: guessed)
    }

    private static func named(day: Int, month: (Result.Calendar, Int), year: Int) -> Result? {
        switch month.0 {
        case .solar:
            guard isSolarYear(year), let solar = SolarDate(year: year, month: month.1, day: day) else { return nil }
            return Result(date: solar.gregorian, calendar: .solar, orderGuessed: false)
        case .gregorian:
            guard isGregorianYear(year), let date = CivilDate(year: year, month: month.1, day: day) else {
                return nil
            }
            return Result(date: date, calendar: .gregorian, orderGuessed: false)
        }
    }

    private static func make(year: Int, month: Int, day: Int, orderGuessed: Bool) -> Result? {
        if isSolarYear(year) {
            guard let solar = SolarDate(year: year, month: month, day: day) else { return nil }
            return Result(date: solar.gregorian, calendar: .solar, orderGuessed: orderGuessed)
        }
        guard isGregorianYear(year), let date = CivilDate(year: year, month: month, day: day) else { return nil }
        return Result(date: date, calendar: .gregorian, orderGuessed: orderGuessed)
    }

    /// Solar years the site's articles can carry (13xx and 14xx).
    static func isSolarYear(_ year: Int) -> Bool { (1300...1499).contains(year) }
    static func isGregorianYear(_ year: Int) -> Bool { (1800...2199).contains(year) }

    // MARK: - Words

    /// Month names, folded with `MatchKey.fold`, to calendar and month number.
    static let months: [String: (Result.Calendar, Int)] = {
        var table: [String: (Result.Calendar, Int)] = [:]
        let gregorian: [[String]] = [
            ["january", "jan", "januar", "janvier", "jänner", "جنوری", "ژانویه", "جنوري"],
            ["february", "feb", "februar", "février", "fevrier", "فبروری", "فوریه", "فیبروری"],
            ["march", "mar", "märz", "maerz", "mars", "مارچ", "مارس"],
            ["april", "apr", "avril", "اپریل", "آپریل", "آوریل", "اپرېل", "اپرل"],
            ["may", "mai", "می", "مې", "مه", "مئی", "مۍ"],
            ["june", "jun", "juni", "juin", "جون", "ژوئن", "جوون"],
            ["july", "jul", "juli", "juillet", "جولای", "جولائی", "ژوئیه", "جولایی"],
            ["august", "aug", "août", "aout", "اگست", "آگست", "اوت", "آگوست", "اګست"],
            ["september", "sep", "sept", "septembre", "سپتمبر", "سپتامبر", "سپټمبر", "سپتېمبر"],
            ["october", "oct", "oktober", "okt", "octobre", "اکتوبر", "اکتبر", "اکټوبر"],
            ["november", "nov", "novembre", "نومبر", "نوامبر", "نوومبر"],
            ["december", "dec", "dezember", "dez", "décembre", "decembre", "دسمبر", "دسامبر", "دیسامبر"],
        ]
        let solar: [[String]] = [
            ["حمل", "فروردین", "وری", "وري"],
            ["ثور", "اردیبهشت", "غویی", "غوایی", "غويی"],
            ["جوزا", "جوزا", "خرداد", "غبرګولی", "غبرگولی"],
            ["سرطان", "تیر", "چنګاښ", "چنگاښ"],
            ["اسد", "مرداد", "امرداد", "زمری"],
            ["سنبله", "شهریور", "وږی"],
            ["میزان", "مهر", "تله"],
            ["عقرب", "آبان", "لړم"],
            ["قوس", "آذر", "لیندۍ", "لیندی"],
            ["جدی", "دی", "مرغومی"],
            ["دلو", "بهمن", "سلواغه"],
            ["حوت", "اسفند", "کب"],
        ]
        for (index, names) in gregorian.enumerated() {
            for name in names { table[MatchKey.fold(name)] = (.gregorian, index + 1) }
        }
        for (index, names) in solar.enumerated() {
            for name in names { table[MatchKey.fold(name)] = (.solar, index + 1) }
        }
        return table
    }()

    /// Words a date line may carry besides the date: labels, weekdays, era suffixes, ordinals.
    static let ignorable: Set<String> = {
        let words = [
            // Labels and connecting words.
            "date", "dated", "datum", "le", "am", "pm", "uhr", "gmt", "utc", "den", "on", "at", "published",
            "posted", "updated", "du", "der", "publié", "veröffentlicht", "aktualisiert", "et", "est", "edt", "pst",
            "pdt", "cet", "cest", "bst",
            "تاریخ", "تاريخ", "نېټه", "نیټه", "سال", "ماه", "کال", "میاشت", "میاشتې", "میاشتی", "مورخ", "مورخه", "به",
            "د", "ساعت", "بجه", "بجې", "در", "نشر", "انتشار",
            // Weekdays.
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "شنبه", "یکشنبه", "دوشنبه", "سه", "سهشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "آدینه",
            "اتوار", "ګل", "نهه", "شورو", "زیارت", "خالی", "درېشنبه", "اونۍ",
            // Eras and calendars.
            "ه", "هـ", "ش", "ق", "هش", "هق", "هجری", "شمسی", "خورشیدی", "م", "میلادی", "ع", "عیسوی", "ad", "ce",
            "لمریز", "لمریزه", "هجري", "قمری", "قمري",
            // Ordinal endings: `21st`, `1er`.
            "st", "nd", "rd", "th", "er", "ème", "e",
        ]
        return Set(words.map { MatchKey.fold($0) })
    }()
}
