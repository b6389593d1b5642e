import Testing

@testable import AzadCore
@testable import AzadUI

@Suite struct BidiModeTerminalTests {
    @Test func visualModeSwitchesTheTerminalToExplicitModeAndBack() {
        #expect(BidiMode.visual.startSequence.map { Array($0.utf8) } == [0x1B, 0x5B, 0x38, 0x6C])
        #expect(BidiMode.visual.exitSequence.map { Array($0.utf8) } == [0x1B, 0x5B, 0x38, 0x68])
        #expect(BidiMode.terminal.startSequence == nil)
        #expect(BidiMode.terminal.exitSequence == nil)
        // The sequences are the reader's own: text from a file can never produce them.
        #expect(Sanitizer.sanitized(BidiMode.explicitModeSequence) == "␛")
    }
}
