#!/usr/bin/env swift
// Writes Sources/AzadCore/Text/GregorianDatePattern.generated.swift: the article header's long
// Gregorian date for each locale DateLine names, as CLDR writes it (through Foundation's ICU): the
// pattern's pieces, the twelve month names and the digits. The reader writes dates from these tables,
// so it never loads ICU's locale data; a locale missing here still goes through ICU.
//
//     swift scripts/generate-date-patterns.swift
//
// Run it again after adding a language to Language's table, or with a new toolchain's ICU; the tests
// compare the tables with ICU across many dates.
import Foundation

/// DateLine's locales for the `dMMMMy` template (a known tag's primary subtag; English as en_GB or
/// en_US), and the fixed `d MMMM y` pattern of the Gregorian date beside a solar one.
let templated = ["ar", "ckb", "de", "en_GB", "en_US", "es", "fr", "he", "hi", "ja", "ko", "ru", "ur", "zh"]
let fixed = ["fa_AF", "ps_AF"]

func formatter(_ locale: String) -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: locale)
    formatter.calendar = Calendar(identifier: .gregorian)
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter
}

func moment(year: Int, month: Int, day: Int) -> Date {
    var components = DateComponents()
    (components.year, components.month, components.day) = (year, month, day)
    components.timeZone = TimeZone(identifier: "UTC")
    return Calendar(identifier: .gregorian).date(from: components)!
}

func literal(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case " "..."~": out.unicodeScalars.append(scalar)
        default:
            // Marks and spaces a reader cannot see are spelled out.
            if scalar.properties.generalCategory == .format || scalar.properties.isWhitespace
                || scalar.properties.generalCategory == .spaceSeparator
            {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return "\"" + out + "\""
}

/// The pattern's pieces as Swift source, or a reason the table cannot write it.
func pieces(of pattern: String) throws -> [String] {
    struct Unsupported: Error { let field: String }
    var pieces: [String] = []
    var text = ""
    func flush() {
        if !text.isEmpty { pieces.append(".literal(\(literal(text)))") }
        text = ""
    }
    let characters = Array(pattern)
    var index = 0
    while index < characters.count {
        let character = characters[index]
        if character == "'" {
            // '' is a quote; 'text' is literal text.
            if index + 1 < characters.count, characters[index + 1] == "'" {
                text += "'"
                index += 2
                continue
            }
            index += 1
            while index < characters.count {
                if characters[index] == "'" {
                    if index + 1 < characters.count, characters[index + 1] == "'" {
                        text += "'"
                        index += 2
                        continue
                    }
                    break
                }
                text.append(characters[index])
                index += 1
            }
            index += 1
            continue
        }
        guard character.isASCII, character.isLetter else {
            text.append(character)
            index += 1
            continue
        }
        var count = 1
        while index + count < characters.count, characters[index + count] == character { count += 1 }
        flush()
        switch (character, count) {
        case ("d", 1): pieces.append(".day")
        case ("M", 1), ("L", 1): pieces.append(".monthNumber")
        case ("M", 4), ("L", 4): pieces.append(".monthName")
        case ("y", 1): pieces.append(".year")
        default: throw Unsupported(field: String(repeating: character, count: count))
        }
        index += count
    }
    flush()
    return pieces
}

func entry(_ locale: String, pattern: String) throws -> String {
    let names = formatter(locale)
    names.dateFormat = pattern.contains("L") ? "LLLL" : "MMMM"
    let months = (1...12).map { names.string(from: moment(year: 2001, month: $0, day: 15)) }
    let digits = formatter(locale)
    digits.dateFormat = "d"
    let one = digits.string(from: moment(year: 2001, month: 1, day: 1)).unicodeScalars
    guard one.count == 1, let zero = Unicode.Scalar(one.first!.value - 1) else {
        throw CocoaError(.formatting)
    }
    let zeroText = zero == "0" ? "0" : "\\u{\(String(zero.value, radix: 16, uppercase: true))}"
    return """
                \(literal(locale)): GregorianDatePattern(
                    pieces: [\(try pieces(of: pattern).joined(separator: ", "))],
                    months: [
        \(wrapped(months.map(literal), indent: 16))
                    ],
                    zero: "\(zeroText)"),

        """
}

/// `items` separated by commas, in lines of at most 120 columns after `indent` spaces.
func wrapped(_ items: [String], indent: Int) -> String {
    var lines: [String] = []
    var line = ""
    for item in items {
        let piece = item + ","
        if !line.isEmpty, indent + line.count + 1 + piece.count > 120 {
            lines.append(line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + piece
    }
    lines.append(line)
    return lines.map { String(repeating: " ", count: indent) + $0 }.joined(separator: "\n")
}

var source = """
    // Generated by scripts/generate-date-patterns.swift from CLDR through Foundation's ICU: do not edit.

    extension GregorianDatePattern {
        /// The long date (ICU's `dMMMMy` template) for each locale DateLine names.
        static let long: [String: GregorianDatePattern] = [

    """
for locale in templated {
    source += try entry(locale, pattern: DateFormatter.dateFormat(fromTemplate: "dMMMMy", options: 0, locale: Locale(identifier: locale))!)
}
source += """
        ]

        /// `d MMMM y` with the locale's month names: the Gregorian date beside a solar one.
        static let dayMonthYear: [String: GregorianDatePattern] = [

    """
for locale in fixed { source += try entry(locale, pattern: "d MMMM y") }
source += """
        ]
    }

    """
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let output = root.appendingPathComponent("Sources/AzadCore/Text/GregorianDatePattern.generated.swift")
try source.write(to: output, atomically: true, encoding: .utf8)
print("wrote \(output.path)")
