import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Verse quotes keep couplets whole: a paragraph selection takes the stanza, a mouse drag over one
/// half-line takes its couplet; only a line selection (`V`) cuts a hemistich from its pair.
@Suite struct CoupletSelectionTests {
    static let stanzas: [(first: String, second: String)] = [
        ("هر آن کس که دانش بیاموزد", "فرا گیرد او گنج بی‌رنج را"),
        ("د ښار په کوڅو کې باران", "اوري نن او سبا هم اوري"),
        ("The rain on Kabul falls", "on every roof and wall"),
        ("漢字の雨が降る町で", "🙂 e\u{301}te\u{301} roofs and walls"),
    ]

    /// A reader on a poem of two couplets, narrow enough that each couplet takes two rows.
    static func reader(_ first: String, _ second: String) -> (Reader, verse: String) {
        let verse = "\(first)\t\(second)\nدومین بیت این شعر بلند\tمصراع پایانی همان بیت"
        let article = Article(path: "/feed/poem.txt", title: "Poem", language: "fa", blocks: [Block(.verse, verse)])
        let reader = ReaderFixture.reader(width: 34, height: 30, library: FixtureLibrary([article]))
        reader.handle(.enter)
        return (reader, verse)
    }

    static func quote(_ reader: Reader) -> QuoteRequest? {
        guard case .quote(let request) = reader.handle(.character("y")) else { return nil }
        return request
    }

    @Test(arguments: stanzas)
    func eachCoupletTakesTwoRowsHere(_ stanza: (first: String, second: String)) {
        let (reader, _) = Self.reader(stanza.first, stanza.second)
        let rows = reader.state.opened!.lines.filter { $0.style == .verse }
        #expect(rows.count == 4)
    }

    @Test(arguments: stanzas)
    func aParagraphSelectionTakesTheStanzaWhole(_ stanza: (first: String, second: String)) throws {
        let (reader, verse) = Self.reader(stanza.first, stanza.second)
        reader.handle(.character("v"))
        #expect(try #require(Self.quote(reader)).text == verse)
    }

    @Test(arguments: stanzas)
    func aDragOverOneHalfLineTakesItsCouplet(_ stanza: (first: String, second: String)) throws {
        let (reader, _) = Self.reader(stanza.first, stanza.second)
        let opened = reader.state.opened!
        let first = try #require(opened.lines.firstIndex { $0.style == .verse })
        let pane = reader.state.layout.pane
        let row = pane.row + first - opened.scroll.top
        reader.handle(MouseEvent(.press, row: row, column: 5, time: 1))
        reader.handle(MouseEvent(.drag, row: row, column: 9, time: 1.1))
        reader.handle(MouseEvent(.release, row: row, column: 9, time: 1.2))
        #expect(reader.state.mode == .select)
        // The highlight shows what will be quoted: both rows of the couplet.
        #expect(reader.state.opened!.lines(of: reader.state.selection!) == first...(first + 1))
        #expect(try #require(Self.quote(reader)).text == "\(stanza.first)\t\(stanza.second)")
    }

    @Test(arguments: stanzas)
    func aDragFromTheSecondHalfOfOneCoupletToTheFirstOfTheNextTakesBoth(_ stanza: (first: String, second: String))
        throws
    {
        let (reader, verse) = Self.reader(stanza.first, stanza.second)
        let opened = reader.state.opened!
        let first = try #require(opened.lines.firstIndex { $0.style == .verse })
        let pane = reader.state.layout.pane
        let row = pane.row + first - opened.scroll.top
        reader.handle(MouseEvent(.press, row: row + 1, column: 5, time: 1))
        reader.handle(MouseEvent(.drag, row: row + 2, column: 9, time: 1.1))
        #expect(try #require(Self.quote(reader)).text == verse)
    }

    @Test(arguments: stanzas)
    func onlyALineSelectionCutsAHemistichFromItsPair(_ stanza: (first: String, second: String)) throws {
        let (reader, _) = Self.reader(stanza.first, stanza.second)
        reader.handle(.character("V"))
        #expect(try #require(Self.quote(reader)).text == stanza.first)
    }
}
