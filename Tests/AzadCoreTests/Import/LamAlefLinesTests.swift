import Testing

@testable import AzadCore

/// Lines `pdftotext` cut at a lam-alef ligature come back as one, and no other line moves.
@Suite struct LamAlefLinesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var lines: [String]
        var joined: [String]
        var ligatures: Int
        var testDescription: String { lines.joined(separator: " / ") }
    }

    @Test(arguments: [
        // Pashto: `… خلکو لا خپل` and `… راتلای.`, the part after the ligature first.
        Case(lines: ["ل خپل", "سږ کال د کلی و خل ک و ا"], joined: ["سږ کال د کلی و خل ک و لا خپل"], ligatures: 1),
        Case(lines: ["لی.", "ګاډي نشي رات ا"], joined: ["ګاډي نشي رات لای."], ligatures: 1),
        // A title that starts with the ligature: the alef alone on the next line.
        Case(lines: ["ل ج و رد", "ا"], joined: ["لا ج و رد"], ligatures: 1),
        // Two ligatures on one line: three lines, each before the one it came from.
        Case(
            lines: ["لیی س نگ را", "ل ج و رد ... رگههای ط ا", "خ وب ا"],
            joined: ["خ وب لا ج و رد ... رگههای ط لایی س نگ را"], ligatures: 2),
        // Spaces `-layout` aligns lines with.
        Case(lines: ["   لمسخی که", "      استاد غ ا  "], joined: ["      استاد غ لامسخی که"], ligatures: 1),
        // No evidence: an alef inside a word (`را`), a lam line after the alef line, a blank between.
        Case(lines: ["له امله", "کتاب را"], joined: ["له امله", "کتاب را"], ligatures: 0),
        Case(lines: ["و ا", "ل خپل"], joined: ["و ا", "ل خپل"], ligatures: 0),
        Case(lines: ["ل خپل", "", "و ا"], joined: ["ل خپل", "", "و ا"], ligatures: 0),
        Case(lines: ["東京 🙂", "e\u{301} ا"], joined: ["東京 🙂", "e\u{301} ا"], ligatures: 0),
        Case(lines: ["ل\u{07}", "\u{1B}[31m ا"], joined: ["\u{1B}[31m لا\u{07}"], ligatures: 1),
        Case(lines: [], joined: [], ligatures: 0),
    ])
    func linesCutAtALigatureComeBackAsOne(_ row: Case) {
        let result = LamAlefLines.joined(row.lines.map { Substring($0) })
        #expect(result.lines == row.joined)
        #expect(result.ligatures == row.ligatures)
    }
}
