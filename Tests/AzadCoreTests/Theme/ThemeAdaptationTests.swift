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

@Suite struct ThemeForTerminalTests {
    static let catalog = ThemeCatalog(bundledDirectory: BundledResources.themes, userDirectory: nil)

    @Test(arguments: [
        (256, [String: String](), ColorDepth?.none, ColorDepth.palette256),
        (8, [:], nil, .ansi8),
        (256, ["NO_COLOR": "1"], nil, ColorDepth.none),
        (256, ["NO_COLOR": "1"], .ansi16, ColorDepth.none),
        (0, [:], nil, ColorDepth.none),
    ])
    func themesArriveAdaptedToTheTerminal(
        colors: Int, environment: [String: String], requested: ColorDepth?, depth: ColorDepth
    ) throws {
        let result = Self.catalog.theme(
            named: "solarized", terminalColors: colors, environment: environment, requested: requested)
        #expect(result.depth == depth)
        #expect(result.error == nil)
        #expect(result.theme == (try Self.catalog.load(named: "solarized")).adapted(to: depth))
        let limit = depth == .none ? 0 : depth == .ansi8 ? 8 : depth == .ansi16 ? 16 : 256
        // The terminal's default colour is always there; an index must be one the terminal has.
        func fits(_ color: ThemeColor) -> Bool {
            switch color {
            case .terminalDefault: true
            case .index(let index): index < limit
            }
        }
        for element in ThemeElement.allCases {
            let style = result.theme.style(element)
            #expect(fits(style.foreground) && fits(style.background))
        }
    }

    @Test func aBrokenOrMissingThemeFallsBackToDefaultWithTheReason() throws {
        let result = Self.catalog.theme(named: "no-such-theme", terminalColors: 256, environment: [:])
        #expect(result.theme == (try Self.catalog.load(named: "default")))
        #expect(result.error?.message.contains("no theme named “no-such-theme”") == true)
    }
}
