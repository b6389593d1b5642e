/// A Gregorian date as one locale's CLDR pattern writes it, from azad's own tables: the reader writes
/// article dates without loading ICU's locale data (its calendar and formatter code and 3 MB of data
/// pages). `scripts/generate-date-patterns` writes the tables from ICU itself.
struct GregorianDatePattern: Sendable {
    /// One field or literal run of an ICU date pattern.
    enum Piece: Sendable {
        /// The day of the month, unpadded (`d`).
        case day
        /// The month's name in the pattern's context (`MMMM`).
        case monthName
        /// The month's number, unpadded (`M`).
        case monthNumber
        /// The year, unpadded (`y`).
        case year
        case literal(String)
    }

    let pieces: [Piece]
    /// January first.
    let months: [String]
    /// The locale's digit zero: `0`, or `٠` for Arabic-Indic digits.
    let zero: Unicode.Scalar

    /// The years the tables write: every year a `CivilDate` holds. Before October 1582 they write the
    /// day the export gives, in the proleptic Gregorian calendar its ISO dates are in, where ICU's
    /// calendar would turn it into a Julian one (`1520-05-03` as 23 April 1520).
    static let years = 1...9999

    func string(_ date: CivilDate) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .day: text += number(date.day)
            case .monthName: text += months[date.month - 1]
            case .monthNumber: text += number(date.month)
            case .year: text += number(date.year)
            case .literal(let literal): text += literal
            }
        }
        return text
    }

    private func number(_ value: Int) -> String {
        let ascii = String(value)
        guard zero != "0" else { return ascii }
        let digits = ascii.unicodeScalars.map { Unicode.Scalar($0.value - 0x30 + zero.value)! }
        return String(String.UnicodeScalarView(digits))
    }
}
