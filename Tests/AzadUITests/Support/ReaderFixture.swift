import AzadCore
import Foundation

@testable import AzadUI

/// Readers on the standard fixture for the tests of the reader's logic.
enum ReaderFixture {
    /// A reader on the standard fixture, started, at `width`×`height`.
    static func reader(
        width: Int = 100, height: Int = 30, library: FixtureLibrary = FixtureLibrary(),
        memory: TransientReadingMemory = TransientReadingMemory(), keymap: Keymap = Keymap()
    ) -> Reader {
        let reader = Reader(
            library: library, memory: memory, keymap: keymap, themes: ["default", "dark", "light"], width: width,
            height: height)
        reader.start()
        reader.resize(width: width, height: height)
        return reader
    }
}
