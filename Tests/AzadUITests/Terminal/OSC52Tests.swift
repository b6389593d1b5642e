import Foundation
import Testing

@testable import AzadUI

@Suite struct OSC52Tests {
    @Test(arguments: ["plain", "می‌خواهم", "ښځه", "漢字 😀", "\u{1B}]52;c;evil\u{07}", "e\u{301}"])
    func carriesTheTextAsBase64(text: String) throws {
        let sequence = try #require(OSC52.sequence(for: text))
        #expect(sequence.hasPrefix("\u{1B}]52;c;"))
        #expect(sequence.hasSuffix("\u{07}"))
        let payload = sequence.dropFirst(7).dropLast()
        #expect(!payload.contains("\u{1B}") && !payload.contains("\u{07}"))
        let decoded = try #require(Data(base64Encoded: String(payload)))
        #expect(String(decoding: decoded, as: UTF8.self) == text)
    }

    @Test func refusesTextTooLongForTerminals() {
        #expect(OSC52.sequence(for: String(repeating: "ا", count: 60_000)) == nil)
        #expect(OSC52.sequence(for: String(repeating: "a", count: 60_000)) != nil)
    }
}
