import Testing

@testable import AzadUI

/// `g` and `G` in a selection: the free end to the first block or the last line.
@Suite struct SelectionEndsTests {
    @Test(arguments: ReadingCursorTests.scripts)
    func gAndGExtendToTheEnds(_ paragraphs: [String]) throws {
        let reader = ReadingCursorTests.reader(paragraphs)
        reader.handle(.character("}"))
        reader.handle(.character("v"))
        reader.handle(.character("G"))
        #expect(StatusLineView.selectedCount(reader.state) == "2 paragraphs")
        reader.handle(.character("g"))
        #expect(StatusLineView.selectedCount(reader.state) == "2 paragraphs")
        #expect(ReadingCursorTests.cursorBlock(reader) == 0)
        let request = try #require(ReadingCursorTests.quote(reader))
        #expect(request.text == paragraphs[0] + "\n\n" + paragraphs[1])
    }
}
