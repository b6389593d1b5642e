import Testing

@testable import AzadCore

@Suite struct ThemeAdaptationTests {
    static let sample = Theme(
        name: "sample",
        styles: [
            .normal: ThemeStyle(foreground: .index(252), background: .index(234)),
            .title: ThemeStyle(foreground: .index(196), background: .index(234), bold: true),
            .meta: ThemeStyle(foreground: .index(244), background: .index(234), dim: true),
            .selection: ThemeStyle(foreground: .index(231), background: .index(60)),
            .searchMatch: ThemeStyle(foreground: .index(235), background: .index(236)),
            .status: ThemeStyle(foreground: .index(9), background: .index(12), reverse: true),
            .help: ThemeStyle(foreground: .terminalDefault, background: .index(226), underline: true),
        ])

    static func indices(_ theme: Theme) -> [UInt8] {
        ThemeElement.allCases.flatMap { element -> [UInt8] in
            [theme.style(element).foreground, theme.style(element).background].compactMap {
                if case .index(let index) = $0 { return index }
                return nil
            }
        }
    }

    @Test func atTwoHundredFiftySixColoursNothingChanges() {
        #expect(Self.sample.adapted(to: .palette256) == Self.sample)
    }

    @Test(arguments: [(ColorDepth.ansi8, UInt8(8)), (.ansi16, 16)])
    func fewerColoursUseOnlyTheBasicOnes(depth: ColorDepth, limit: UInt8) throws {
        let adapted = Self.sample.adapted(to: depth)
        #expect(Self.indices(adapted).allSatisfy { $0 < limit })
        // Attributes stay.
        #expect(adapted.style(.title).bold && adapted.style(.meta).dim && adapted.style(.status).reverse)
        #expect(adapted.style(.help).foreground == .terminalDefault)
    }

    @Test func eightColoursPickSensibleNeighbours() {
        let adapted = Self.sample.adapted(to: .ansi8)
        #expect(adapted.style(.title).foreground == .index(1))  // 196, bright red → red
        #expect(adapted.style(.normal).foreground == .index(7))  // light grey → white
        #expect(adapted.style(.normal).background == .index(0))  // near black → black
        #expect(adapted.style(.meta).foreground == .index(7))  // mid grey stays readable on black
        #expect(adapted.style(.status).foreground == .index(1))  // bright red → red
        #expect(adapted.style(.status).background == .index(4))  // bright blue → blue
        #expect(adapted.style(.help).background == .index(3))  // 226, yellow
    }

    @Test func textNeverTakesTheColourOfItsBackground() {
        // 235 on 236: two dark greys, both black at 8 colours; the text turns white.
        let adapted = Self.sample.adapted(to: .ansi8)
        #expect(adapted.style(.searchMatch).background == .index(0))
        #expect(adapted.style(.searchMatch).foreground == .index(7))
    }

    @Test func sixteenColoursKeepBrightness() {
        let adapted = Self.sample.adapted(to: .ansi16)
        #expect(adapted.style(.status).foreground == .index(9))
        #expect(adapted.style(.meta).foreground == .index(8))  // mid grey → bright black
    }

    @Test func withoutColourAttributesCarryTheDifference() {
        let adapted = Self.sample.adapted(to: .none)
        #expect(Self.indices(adapted).isEmpty)
        #expect(adapted.style(.selection).reverse)  // stood out by its background: reversed
        #expect(adapted.style(.help).reverse && adapted.style(.help).underline)
        #expect(!adapted.style(.normal).reverse)  // the page itself is not reversed
        #expect(!adapted.style(.title).reverse && adapted.style(.title).bold)  // same background as the page
        #expect(adapted.style(.status).reverse)
    }
}
