import Foundation
import Testing

@testable import AzadCore

/// `list --json` streams its array element by element: the bytes must be the encoder's for the
/// whole array, and nothing from a file may reach the terminal unescaped.
@Suite struct JSONStreamTests {
    struct Row: Codable, Equatable {
        var id: Int64
        var title: String
        var authors: [String]
        var date: String?
        var rank: Double?
    }

    static let titles = [
        "امان‌الله خان و اصلاحات", "د کابل ښار ژمی", "東京の朝", "rain 🌧 and 👍🏽", "e\u{0301}te\u{0301}",
        "bell\u{07} escape\u{1B}[31m red", "c1\u{85}next\u{9B}csi", "del\u{7F}", "line\u{2028}para\u{2029}",
        "bidi\u{202E}override\u{202C} isolate\u{2067}x\u{2069}", "slash/and\"quote\\", "",
    ]

    static let arrays: [[Row]] = [
        [],
        [Row(id: 1, title: titles[0], authors: [], date: nil, rank: nil)],
        titles.enumerated().map { index, title in
            Row(
                id: Int64(index), title: title, authors: index % 3 == 0 ? [] : [title, "Ann"],
                date: index % 2 == 0 ? "2016-02-21" : nil, rank: index % 4 == 0 ? nil : -Double(index) / 3)
        },
    ]

    @Test(arguments: arrays)
    func streamedArrayIsTheWholeArrayEncoded(rows: [Row]) throws {
        var streamed: [UInt8] = []
        var pieces = 0
        try JSONStream.writeArray(rows) { piece in
            streamed += piece
            pieces += 1
        }
        #expect(streamed == (try JSONStream.encoded(rows)))
        #expect(pieces == rows.count + 2)
        // And it is still JSON, holding exactly what was written.
        #expect(try JSONDecoder().decode([Row].self, from: Data(streamed)) == rows)
    }

    @Test(arguments: titles)
    func controlsThatReorderOrGarbleAreEscaped(title: String) throws {
        let bytes = try JSONStream.encoded(Row(id: 0, title: title, authors: [], date: nil, rank: nil))
        let text = String(decoding: bytes, as: UTF8.self)
        let unsafe = text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x00...0x09, 0x0B...0x1F, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
        #expect(unsafe.isEmpty)
        #expect(try JSONDecoder().decode(Row.self, from: Data(bytes)).title == title)
    }

    @Test func escapesAreLowercaseHexOfFourDigits() throws {
        let text = String(decoding: try JSONStream.encoded(["\u{7F}\u{85}\u{2028}\u{202A}\u{2069}"]), as: UTF8.self)
        #expect(text.contains(#""\u007f\u0085\u2028\u202a\u2069""#))
    }
}
