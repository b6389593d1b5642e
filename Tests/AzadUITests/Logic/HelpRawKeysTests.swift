import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Keys on the help screen and in the raw export text.
@Suite struct HelpRawKeysTests {
    @Test func capitalROpensTheRawTextAndQCloses() {
        let library = FixtureLibrary()
        library.rawTexts["/feed/roads.txt"] = "first line\u{0C}second page\r\nthird \u{1B}[31m line"
        let reader = ReaderFixture.reader(library: library)
        reader.handle(.character("R"))
        #expect(reader.state.mode == .raw)
        #expect(reader.state.raw?.lines.map(\.text).contains("second page") == true)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        // The escape sequence is one visible placeholder, never sent: the layout's sanitiser.
        #expect(grid.lines.contains { $0.contains("third ␛ line") })
        reader.handle(.character("q"))
        #expect(reader.state.mode == .browse)
        #expect(reader.state.raw == nil)
    }

    @Test func questionMarkShowsHelpAndEscCloses() {
        let reader = ReaderFixture.reader(height: 50)
        reader.handle(.character("?"))
        #expect(reader.state.mode == .help)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        // The summary's Persian words are shaped and in visual order on screen.
        #expect(grid.lines.contains { $0.contains("language filter: All, ") })
        reader.handle(.escape)
        #expect(reader.state.mode == .browse)
    }
}
