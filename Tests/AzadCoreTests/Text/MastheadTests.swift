import Testing

@testable import AzadCore

@Suite struct MastheadTests {
    @Test("Every row fits, Persian rows sit on the right, English ones on the left", arguments: [20, 36, 60, 80, 132])
    func rowsFit(width: Int) {
        for language in MastheadLanguage.allCases {
            let rows = Masthead.rows(language: language, width: width)
            #expect(rows.first?.role == .name)
            for row in rows {
                #expect(DisplayWidth.of(row.plainText) <= width, "«\(row.plainText)» at \(width)")
                #expect(!row.plainText.hasSuffix(" "))
                for piece in row.pieces where piece.line.isRightToLeft {
                    #expect(piece.column + piece.line.width == width, "right-to-left pieces end at the right edge")
                }
            }
            let roles = Set(rows.map(\.role))
            #expect(roles == Set(MastheadRow.Role.allCases))
        }
    }

    @Test func nameLineByLanguage() {
        let persian = Masthead.rows(language: .persian, width: 80)[0]
        #expect(persian.pieces[0].line.isRightToLeft)
        #expect(
            persian.pieces[0].line.text.unicodeScalars.allSatisfy {
                $0.value == 0x0640 || !(0x0600...0x06FF).contains($0.value)
            },
            "shaped into presentation forms (tatweel has none)")
        let english = Masthead.rows(language: .english, width: 80)[0]
        #expect(english.plainText == "Afghanistan Azad — Azad Afghanistan")
        #expect(
            Masthead.rows(language: .persian, width: 80)[1].plainText == String(repeating: " ", count: 75) + "AA-AA")
        #expect(Masthead.rows(language: .english, width: 80)[1].plainText == "AA-AA")
    }

    @Test("The section line: English at the left, Persian at the right, or stacked when narrow")
    func sectionLine() {
        let wide = Masthead.rows(language: .english, width: 60).filter { $0.role == .section }
        #expect(wide.count == 1)
        #expect(wide[0].pieces.count == 2)
        #expect(wide[0].plainText.hasPrefix("European Languages "))
        #expect(DisplayWidth.of(wide[0].plainText) == 60)
        let narrow = Masthead.rows(language: .english, width: 24).filter { $0.role == .section }
        #expect(narrow.count == 2)
        let custom = Masthead.rows(language: .persian, width: 60, section: .init(english: "Politics", persian: "سیاسی"))
        #expect(custom.last?.plainText.hasPrefix("Politics ") == true)
    }

    @Test("The couplet: whole lines when they fit, half-lines one under the other when not")
    func couplet() {
        #expect(Masthead.rows(language: .persian, width: 80).filter { $0.role == .couplet }.count == 2)
        #expect(Masthead.rows(language: .persian, width: 40).filter { $0.role == .couplet }.count == 4)
    }

    @Test("The compact row fits any width", arguments: [1, 5, 12, 33, 80])
    func compact(width: Int) {
        for language in MastheadLanguage.allCases {
            let row = Masthead.compactRow(language: language, width: width)
            #expect(DisplayWidth.of(row.plainText) <= width)
            #expect(row.role == .name)
        }
        #expect(Masthead.compactRow(language: .english, width: 80).plainText == Masthead.englishName)
        #expect(Masthead.compactRow(language: .english, width: 12).plainText == "Afghanistan…")
    }

    @Test("Terminal mode prints the masthead in logical order")
    func terminalMode() {
        let rows = Masthead.rows(language: .persian, width: 80, options: LayoutOptions(bidiMode: .terminal))
        #expect(rows[0].pieces[0].line.text == Masthead.persianName)
        #expect(rows[0].pieces[0].column == 80 - DisplayWidth.of(Masthead.persianName))
    }

    @Test func plainTextIsTheRows() {
        let text = Masthead.plainText(language: .persian, width: 70)
        #expect(text == Masthead.rows(language: .persian, width: 70).map { $0.plainText + "\n" }.joined())
        #expect(Sanitizer.isSafe(text.replacingOccurrences(of: "\n", with: "")))
    }
}
